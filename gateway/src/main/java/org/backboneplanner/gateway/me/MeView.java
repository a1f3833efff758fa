package org.backboneplanner.gateway.me;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.backboneplanner.support.security.Member;
import org.backboneplanner.support.security.MemberClaims;
import org.backboneplanner.support.security.NetworkRole;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * The member: {@code id} is the token subject; each network has the id used in API paths (the
 * Keycloak organization's alias), its name, the Keycloak organization id, and the member's role.
 */
record MeView(String id, String username, String name, String email, String locale, List<Network> networks) {

    record Network(String id, String alias, String name, String organizationId, NetworkRole role) {
    }

    static MeView of(Jwt token) {
        Member member = MemberClaims.member(token);
        Map<String, Object> details = token.hasClaim("networks") ? token.getClaimAsMap("networks") : Map.of();
        List<Network> networks = new ArrayList<>();
        member.networks().forEach((alias, role) -> {
            Map<?, ?> detail = details.get(alias) instanceof Map<?, ?> map ? map : Map.of();
            networks.add(new Network(alias, alias, first(detail.get("name"), alias), first(detail.get("id"), null),
                    role));
        });
        return new MeView(member.id(), member.username(), member.displayName(), member.email(), member.locale(),
                networks);
    }

    private static String first(Object value, String fallback) {
        if (value instanceof Collection<?> values && !values.isEmpty()) {
            return String.valueOf(values.iterator().next());
        }
        return value == null ? fallback : String.valueOf(value);
    }
}
