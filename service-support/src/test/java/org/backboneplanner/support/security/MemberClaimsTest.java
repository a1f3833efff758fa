package org.backboneplanner.support.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;

class MemberClaimsTest {

    private static Jwt token(Object organizations, List<String> roles) {
        return Jwt.withTokenValue("t").header("alg", "RS256").subject("u-bob")
                .claim("preferred_username", "bob").claim("name", "Bob Gagnon").claim("email", "bob@example.org")
                .claim("locale", "en").claim("email_verified", true).claim("organization", organizations)
                .claim("realm_access", Map.of("roles", roles))
                .issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(60)).build();
    }

    @Test
    void organizationsAsAListOfAliasesAreTheMembersNetworks() {
        Member bob = MemberClaims.member(token(List.of("monteregie", "estrie"), List.of()));

        assertThat(bob.id()).isEqualTo("u-bob");
        assertThat(bob.networks()).containsOnlyKeys("monteregie", "estrie");
        assertThat(bob.belongsTo("estrie")).isTrue();
        assertThat(bob.administers("estrie")).isFalse();
        assertThat(bob.displayName()).isEqualTo("Bob Gagnon");
    }

    @Test
    void organizationsKeyedByAliasWithTheirIdsAreReadToo() {
        Member bob = MemberClaims.member(token(Map.of("monteregie", Map.of("id", "42")), List.of()));

        assertThat(bob.networks()).containsOnlyKeys("monteregie");
    }

    @Test
    void networkNamesComeFromTheNetworksClaimOnlyForNetworksTheTokenLists() {
        Jwt jwt = Jwt.withTokenValue("t").header("alg", "RS256").subject("u-bob")
                .claim("organization", List.of("monteregie", "estrie"))
                .claim("networks", Map.of("monteregie", Map.of("id", "42", "name", List.of("Réseau Montérégie")),
                        "estrie", Map.of("id", "43", "name", " Réseau Estrie "),
                        "laval", Map.of("id", "44", "name", List.of("Réseau Laval"))))
                .issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(60)).build();

        Member bob = MemberClaims.member(jwt);

        assertThat(bob.networkName("monteregie")).isEqualTo("Réseau Montérégie");
        assertThat(bob.networkName("estrie")).isEqualTo("Réseau Estrie");
        assertThat(bob.networkName("laval")).isNull();
        assertThat(MemberClaims.member(token(List.of("estrie"), List.of())).networkName("estrie"))
                .as("a token without the claim names nothing").isNull();
    }

    @Test
    void anAdminRoleCountsOnlyForItsOwnNetwork() {
        Member carol = MemberClaims.member(token(List.of("estrie", "monteregie"),
                List.of("default-roles-backbone", "network-admin:estrie")));

        assertThat(carol.administers("estrie")).isTrue();
        assertThat(carol.administers("monteregie")).isFalse();
    }

    @Test
    void anAdminRoleForANetworkTheTokenDoesNotListGrantsNothing() {
        Member mallory = MemberClaims.member(token(List.of("estrie"), List.of("network-admin:monteregie")));

        assertThat(mallory.belongsTo("monteregie")).isFalse();
        assertThat(mallory.administers("monteregie")).isFalse();
    }

    @Test
    void anUnverifiedAddressIsNotTheMembersAddress() {
        Jwt unverified = Jwt.withTokenValue("t").header("alg", "RS256").subject("u-mallory")
                .claim("email", "jane@example.org").claim("email_verified", false)
                .issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(60)).build();

        assertThat(MemberClaims.member(unverified).email()).isNull();
    }

    @Test
    void noOrganizationClaimMeansNoNetwork() {
        Member nobody = MemberClaims.member(token(null, List.of()));

        assertThat(nobody.networks()).isEmpty();
        assertThat(nobody.belongsTo("estrie")).isFalse();
    }
}
