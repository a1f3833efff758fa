package org.backboneplanner.support.security;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Reads a {@link Member} from a Keycloak access token.
 * <ul>
 *   <li>{@code organization}: the member's organizations (networks), either a list of aliases or an
 *       object keyed by alias (when the mapper adds organization ids); both shapes are accepted.</li>
 *   <li>{@code email}: only when {@code email_verified} is true.</li>
 *   <li>{@code realm_access.roles}: a role {@code network-admin:<alias>} makes the member an
 *       administrator of that network only, so an admin of one network is a plain member elsewhere.</li>
 *   <li>{@code networks}: by alias, the organization's id and {@code name} (a list, as Keycloak's
 *       organization mapper writes attributes, or a text); a name counts only for a network the token lists.</li>
 * </ul>
 */
public final class MemberClaims {

    public static final String ORGANIZATION_CLAIM = "organization";
    public static final String NETWORKS_CLAIM = "networks";
    public static final String ADMIN_ROLE_PREFIX = "network-admin:";

    private MemberClaims() {
    }

    public static Member member(Jwt jwt) {
        Map<String, NetworkRole> networks = new LinkedHashMap<>();
        for (String alias : organizations(jwt.getClaims().get(ORGANIZATION_CLAIM))) {
            networks.put(alias, NetworkRole.MEMBER);
        }
        for (String role : realmRoles(jwt)) {
            if (role.startsWith(ADMIN_ROLE_PREFIX)) {
                String alias = role.substring(ADMIN_ROLE_PREFIX.length());
                // an admin role counts only in a network the token also lists
                networks.computeIfPresent(alias, (key, current) -> NetworkRole.ADMIN);
            }
        }
        // an address the member has not proven theirs (Keycloak clears email_verified when it changes)
        // must not claim invitations or preferences meant for its owner
        String email = Boolean.TRUE.equals(jwt.getClaimAsBoolean("email_verified")) ? jwt.getClaimAsString("email") : null;
        return new Member(jwt.getSubject(), jwt.getClaimAsString("preferred_username"),
                jwt.getClaimAsString("name"), email, jwt.getClaimAsString("locale"), networks,
                networkNames(jwt.getClaims().get(NETWORKS_CLAIM), networks.keySet()));
    }

    private static Map<String, String> networkNames(Object claim, Collection<String> aliases) {
        Map<String, String> names = new LinkedHashMap<>();
        if (claim instanceof Map<?, ?> byAlias) {
            for (String alias : aliases) {
                if (byAlias.get(alias) instanceof Map<?, ?> details) {
                    String name = first(details.get("name"));
                    if (name != null && !name.isBlank()) {
                        names.put(alias, name.strip());
                    }
                }
            }
        }
        return names;
    }

    private static String first(Object value) {
        if (value instanceof Collection<?> values) {
            return values.isEmpty() ? null : String.valueOf(values.iterator().next());
        }
        return value == null ? null : String.valueOf(value);
    }

    private static Collection<String> organizations(Object claim) {
        if (claim instanceof Map<?, ?> byAlias) {
            return byAlias.keySet().stream().map(String::valueOf).toList();
        }
        if (claim instanceof Collection<?> aliases) {
            return aliases.stream().map(String::valueOf).toList();
        }
        if (claim instanceof String alias) {
            return List.of(alias);
        }
        return List.of();
    }

    private static Collection<String> realmRoles(Jwt jwt) {
        Map<String, Object> realmAccess = jwt.getClaimAsMap("realm_access");
        if (realmAccess != null && realmAccess.get("roles") instanceof Collection<?> roles) {
            return roles.stream().map(String::valueOf).toList();
        }
        return List.of();
    }
}
