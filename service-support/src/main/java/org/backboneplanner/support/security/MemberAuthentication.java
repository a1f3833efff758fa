package org.backboneplanner.support.security;

import java.util.List;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/** A validated token whose principal name is the member id, with the {@link Member} it describes. */
public class MemberAuthentication extends JwtAuthenticationToken {

    private final transient Member member;

    public MemberAuthentication(Jwt jwt, Member member) {
        super(jwt, List.of(new SimpleGrantedAuthority("ROLE_MEMBER")), member.id());
        this.member = member;
    }

    public Member member() {
        return member;
    }
}
