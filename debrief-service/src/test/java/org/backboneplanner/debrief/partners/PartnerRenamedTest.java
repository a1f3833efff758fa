package org.backboneplanner.debrief.partners;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.backboneplanner.events.BackboneRole;
import org.backboneplanner.events.EventEnvelope;
import org.backboneplanner.events.EventPayload;
import org.backboneplanner.events.Topics;
import org.backboneplanner.events.partner.PartnerUpdated;
import org.backboneplanner.events.partner.PooledResourceDetails;
import org.backboneplanner.events.partner.ResourceKind;
import org.backboneplanner.events.partner.ResourcePooled;
import org.backboneplanner.events.partner.ResourceStatus;
import org.backboneplanner.events.worksheet.Carrier;
import org.backboneplanner.events.worksheet.CarrierKind;
import org.backboneplanner.events.worksheet.Visibility;
import org.backboneplanner.testsupport.ApiClient;
import org.backboneplanner.testsupport.EventPublisher;
import org.backboneplanner.testsupport.SampleEvents;
import org.backboneplanner.testsupport.ServiceIntegrationTest;
import org.backboneplanner.testsupport.TestServers;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/**
 * partner-service renames a partner (PartnerUpdated); the rows and resources written before still carry the old
 * name in their events, yet the debrief and the network dashboard call the partner by its new name.
 */
class PartnerRenamedTest extends ServiceIntegrationTest {

    @Test
    void aRenamedPartnerShowsUnderItsNewNameInTheDebriefAndTheDashboard() {
        String network = newNetwork();
        String initiative = UUID.randomUUID().toString();
        String partner = UUID.randomUUID().toString();
        ApiClient alice = api(tokens().token("alice", network));
        String debrief = "/api/networks/" + network + "/initiatives/" + initiative + "/debrief";
        try (EventPublisher publisher = new EventPublisher(TestServers.kafka().bootstrapServers())) {
            publisher.publish(Topics.PARTNER, partnerEvent(network, partner, 1, SampleEvents.partnerRegistered(partner,
                    "Ville")));
            publisher.publish(Topics.WORKSHEET, SampleEvents.envelope(network, initiative, 1,
                    SampleEvents.initiativeCreated("Table", Visibility.NETWORK)));
            publisher.publish(Topics.WORKSHEET, SampleEvents.envelope(network, initiative, 2, SampleEvents.roleUpdated(
                    BackboneRole.POLICY, new Carrier(CarrierKind.PARTNER, partner, null, "Ville"))));
            PooledResourceDetails resource = new PooledResourceDetails(UUID.randomUUID().toString(), initiative, partner,
                    "Ville", ResourceKind.FUNDING, "Fonds", new BigDecimal("5000"), "CAD", null, null,
                    List.of(BackboneRole.POLICY, BackboneRole.RESOURCES), ResourceStatus.COMMITTED);
            publisher.publish(Topics.PARTNER, EventEnvelope.of(network, initiative, resource.resourceId(), 1,
                    Instant.now(), SampleEvents.ALICE, new ResourcePooled(resource)));
            await().atMost(Duration.ofSeconds(30)).until(() -> alice.get(debrief).status() == 200 && "Ville".equals(
                    alice.get(debrief).json().at("/analytics/pooling/concentration/0/largestPartnerName").asString()));

            publisher.publish(Topics.PARTNER, partnerEvent(network, partner, 2, new PartnerUpdated(partner,
                    "Ville de Granby", "MUNICIPALITY", List.of(), null, false, false, Set.of("name"))));
        }

        await().atMost(Duration.ofSeconds(30)).until(() -> "Ville de Granby".equals(alice.get(debrief).json()
                .at("/analytics/pooling/concentration/0/largestPartnerName").asString()));
        JsonNode view = alice.get(debrief).json();
        assertThat(view.at("/analytics/carrying/roles/" + BackboneRole.POLICY.ordinal() + "/carriers/0").asString())
                .isEqualTo("Ville de Granby");
        assertThat(view.at("/analytics/pooling/partnersGivingToSeveralRoles/0/partnerName").asString())
                .isEqualTo("Ville de Granby");
        JsonNode dashboard = alice.get("/api/networks/" + network + "/dashboard").json();
        assertThat(dashboard.at("/pooledMoneyByPartner/0/name").asString()).isEqualTo("Ville de Granby");
        assertThat(dashboard.at("/partners/0/name").asString()).isEqualTo("Ville de Granby");
    }

    private static EventEnvelope partnerEvent(String network, String partner, long sequence, EventPayload payload) {
        return EventEnvelope.of(network, null, partner, sequence, Instant.now(), SampleEvents.ALICE, payload);
    }
}
