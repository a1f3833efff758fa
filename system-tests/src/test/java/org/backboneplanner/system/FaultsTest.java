package org.backboneplanner.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.assertj.core.api.SoftAssertions;
import org.backboneplanner.system.FaultScenario.Tally;
import org.backboneplanner.system.StepWriter.Write;
import org.backboneplanner.localservers.ServerProcess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The fault suite: real processes stopped, killed and started again while members write through the
 * gateway (see {@link FaultySystem}); what the writes became is counted by {@link FaultScenario}. Each
 * scenario prints its counts, and the suite prints them together at the end:
 * {@code FAULTS eventsLost=0 eventsAppliedTwice=0 mailsLost=0 mailsSentTwice=0 (crash window ...)}.
 * All must be 0, except the documented crash windows: the outbox relay publishing an event twice when
 * the process or the broker goes away between the broker's acknowledgement and the outbox update (the
 * consumers skip it by its sequence), and at most one mail sent twice when notification-service loses
 * its database between the SMTP server's acceptance and recording the mail as sent.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FaultsTest {

    private static final Duration SETTLE = Duration.ofSeconds(120);
    /** Longer than the relay's send timeout (10 s), so sends fail and back off, as in a real outage. */
    private static final Duration BROKER_OUTAGE = Duration.ofSeconds(15);
    /** Longer than the MongoDB driver's server selection timeout (30 s): a consumer's attempt fails. */
    private static final Duration CONSUMER_DATABASE_OUTAGE = Duration.ofSeconds(45);
    /** What the slow SMTP server takes per mail: sending the backlog takes longer than a claim's 5 s lease. */
    private static final Duration SLOW_SMTP = Duration.ofMillis(300);
    private static FaultySystem system;
    private static Effects effects;
    private static final List<Tally> tallies = new ArrayList<>();
    private static Instant began;

    @BeforeAll
    static void start() {
        began = Instant.now();
        system = FaultySystem.start();
        effects = new Effects(system);
        System.out.println("FAULTS system started in " + seconds(Duration.between(began, Instant.now())));
    }

    @AfterAll
    static void stop() {
        long lost = sum(Tally::eventsLost);
        System.out.println("FAULTS eventsLost=" + lost + " eventsAppliedTwice=" + sum(Tally::eventsAppliedTwice)
                + " mailsLost=" + sum(Tally::mailsLost) + " mailsSentTwice=" + sum(Tally::mailsSentTwice)
                + " writesLost=" + sum(Tally::writesLost) + " (crash window duplicates="
                + (sum(Tally::topicDuplicates) + sum(Tally::crashWindowMails)) + ", documented: "
                + sum(Tally::topicDuplicates) + " events published twice by the outbox relay and skipped by sequence, "
                + sum(Tally::crashWindowMails) + " mails sent again after notification-service lost its database "
                + "between SMTP and marking) scenarios=" + tallies.size() + " in "
                + seconds(Duration.between(began, Instant.now())));
        if (effects != null) {
            effects.close();
        }
        if (system != null) {
            system.close();
        }
    }

    /** A scenario that failed half-way leaves no server down for the next one. */
    @AfterEach
    void everyServerBackUp() {
        for (ServerProcess server : List.of(system.kafka, system.worksheetMongo, system.consumerMongo, system.mail)) {
            if (!server.isAlive()) {
                server.restart(Duration.ofSeconds(90));
            }
        }
        if (!system.service("worksheet-service").isAlive()) {
            system.restart("worksheet-service");
        }
    }

    @Test
    @Order(1)
    void aServiceKilledMidWriteKeepsEveryWriteItAnsweredAndEachEventReachesTheConsumersOnce() {
        FaultScenario scenario = new FaultScenario(system, effects, "kill", 2);
        List<Write> writes;
        Duration restart;
        try (StepWriter writer = scenario.writer(Duration.ofMillis(300), 2)) {
            writer.awaitMoreOk(12, Duration.ofSeconds(60));
            system.kill("worksheet-service");
            restart = system.restart("worksheet-service");
            writer.awaitMoreOk(12, Duration.ofSeconds(90));
            writes = writer.stop();
        }
        Tally tally = scenario.settle(writes, SETTLE, 0, Map.of("restartedIn", seconds(restart)));
        tallies.add(tally);
        SoftAssertions soft = expectNothingLostOrDoubled(tally);
        soft.assertThat(writes.stream().filter(w -> !w.ok()).count()).as("writes refused while it was down").isPositive();
        soft.assertAll();
    }

    @Test
    @Order(2)
    void writesGoOnWhileTheBrokerIsDownAndEveryEventArrivesOnceItIsBack() throws InterruptedException {
        FaultScenario scenario = new FaultScenario(system, effects, "kafka", 2);
        List<Write> writes;
        int outageFrom;
        int outageTo;
        Duration outage;
        try (StepWriter writer = scenario.writer(Duration.ofMillis(500), 2)) {
            writer.awaitMoreOk(10, Duration.ofSeconds(60));
            Instant down = Instant.now();
            system.kafka.stop(Duration.ofSeconds(30));
            outageFrom = writer.snapshot().size();
            Thread.sleep(BROKER_OUTAGE.toMillis()); // the deliberate outage, while writes go on
            outageTo = writer.snapshot().size();
            system.kafka.restart(Duration.ofSeconds(90));
            outage = Duration.between(down, Instant.now());
            writer.awaitMoreOk(10, Duration.ofSeconds(60));
            writes = writer.stop();
        }
        List<Write> duringOutage = writes.subList(outageFrom, outageTo);
        long refused = duringOutage.stream().filter(w -> !w.ok()).count();
        Tally tally = scenario.settle(writes, SETTLE, 0, facts("outage", seconds(outage),
                "writesDuringOutage", String.valueOf(duringOutage.size()), "refusedDuringOutage", String.valueOf(refused)));
        tallies.add(tally);
        SoftAssertions soft = expectNothingLostOrDoubled(tally);
        soft.assertThat(refused).as("writes refused while the broker was down").isZero();
        soft.assertAll();
    }

    @Test
    @Order(3)
    void everyEventDeliveredAgainIsAppliedOnceAndMailedOnce() {
        FaultScenario scenario = new FaultScenario(system, effects, "again", 2);
        List<Write> writes;
        try (StepWriter writer = scenario.writer(Duration.ZERO, 0)) {
            for (int i = 0; i < 12; i++) {
                writer.write();
            }
            writes = writer.stop();
        }
        scenario.awaitSettled(SETTLE);
        int again = scenario.deliverAgain();
        await("the consumers read every record delivered again").atMost(Duration.ofSeconds(60))
                .until(() -> effects.consumed("debrief-service", "notification-service"));
        Duration settling = scenario.awaitSettled(SETTLE);
        Tally tally = scenario.count(writes, 0, settling, facts("deliveredAgain", String.valueOf(again)));
        tallies.add(tally);
        SoftAssertions soft = expectNothingLostOrDoubled(tally);
        soft.assertThat(again).as("records delivered again").isGreaterThanOrEqualTo(12);
        soft.assertAll();
    }

    @Test
    @Order(4)
    void remindersDueDuringAnSmtpOutageAreSentOnceWhenItIsBack() {
        FaultScenario scenario = new FaultScenario(system, effects, "smtp", 1);
        Instant down = Instant.now();
        system.mail.stop(Duration.ofSeconds(20));
        List<Write> writes;
        try (StepWriter writer = scenario.writer(Duration.ZERO, 0)) {
            for (int i = 0; i < 12; i++) {
                writer.write();
            }
            writes = writer.stop();
        }
        long stored = writes.stream().filter(Write::ok).count();
        // each reminder due now has failed three times, the waits between growing: due during the outage, and retried
        await("every reminder tried three times while SMTP is down").atMost(Duration.ofSeconds(60))
                .until(() -> effects.mailsRetrying(scenario.initiativeIds, 3) == stored);
        system.mail.restart(Duration.ofSeconds(30));
        Duration outage = Duration.between(down, Instant.now());
        Tally tally = scenario.settle(writes, SETTLE, 0, facts("outage", seconds(outage)));
        tallies.add(tally);
        SoftAssertions soft = expectNothingLostOrDoubled(tally);
        soft.assertThat(stored).as("writes stored").isEqualTo(12);
        soft.assertThat(effects.mailsByStatus(scenario.initiativeIds)).as("no mail given up").doesNotContainKey("FAILED");
        soft.assertAll();
    }

    @Test
    @Order(5)
    void aConsumerWhoseDatabaseIsAwayLosesNoEventAndItsProjectionConverges() throws InterruptedException {
        FaultScenario scenario = new FaultScenario(system, effects, "mongo", 3);
        List<Write> writes;
        try (StepWriter writer = scenario.writer(Duration.ofSeconds(1), 1)) {
            writer.awaitMoreOk(6, Duration.ofSeconds(60));
            system.consumerMongo.stop(Duration.ofSeconds(30));
            Thread.sleep(CONSUMER_DATABASE_OUTAGE.toMillis()); // the deliberate outage, while events flow
            system.consumerMongo.restart(Duration.ofSeconds(60));
            writer.awaitMoreOk(6, Duration.ofSeconds(60));
            writes = writer.stop();
        }
        // at most one mail can be sent again: the one accepted by SMTP when the database went away
        Tally tally = scenario.settle(writes, Duration.ofSeconds(180), 1, facts("outage", seconds(CONSUMER_DATABASE_OUTAGE)));
        tallies.add(tally);
        SoftAssertions soft = expectNothingLostOrDoubled(tally);
        soft.assertThat(writes).as("writes while only the consumers' database was away").allMatch(Write::ok);
        soft.assertAll();
    }

    @Test
    @Order(6)
    void twoNotificationInstancesAgainstASlowSmtpServerSendEachMailOnce() {
        system.startAnotherNotificationService();
        FaultScenario scenario = new FaultScenario(system, effects, "twice", 2);
        // a backlog: the reminders fall due while SMTP is away
        system.mail.stop(Duration.ofSeconds(20));
        List<Write> writes;
        try (StepWriter writer = scenario.writer(Duration.ZERO, 2)) {
            writer.awaitMoreOk(60, Duration.ofSeconds(60));
            writes = writer.stop();
        }
        long stored = writes.stream().filter(Write::ok).count();
        await("every reminder tried once while SMTP is down").atMost(Duration.ofSeconds(60))
                .until(() -> effects.mailsRetrying(scenario.initiativeIds, 1) == stored);
        // the second instance stalls (as in a long pause) while the first takes the backlog, then goes on
        system.pause("notification-service-2");
        try {
            system.mail.restart(Map.of("delay-ms", String.valueOf(SLOW_SMTP.toMillis())), Duration.ofSeconds(30));
            // a claim covers one mail: the first instance works through the backlog one send at a time
            await("the first instance works through the backlog").atMost(Duration.ofSeconds(90))
                    .until(() -> effects.mailsByStatus(scenario.initiativeIds).getOrDefault("SENT", 0L) >= stored / 4);
        } finally {
            system.resume("notification-service-2");
        }
        Duration settling = scenario.awaitSettled(SETTLE);
        // once both senders are gone no mail can still be on its way: the count is final
        system.stopService("notification-service");
        system.stopService("notification-service-2");
        Tally tally = scenario.count(writes, 0, settling, facts("instances", "2", "smtpDelay", SLOW_SMTP.toMillis() + "ms"));
        tallies.add(tally);
        expectNothingLostOrDoubled(tally).assertAll();
    }

    private static SoftAssertions expectNothingLostOrDoubled(Tally tally) {
        SoftAssertions soft = new SoftAssertions();
        soft.assertThat(tally.writesLost()).as(tally.scenario() + ": writes answered 2xx and lost").isZero();
        soft.assertThat(tally.eventsLost()).as(tally.scenario() + ": events lost or dead-lettered").isZero();
        soft.assertThat(tally.eventsAppliedTwice()).as(tally.scenario() + ": events applied twice").isZero();
        soft.assertThat(tally.mailsLost()).as(tally.scenario() + ": reminders never received").isZero();
        soft.assertThat(tally.mailsSentTwice()).as(tally.scenario() + ": reminders received twice").isZero();
        return soft;
    }

    private static Map<String, String> facts(String... keysAndValues) {
        Map<String, String> facts = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            facts.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return facts;
    }

    private static long sum(java.util.function.ToLongFunction<Tally> count) {
        return tallies.stream().mapToLong(count).sum();
    }

    private static String seconds(Duration duration) {
        return duration.toMillis() / 100 / 10.0 + "s";
    }
}
