package org.backboneplanner.debrief.consumption;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
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
import org.backboneplanner.events.partner.ResourceStatusChanged;
import org.backboneplanner.events.partner.ResourceUpdated;
import org.backboneplanner.events.worksheet.Horizon;
import org.backboneplanner.events.worksheet.InitiativeDetailsChanged;
import org.backboneplanner.events.worksheet.Maturity;
import org.backboneplanner.events.worksheet.NextStepDetails;
import org.backboneplanner.events.worksheet.PlanKind;
import org.backboneplanner.events.worksheet.PlanUpdated;
import org.backboneplanner.events.worksheet.RoleSharingUpdated;
import org.backboneplanner.events.worksheet.RoleUpdated;
import org.backboneplanner.events.worksheet.Visibility;
import org.backboneplanner.events.worksheet.WorksheetVersionAdopted;
import org.backboneplanner.events.worksheet.Carrier;
import org.backboneplanner.events.worksheet.CarrierKind;
import org.backboneplanner.events.worksheet.NextStepStatus;
import org.backboneplanner.events.worksheet.StepOwner;
import org.backboneplanner.support.consumption.ProjectionRebuild;
import org.backboneplanner.testsupport.EventPublisher;
import org.backboneplanner.testsupport.SampleEvents;
import org.backboneplanner.testsupport.TestServers;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The debrief's projections rebuilt from the topics equal the ones built live: every event is kept on
 * the topics, and applying them all again, in order, gives the same documents, with everything the
 * analytics read (carriers, strengths, weaknesses, sharing, plans, step horizons, resources' terms and
 * their states over time).
 */
@SpringBootTest(properties = "spring.kafka.consumer.group-id=debrief-rebuild-test")
class ProjectionRebuildTest {

    @Autowired
    MongoTemplate mongo;
    @Autowired
    ProjectionRebuild rebuild;

    @DynamicPropertySource
    static void servers(DynamicPropertyRegistry registry) {
        TestServers.register(registry, "debrief-rebuild");
    }

