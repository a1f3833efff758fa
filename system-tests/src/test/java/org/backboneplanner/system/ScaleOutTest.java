package org.backboneplanner.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.assertj.core.api.SoftAssertions;
import org.backboneplanner.system.FaultScenario.Tally;
import org.backboneplanner.system.StepWriter.Write;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two instances of each service behind the gateway (see {@link FaultySystem#startScaled}); one instance of
 * each is stopped, all four at once as a node going away would, while a member plans next steps (one
 * event and one reminder mail each), reads every service and edits a row with {@code If-Match}. No
 * request may fail beyond the one retry the client makes of an edit answered 502/503 ({@link Traffic}),
 * no event may be lost or applied twice, no reminder lost or sent twice. Prints
 * {@code SCALE requests=... failed=0 ...}.
 */
class ScaleOutTest {

    private static final Duration SETTLE = Duration.ofSeconds(90);
    private static FaultySystem system;
    private static Effects effects;
    private static Instant began;

    @BeforeAll
    static void start() {
        began = Instant.now();
        system = FaultySystem.startScaled();
        effects = new Effects(system);
        System.out.println("SCALE system of two instances per service started in "
                + Duration.between(began, Instant.now()).toSeconds() + " s");
    }

    @AfterAll
    static void stop() {
        if (effects != null) {
            effects.close();
        }
        if (system != null) {
            system.close();
        }
    }

    @Test
    void oneInstanceOfEachServiceStoppedUnderLoadFailsNoRequestLosesNoEventAndSendsNoMailTwice() {
        FaultScenario scenario = new FaultScenario(system, effects, "scale", 2);
        // the debrief of a new initiative exists once debrief-service has its first event
        for (String initiative : scenario.initiatives) {
            await("the debrief of " + initiative).atMost(Duration.ofSeconds(60))
                    .until(() -> scenario.member.get(initiative + "/debrief").status() == 200);
        }
        List<Write> writes;
        Duration stopping;
        try (Traffic traffic = Traffic.start(scenario.member, scenario.initiatives, Duration.ofMillis(50));
             StepWriter writer = scenario.writer(Duration.ofMillis(150), 2)) {
            writer.awaitMoreOk(10, Duration.ofSeconds(60));
            Instant stop = Instant.now();
            CompletableFuture.allOf(List.of("worksheet-service", "partner-service", "debrief-service", "notification-service")
                    .stream().map(name -> CompletableFuture.runAsync(() -> system.stopGracefully(name, Duration.ofSeconds(45))))
                    .toArray(CompletableFuture[]::new)).join();
            stopping = Duration.between(stop, Instant.now());
            writer.awaitMoreOk(15, Duration.ofSeconds(60));
            writes = writer.stop();
            traffic.close();

            long failedWrites = writes.stream().filter(w -> !w.ok()).count();
            Tally tally = scenario.settle(writes, SETTLE, 0, facts("stoppedIn", stopping.toMillis() + "ms",
                    "requests", String.valueOf(traffic.requests() + writes.size())));
            System.out.println("SCALE requests=" + (traffic.requests() + writes.size()) + " failed="
                    + (traffic.failed() + failedWrites) + " retriedByClient=" + traffic.retriedByClient()
                    + " eventsLost=" + tally.eventsLost() + " eventsAppliedTwice=" + tally.eventsAppliedTwice()
                    + " mailsLost=" + tally.mailsLost() + " mailsSentTwice=" + tally.mailsSentTwice()
                    + " in " + Duration.between(began, Instant.now()).toSeconds() + " s");

            SoftAssertions soft = new SoftAssertions();
            soft.assertThat(writes.stream().filter(w -> !w.ok()).map(w -> w.status()).toList())
                    .as("next steps planned and not answered 2xx").isEmpty();
            soft.assertThat(traffic.failed()).as("reads and edits failed: " + traffic.failures()).isZero();
            soft.assertThat(tally.writesLost()).as("writes answered 2xx and lost").isZero();
            soft.assertThat(tally.eventsLost()).as("events lost or dead-lettered").isZero();
            soft.assertThat(tally.eventsAppliedTwice()).as("events applied twice").isZero();
            soft.assertThat(tally.mailsLost()).as("reminders never received").isZero();
            soft.assertThat(tally.mailsSentTwice()).as("reminders received twice").isZero();
            soft.assertThat(writes.size()).as("writes made").isGreaterThanOrEqualTo(25);
            soft.assertAll();
        }
        assertThat(system.service("worksheet-service-2").isAlive()).isTrue();
    }

    private static Map<String, String> facts(String... keysAndValues) {
        Map<String, String> facts = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            facts.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return facts;
    }
}
