package org.backboneplanner.worksheet.resources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.backboneplanner.events.BackboneRole;
import org.backboneplanner.events.EventEnvelope;
import org.backboneplanner.events.EventPayload;
import org.backboneplanner.events.Topics;
import org.backboneplanner.events.debrief.DebriefAnswered;
import org.backboneplanner.events.partner.PooledResourceDetails;
import org.backboneplanner.events.partner.ResourceKind;
import org.backboneplanner.events.partner.ResourcePooled;
import org.backboneplanner.events.partner.ResourceStatus;
import org.backboneplanner.events.partner.ResourceUpdated;
import org.backboneplanner.support.consumption.ProjectionRebuild;
import org.backboneplanner.testsupport.EventPublisher;
import org.backboneplanner.testsupport.SampleEvents;
import org.backboneplanner.testsupport.TestServers;
import org.backboneplanner.worksheet.debrief.DebriefAnswers;
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
 * What the printout shows of other services, projected from their topics: pooled resources (partner-service)
 * and debrief answers (debrief-service), each event applied once and in order, and rebuilt from the topics
 * to the same documents. A consumer group and a database of its own, so rewinding the group disturbs no
 * other test's context.
 */
@SpringBootTest(properties = "spring.kafka.consumer.group-id=" + PrintoutProjectionsTest.GROUP)
class PrintoutProjectionsTest {

    static final String GROUP = "worksheet-printout-rebuild-test";

    private static final EventEnvelope.Actor CAROL = new EventEnvelope.Actor("carol", "Carol Gagnon");

    @Autowired
    MongoTemplate mongo;
    @Autowired
    ProjectionRebuild rebuild;
    @Autowired
    PooledResources resources;
    @Autowired
    DebriefAnswers answers;

    @DynamicPropertySource
    static void servers(DynamicPropertyRegistry registry) {
        TestServers.register(registry, "worksheet-printout-rebuild");
    }

    @Test
    void eventsApplyOnceInOrderAndARebuildFromTheTopicsGivesTheSameProjections() {
        String network = "net-" + UUID.randomUUID().toString().substring(0, 8);
        String initiative = UUID.randomUUID().toString();
        String resource = UUID.randomUUID().toString();
        PooledResourceDetails pooled = new PooledResourceDetails(resource, initiative, "p1", "Ville de Granby",
                ResourceKind.FUNDING, "Subvention", new BigDecimal("5000"), "CAD", null, null,
                List.of(BackboneRole.POLICY), ResourceStatus.COMMITTED);
        PooledResourceDetails raised = new PooledResourceDetails(resource, initiative, "p1", "Ville de Granby",
                ResourceKind.FUNDING, "Subvention", new BigDecimal("7500"), "CAD", null, null,
                List.of(BackboneRole.POLICY, BackboneRole.RESOURCES), ResourceStatus.COMMITTED);
        String answer = initiative + ":POOLED_RESOURCES";
        try (EventPublisher publisher = new EventPublisher(TestServers.kafka().bootstrapServers())) {
            publish(publisher, Topics.PARTNER, network, initiative, resource, 1, CAROL, new ResourcePooled(pooled));
            publish(publisher, Topics.PARTNER, network, initiative, resource, 2, CAROL,
                    new ResourceUpdated(raised, java.util.Set.of("amount", "roles")));
            // delivered again, and a stale event: neither changes what is known
            publish(publisher, Topics.PARTNER, network, initiative, resource, 1, CAROL, new ResourcePooled(pooled));
            publish(publisher, Topics.PARTNER, network, initiative, resource, 2, CAROL,
                    new ResourceUpdated(pooled, java.util.Set.of("amount")));
            publish(publisher, Topics.DEBRIEF, network, initiative, answer, 1, SampleEvents.ALICE,
                    new DebriefAnswered("POOLED_RESOURCES", "Pas encore.", "Alice Tremblay"));
            publish(publisher, Topics.DEBRIEF, network, initiative, answer, 2, SampleEvents.ALICE,
                    new DebriefAnswered("POOLED_RESOURCES", "Oui : la Ville finance le démarrage.", "Alice Tremblay"));
            publish(publisher, Topics.DEBRIEF, network, initiative, answer, 1, SampleEvents.ALICE,
                    new DebriefAnswered("POOLED_RESOURCES", "Pas encore.", "Alice Tremblay"));
        }
        // every record read, the stale ones last
        await().atMost(Duration.ofSeconds(30)).until(() -> sequence("pooled_resources", resource) == 2
                && sequence("debrief_answers", answer) == 2 && caughtUp());

        assertThat(resources.of(network, initiative)).singleElement().satisfies(r -> {
            assertThat(r.amount()).isEqualByComparingTo("7500");
            assertThat(r.roles()).containsExactly(BackboneRole.POLICY, BackboneRole.RESOURCES);
        });
        assertThat(ResourceTotals.secured(resources.of(network, initiative)).money()).containsEntry("CAD",
                new BigDecimal("7500"));
        assertThat(answers.of(network, initiative).get("POOLED_RESOURCES").answer())
                .isEqualTo("Oui : la Ville finance le démarrage.");
        List<Document> live = projections(network);

        rebuild.rebuildNow();

        await().atMost(Duration.ofSeconds(60)).until(() -> projections(network).equals(live));
        assertThat(live).hasSize(2);
    }

    private static void publish(EventPublisher publisher, String topic, String network, String initiative,
                                String aggregate, long sequence, EventEnvelope.Actor actor, EventPayload payload) {
        publisher.publish(topic, EventEnvelope.of(network, initiative, aggregate, sequence, Instant.now(), actor, payload));
    }

    /** Whether this test's group has committed every record of the two topics (what it read is applied). */
    private static boolean caughtUp() throws Exception {
        try (Admin admin = Admin.create(Map.<String, Object>of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                TestServers.kafka().bootstrapServers()))) {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(GROUP)
                    .partitionsToOffsetAndMetadata().get();
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            admin.describeTopics(List.of(Topics.PARTNER, Topics.DEBRIEF)).allTopicNames().get().forEach((topic, d) ->
                    d.partitions().forEach(p -> latest.put(new TopicPartition(topic, p.partition()), OffsetSpec.latest())));
            ListOffsetsResult ends = admin.listOffsets(latest);
            for (TopicPartition partition : latest.keySet()) {
                long end = ends.partitionResult(partition).get().offset();
                OffsetAndMetadata at = committed.get(partition);
                if (end > 0 && (at == null || at.offset() < end)) {
                    return false;
                }
            }
            return true;
        }
    }

    private long sequence(String collection, String id) {
        Document document = mongo.findOne(Query.query(Criteria.where("_id").is(id)), Document.class, collection);
        return document == null ? 0 : document.get("sequence", Number.class).longValue();
    }

    private List<Document> projections(String network) {
        Query ofNetwork = Query.query(Criteria.where("networkId").is(network)).with(Sort.by("_id"));
        List<Document> all = new ArrayList<>(mongo.find(ofNetwork, Document.class, "pooled_resources"));
        all.addAll(mongo.find(ofNetwork, Document.class, "debrief_answers"));
        return all;
    }
}
