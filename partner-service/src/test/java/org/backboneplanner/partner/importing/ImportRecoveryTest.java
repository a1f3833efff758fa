package org.backboneplanner.partner.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.backboneplanner.events.EventEnvelope;
import org.backboneplanner.events.EventJson;
import org.backboneplanner.events.Topics;
import org.backboneplanner.partner.directory.Partner;
import org.backboneplanner.partner.directory.PartnerDescription;
import org.backboneplanner.partner.directory.PartnerKind;
import org.backboneplanner.partner.directory.SearchText;
import org.backboneplanner.support.outbox.OutboxStore;
import org.backboneplanner.support.store.AggregateStore;
import org.backboneplanner.testsupport.ApiClient;
import org.backboneplanner.testsupport.ApiClient.Response;
import org.backboneplanner.testsupport.EventTap;
import org.backboneplanner.testsupport.ServiceIntegrationTest;
import org.backboneplanner.testsupport.TestServers;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.context.TestPropertySource;

/**
 * An import is all or nothing even when it fails half-way or the service dies in the middle: a failure
 * while storing removes what was already stored and publishes nothing; an import a crash left pending past
 * its deadline is rolled back by the recovery job, one that completed but whose partners were never
 * released is released by it, and one still within its deadline is left to finish.
 */
// the test runs the recovery itself: the service's own schedule must not run it between a test's steps
@TestPropertySource(properties = "backbone.partner.import-recovery.first-after=PT1H")
class ImportRecoveryTest extends ServiceIntegrationTest {

    private static final String HEADER = "name,kind\r\n";

    @Autowired
    MongoTemplate mongo;
    @Autowired
    AggregateStore store;
    @Autowired
    PartnerImport imports;
    @Autowired
    Clock clock;

    private String network;
    private ApiClient carol;
    private String partners;

    @BeforeEach
    void setUp() {
        network = newNetwork();
        carol = api(tokens().of("carol").networks(List.of(network)).adminOf(List.of(network)).sign());
        partners = "/api/networks/" + network + "/partners";
    }

    private List<Document> storedPartners() {
        return mongo.find(Query.query(Criteria.where("networkId").is(network)), Document.class, "partners");
    }

    private ImportBatch.Status statusOf(String batchId) {
        return mongo.findById(batchId, ImportBatch.class).status();
    }

    private List<String> found() {
        return carol.get(partners + "?includeArchived=true").json().get("items").valueStream()
                .map(p -> p.get("name").asString()).toList();
    }

    @Test
    void anImportThatFailsWhileStoringLeavesNoPartnerAndPublishesNothing() {
        // a partner stored by someone else once the file was checked: invisible to the check (no network),
        // but its name takes the directory's unique key, so the third insert of the import fails
        mongo.insert(new Document("_id", UUID.randomUUID().toString())
                .append("uniqueName", network + "/" + SearchText.fold("Ville de Magog")), "partners");

        Response failed = carol.send("POST", partners + "/import",
                HEADER + "Cégep de Sherbrooke,SCHOOL_BOARD\r\nClub Rotary,OTHER\r\nVille de Magog,MUNICIPALITY\r\n",
                Map.of("Content-Type", "text/csv"));

        assertThat(failed.status()).isEqualTo(409);
        assertThat(failed.json().get("detail").asString()).contains("nothing was imported");
        assertThat(found()).isEmpty();
        assertThat(storedPartners()).as("held partners are removed, not only hidden").isEmpty();
        assertThat(mongo.find(Query.query(Criteria.where("networkId").is(network)), ImportBatch.class))
                .extracting(ImportBatch::status).containsExactly(ImportBatch.Status.ROLLED_BACK);
        // a marker registered afterwards is published; nothing of the failed import ever was
        String marker = carol.post(partners, Map.of("name", "Marqueur", "kind", "OTHER")).json().get("id").asString();
        try (EventTap tap = new EventTap(TestServers.kafka().bootstrapServers(), Topics.PARTNER)) {
            tap.awaitEvents(marker, e -> !e.isEmpty(), Duration.ofSeconds(20));
            assertThat(tap.records().stream().map(r -> readable(r.value())).flatMap(Optional::stream)
                    .filter(e -> network.equals(e.networkId())).map(EventEnvelope::aggregateId)).containsExactly(marker);
        }
    }

    private static Optional<EventEnvelope> readable(String json) {
        try {
            return EventJson.readIfKnown(json);
        } catch (RuntimeException e) {
            return Optional.empty(); // another test's poison record
        }
    }

    /** The state a crash leaves: the batch with its status, its partners stored held. */
    private String batch(ImportBatch.Status status, Instant startedAt, String... names) {
        String batchId = UUID.randomUUID().toString();
        mongo.insert(new ImportBatch(batchId, network, status, names.length, "carol", startedAt));
        for (String name : names) {
            Partner partner = Partner.register(UUID.randomUUID().toString(), network,
                    new PartnerDescription(name, PartnerKind.OTHER, null, List.of(), null, List.of(), null, false),
                    "carol", startedAt);
            store.insertHeld(partner, Topics.PARTNER, new EventEnvelope.Actor("carol", "Carol"),
                    List.of(partner.registered()), new Document("importBatch", batchId));
        }
        return batchId;
    }

    @Test
    void theRecoveryJobRollsBackAnAbandonedImportReleasesACompletedOneAndLeavesOneInProgress() {
        Instant now = clock.instant();
        String abandoned = batch(ImportBatch.Status.PENDING, now.minus(Duration.ofMinutes(11)), "Abandonné 1", "Abandonné 2");
        String inProgress = batch(ImportBatch.Status.PENDING, now.minus(Duration.ofMinutes(1)), "En cours");
        String completed = batch(ImportBatch.Status.COMPLETE, now.minus(Duration.ofMinutes(2)), "Terminé 1", "Terminé 2");
        assertThat(found()).as("held partners are not in the directory yet").isEmpty();

        imports.recover();

        assertThat(statusOf(abandoned)).isEqualTo(ImportBatch.Status.ROLLED_BACK);
        assertThat(statusOf(inProgress)).isEqualTo(ImportBatch.Status.PENDING);
        assertThat(found()).containsExactly("Terminé 1", "Terminé 2");
        assertThat(storedPartners()).extracting(p -> p.get("description", Document.class).getString("name"))
                .containsExactlyInAnyOrder("En cours", "Terminé 1", "Terminé 2");
        assertThat(storedPartners()).filteredOn(p -> Boolean.TRUE.equals(p.getBoolean(OutboxStore.HELD)))
                .extracting(p -> p.getString("importBatch")).containsExactly(inProgress);
        String released = storedPartners().stream().filter(p -> p.get(OutboxStore.HELD) == null)
                .map(p -> p.getString("_id")).findFirst().orElseThrow();
        try (EventTap tap = new EventTap(TestServers.kafka().bootstrapServers(), Topics.PARTNER)) {
            assertThat(tap.awaitEvents(released, e -> !e.isEmpty(), Duration.ofSeconds(20)))
                    .extracting(EventEnvelope::type).containsExactly("PartnerRegistered");
        }
    }
}