    @Test
    void aRebuildFromTheTopicsEqualsTheLiveProjection() {
        String network = "net-" + UUID.randomUUID().toString().substring(0, 8);
        String initiative = UUID.randomUUID().toString();
        String resource = UUID.randomUUID().toString();
        String partner = UUID.randomUUID().toString();
        try (EventPublisher publisher = new EventPublisher(TestServers.kafka().bootstrapServers())) {
            List<EventPayload> worksheet = List.of(SampleEvents.initiativeCreated("À reconstruire"),
                    SampleEvents.roleUpdated(BackboneRole.POLICY, new Carrier(CarrierKind.PARTNER, "p1", null, "Ville"),
                            new Carrier(CarrierKind.TO_FIND, null, null, "Analyste")),
                    SampleEvents.scheduled("À reconstruire", SampleEvents.step("s1", BackboneRole.POLICY, "Étape",
                            new StepOwner("alice", null, "Alice", "alice@example.org", "fr"), LocalDate.of(2027, 3, 1),
                            NextStepStatus.TODO)),
                    SampleEvents.updated("À reconstruire", SampleEvents.step("s1", BackboneRole.POLICY, "Étape",
                            new StepOwner("alice", null, "Alice", "alice@example.org", "fr"), LocalDate.of(2027, 3, 1),
                            NextStepStatus.DONE), null, "status"),
                    new WorksheetVersionAdopted("v1", "Printemps", 1),
                    new InitiativeDetailsChanged("À reconstruire", "", Maturity.MATURE, 2025, 2030, List.of("fr"),
                            Visibility.NETWORK),
                    new RoleUpdated(BackboneRole.RESOURCES, List.of(new Carrier(CarrierKind.MEMBER, null, "alice",
                            "Alice")), List.of("Réseau"), List.of("Peu de temps", "Aucun budget"), null),
                    new RoleSharingUpdated(BackboneRole.RESOURCES, true, List.of(new RoleSharingUpdated.SharedTask(
                            "Demandes", List.of("p1"), List.of("Ville"))), List.of()),
                    new PlanUpdated(PlanKind.SUCCESSION, "Former la relève", null),
                    SampleEvents.scheduled("À reconstruire", new NextStepDetails("s2", null, PlanKind.SUCCESSION,
                            "Relève", null, null, null, Horizon.LONG, NextStepStatus.TODO, null)));
            for (int i = 0; i < worksheet.size(); i++) {
                publisher.publish(Topics.WORKSHEET, SampleEvents.envelope(network, initiative, i + 1, worksheet.get(i)));
            }
            PooledResourceDetails details = new PooledResourceDetails(resource, initiative, "p1", "Ville",
                    ResourceKind.FUNDING, "Subvention", new BigDecimal("5000"), "CAD", null, null,
                    List.of(BackboneRole.POLICY), ResourceStatus.PROPOSED);
            publisher.publish(Topics.PARTNER, EventEnvelope.of(network, initiative, resource, 1, Instant.now(),
                    SampleEvents.ALICE, new ResourcePooled(details)));
            publisher.publish(Topics.PARTNER, EventEnvelope.of(network, initiative, resource, 2, Instant.now(),
                    SampleEvents.ALICE, new ResourceStatusChanged(withStatus(details, ResourceStatus.COMMITTED),
                            ResourceStatus.PROPOSED)));
            publisher.publish(Topics.PARTNER, EventEnvelope.of(network, initiative, resource, 3, Instant.now(),
                    SampleEvents.ALICE, new ResourceUpdated(new PooledResourceDetails(resource, initiative, "p1", "Ville",
                            ResourceKind.FUNDING, "Subvention", new BigDecimal("7500.25"), "CAD", LocalDate.of(2026, 1, 1),
                            LocalDate.of(2026, 12, 31), List.of(BackboneRole.POLICY, BackboneRole.RESOURCES),
                            ResourceStatus.COMMITTED), Set.of("amount", "roles"))));
            publisher.publish(Topics.PARTNER, EventEnvelope.of(network, null, partner, 1, Instant.now(), SampleEvents.ALICE,
                    SampleEvents.partnerRegistered(partner, "Ville")));
            publisher.publish(Topics.PARTNER, EventEnvelope.of(network, null, partner, 2, Instant.now(), SampleEvents.ALICE,
                    new PartnerUpdated(partner, "Ville de Granby", "MUNICIPALITY", List.of(), null, false, false,
                            Set.of("name"))));
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> sequence("initiative_coverage", initiative) == 10
                && sequence("pooled_resource_status", resource) == 3 && sequence("partner_names", partner) == 2);
        List<Document> live = projections(network);
        Document coverage = live.get(0);
        assertThat(coverage.getString("maturity")).isEqualTo("MATURE");
        assertThat(coverage.get("endYear")).isEqualTo(2030);
        Document resources = coverage.get("roles", Document.class).get("RESOURCES", Document.class);
        assertThat(resources.getList("weaknesses", String.class)).containsExactly("Peu de temps", "Aucun budget");
        assertThat(resources.getList("carriers", Document.class).get(0)).containsEntry("carrierId", "alice")
                .containsEntry("kind", "MEMBER");
        assertThat(resources.getList("tasks", Document.class).get(0).getList("partnerNames", String.class))
                .containsExactly("Ville");
        assertThat(coverage.get("plans", Document.class).getString("SUCCESSION")).isEqualTo("Former la relève");
        assertThat(coverage.get("steps", Document.class).get("s2", Document.class)).containsEntry("plan", "SUCCESSION")
                .containsEntry("horizon", "LONG");
        Document pooled = live.get(1);
        assertThat(pooled).containsEntry("amount", "7500.25").containsEntry("unit", "CAD")
                .containsEntry("kind", "FUNDING").containsEntry("partnerName", "Ville").containsEntry("to", "2026-12-31");
        assertThat(pooled.getList("states", Document.class)).extracting(state -> state.getString("status"))
                .containsExactly("PROPOSED", "COMMITTED", "COMMITTED");

        rebuild.rebuildNow();

        await().atMost(Duration.ofSeconds(60)).until(() -> projections(network).equals(live));
        assertThat(live).hasSize(4);
        assertThat(live.get(3)).containsEntry("name", "Ville de Granby");
        Document snapshot = live.get(2).get("coverage", Document.class);
        assertThat(snapshot.get("sequence")).isEqualTo(4L);
        assertThat(snapshot.get("maturity")).isEqualTo("EMERGING");
        assertThat(live.get(0).get("roles", Document.class).get("POLICY", Document.class).get("toFind")).isEqualTo(1L);
    }

    private long sequence(String collection, String id) {
        Document document = mongo.findOne(Query.query(Criteria.where("_id").is(id)), Document.class, collection);
        return document == null ? 0 : document.get("sequence", Number.class).longValue();
    }

    private List<Document> projections(String network) {
        Query ofNetwork = Query.query(Criteria.where("networkId").is(network)).with(Sort.by("_id"));
        List<Document> all = new java.util.ArrayList<>(mongo.find(ofNetwork, Document.class, "initiative_coverage"));
        all.addAll(mongo.find(ofNetwork, Document.class, "pooled_resource_status"));
        all.addAll(mongo.find(ofNetwork, Document.class, "worksheet_snapshots"));
        all.addAll(mongo.find(ofNetwork, Document.class, "partner_names"));
        return all;
    }

    private static PooledResourceDetails withStatus(PooledResourceDetails d, ResourceStatus status) {
        return new PooledResourceDetails(d.resourceId(), d.initiativeId(), d.partnerId(), d.partnerName(), d.kind(),
                d.description(), d.amount(), d.unit(), d.from(), d.to(), d.roles(), status);
    }
}
