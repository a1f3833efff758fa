package org.backboneplanner.partner.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.backboneplanner.support.security.Member;
import org.backboneplanner.support.security.NetworkRole;
import org.junit.jupiter.api.Test;

/** A partner's rules, and the events its changes return. */
class PartnerTest {

    private static final Instant NOW = Instant.parse("2027-01-04T15:00:00Z");

    private static PartnerDescription granby(String name, List<Contact> contacts) {
        return new PartnerDescription(name, PartnerKind.MUNICIPALITY, "https://www.granby.example", List.of("municipal"),
                "Haute-Yamaska", contacts, null, true);
    }

    @Test
    void aRegisteredPartnerAnnouncesItsContactsAndIsFoundByItsFoldedNameAndWebsite() {
        Partner partner = Partner.register("p1", "net", granby("Ville de Granby",
                List.of(new Contact("Line Roy", "Greffière", "line.roy@granby.example", null, "fr"))), "carol", NOW);

        var registered = partner.registered();

        assertThat(registered.contacts()).singleElement().satisfies(c -> {
            assertThat(c.email()).isEqualTo("line.roy@granby.example");
            assertThat(c.language()).isEqualTo("fr");
        });
        assertThat(partner.nameKey()).isEqualTo("ville de granby");
        assertThat(partner.websiteKey()).isEqualTo("granby.example");
    }

    @Test
    void describingAnewNamesWhatChangedAndNothingChangedCausesNoEvent() {
        Partner partner = Partner.register("p1", "net", granby("Ville de Granby", List.of()), "carol", NOW);

        assertThat(partner.describe(granby("Ville de Granby", List.of()))).isEmpty();
        var renamed = partner.describe(granby("Ville de Granby (centre)", List.of())).orElseThrow();

        assertThat(renamed.changed()).containsExactly("name");
        assertThat(renamed.name()).isEqualTo("Ville de Granby (centre)");
        assertThat(partner.version()).isEqualTo(2);
    }

    @Test
    void archivingTwiceOrAffiliatingTwiceChangesNothingTheSecondTime() {
        Partner partner = Partner.register("p1", "net", granby("Ville de Granby", List.of()), "carol", NOW);
        Member bob = new Member("bob", "bob", "Bob", "bob@example.org", "fr", Map.of("net", NetworkRole.MEMBER));

        assertThat(partner.archive(true).orElseThrow().archived()).isTrue();
        assertThat(partner.archive(true)).isEmpty();
        assertThat(partner.archive(false).orElseThrow().archived()).isFalse();
        assertThat(partner.affiliate(bob, NOW)).isPresent();
        assertThat(partner.affiliate(bob, NOW)).isEmpty();
        assertThat(partner.disaffiliate("bob")).isPresent();
        assertThat(partner.affiliations()).isEmpty();
    }
}
