package org.backboneplanner.notification.scale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.lang.management.MemoryMXBean;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import org.backboneplanner.events.BackboneRole;
import org.backboneplanner.events.EventEnvelope;
import org.backboneplanner.events.Topics;
import org.backboneplanner.events.worksheet.NextStepScheduled;
import org.backboneplanner.events.worksheet.NextStepStatus;
import org.backboneplanner.events.worksheet.StepOwner;
import org.backboneplanner.notification.NotificationTest;
import org.backboneplanner.notification.mail.MailStatus;
import org.backboneplanner.notification.reminder.ReminderPlanner;
import org.backboneplanner.notification.step.TrackedSteps;
import org.backboneplanner.testsupport.SampleEvents;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.test.context.TestPropertySource;

/**
 * Schedules many next steps (100,000 by default), then dispatches the reminders due now, and reports
 * how long it took and the heap while doing it. Not a pass/fail timing test: it prints figures.
 * Figures also go to target/bench/reminders.md and docs/performance.md.
 * Run: {@code bench/reminders.sh}, i.e. {@code ./mvnw -pl notification-service -am verify
 * -Dtest=ReminderDispatchBenchmark -Dexcluded.tags=none -Dsurefire.failIfNoSpecifiedTests=false}
 * ({@code -Dbenchmark.steps=..., -Dbenchmark.due=...} change the sizes).
 */
@Tag("benchmark")
@Import(ReminderDispatchBenchmark.Sink.class)
@TestPropertySource(properties = "backbone.notification.batch-size=${benchmark.batch-size:500}")
class ReminderDispatchBenchmark extends NotificationTest {

    private static final int STEPS = Integer.getInteger("benchmark.steps", 100_000);
    private static final int DUE = Integer.getInteger("benchmark.due", 5_000);
    /** Kafka's max.poll.records by default: the planner's batch on the direct path. */
    private static final int POLL = Integer.getInteger("benchmark.poll", 500);
    /** The steps are spread over this many initiatives of one network (each its own aggregate and key). */
    private static final int INITIATIVES = Integer.getInteger("benchmark.initiatives", 100);
    /**
     * {@code listener} (by default): events signed and published to the topic, planned by the service's own listener;
     * {@code direct}: the same steps handed to the planner a poll at a time, without Kafka.
     */
    private static final boolean LISTENER = !"direct".equals(System.getProperty("benchmark.path", "listener"));
    private static SmtpSink sink;

    @Autowired
    TrackedSteps steps;
    @Autowired
    ReminderPlanner planner;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    KafkaListenerEndpointRegistry listeners;
    @Value("${backbone.notification.senders:4}")
    int senders;
    @Value("${backbone.notification.marked-at-once:1}")
    int markedAtOnce;
    @Value("${backbone.notification.batch-size}")
    int batchSize;

    /** The mail goes to a sink that keeps nothing, so the heap measured is the sender's. */
    @TestConfiguration
    static class Sink {
        @Bean
        @Primary
        JavaMailSender sinkSender() throws Exception {
            sink = new SmtpSink();
            JavaMailSenderImpl sender = new JavaMailSenderImpl();
            sender.setHost("127.0.0.1");
            sender.setPort(sink.port());
            return sender;
        }
    }

    private String initiativeOf(int step) {
        return initiative + "-" + step % INITIATIVES;
    }

    /** Whether the listener applied every event: each initiative's mark at its last event's sequence. */
    private boolean allApplied(List<EventEnvelope> events) {
        Map<String, Long> last = new HashMap<>();
        events.forEach(event -> last.merge(event.aggregateId(), event.sequence(), Math::max));
        Query marks = Query.query(Criteria.where("_id").in(last.keySet()));
        return mongo.find(marks, org.bson.Document.class, "applied_events").stream()
                .filter(mark -> mark.get("sequence", Number.class).longValue() == last.get(mark.getString("_id")))
                .count() == last.size();
    }

    /** What the old generation held after its last collection: live data, not garbage waiting. */
    private static long liveAfterLastGc() {
        long live = 0;
        for (java.lang.management.MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            java.lang.management.MemoryUsage usage = pool.getCollectionUsage();
            if (pool.getType() == java.lang.management.MemoryType.HEAP && usage != null) {
                live += usage.getUsed();
            }
        }
        return live;
    }

    /** Into target/bench/reminders.md at the project's root, and docs/performance.md between its markers. */
    private static void writeFigures(String markdown) {
        try {
            Path root = Path.of(System.getProperty("backbone.root", "..")).toAbsolutePath().normalize();
            Path folder = Files.createDirectories(root.resolve("target/bench"));
            Files.writeString(folder.resolve("reminders.md"), markdown);
            Path note = root.resolve("docs/performance.md");
            if (Files.isRegularFile(note)) {
                String text = Files.readString(note);
                int from = text.indexOf("<!-- bench:reminders -->");
                int to = text.indexOf("<!-- /bench:reminders -->");
                if (from >= 0 && to > from) {
                    Files.writeString(note, text.substring(0, from) + "<!-- bench:reminders -->\n" + markdown
                            + text.substring(to));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void dispatchOfTheDueRemindersOfManyScheduledSteps() {
        String run = UUID.randomUUID().toString().substring(0, 6);
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneId.of("America/Montreal"));
        // the first DUE steps are due tomorrow: their one-day reminder is due now; the rest spread over a year
        List<EventEnvelope> events = new ArrayList<>(STEPS);
        for (int i = 0; i < STEPS; i++) {
            LocalDate due = i < DUE ? today.plusDays(1) : today.plusDays(10 + (i % 355));
            events.add(SampleEvents.envelope(network, initiativeOf(i), i / INITIATIVES + 1L, SampleEvents.scheduled("Bench",
                    SampleEvents.step("bench-" + run + "-" + i, BackboneRole.values()[i % 6], "Étape " + i,
                            new StepOwner(null, null, "Owner " + i, "owner" + i + "@bench.example", "fr"), due,
                            NextStepStatus.TODO))));
        }
        Duration publishing = Duration.ZERO;
        long planStart;
        if (LISTENER) {
            // the topic filled while the listener waits, then taken by it as it runs in the service: polls of
            // max.poll.records, each checked, planned in runs and marked applied
            List<MessageListenerContainer> containers = List.copyOf(listeners.getListenerContainers());
            containers.forEach(MessageListenerContainer::pause);
            await().atMost(Duration.ofSeconds(30)).until(() -> containers.stream().allMatch(MessageListenerContainer::isContainerPaused));
            long publishStart = System.nanoTime();
            publisher.publishAll(Topics.WORKSHEET, events);
            publishing = Duration.ofNanos(System.nanoTime() - publishStart);
            planStart = System.nanoTime();
            containers.forEach(MessageListenerContainer::resume);
            await().atMost(Duration.ofMinutes(30)).pollInterval(Duration.ofMillis(100)).until(() -> allApplied(events));
        } else {
            // planned a poll's worth at a time, straight through the planner, as the listener's runs call it
            planStart = System.nanoTime();
            List<TrackedSteps.Change> poll = new ArrayList<>();
            for (EventEnvelope event : events) {
                poll.add(new TrackedSteps.Change(event, "Bench", ((NextStepScheduled) event.payload()).step(), false));
                if (poll.size() == POLL) {
                    planner.replanAll(steps.changed(poll));
                    poll.clear();
                }
            }
            planner.replanAll(steps.changed(poll));
        }
        Duration planning = Duration.ofNanos(System.nanoTime() - planStart);
        events.clear(); // not the sender's: out of the heap measured below
        long scheduled = mongo.count(Query.query(Criteria.where("status").is(MailStatus.PENDING)), "mails");

        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long before = memory.getHeapMemoryUsage().getUsed();
        long liveBefore = liveAfterLastGc();
        AtomicLong peak = new AtomicLong(before);
        AtomicLong livePeak = new AtomicLong(liveBefore);
        // heap samples every 20 ms while dispatching
        java.util.concurrent.ScheduledExecutorService sampler = java.util.concurrent.Executors.newSingleThreadScheduledExecutor();
        sampler.scheduleAtFixedRate(() -> {
            peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
            livePeak.accumulateAndGet(liveAfterLastGc(), Math::max);
        }, 0, 20, java.util.concurrent.TimeUnit.MILLISECONDS);
        Instant start = Instant.now();
        int sent = dispatcher.dispatchDue();
        Duration dispatch = Duration.between(start, Instant.now());
        sampler.shutdownNow();
        System.gc();
        long after = memory.getHeapMemoryUsage().getUsed();

        String report = String.format(Locale.ROOT, """
                ---- reminder dispatch benchmark ----
                steps scheduled        %,d (%,d reminders pending, planned in %.1f s through the %s)
                reminders due now      %,d
                sent                   %,d in %.1f s (%.0f mails/s); SMTP sink counted %,d
                heap before dispatch   %,d MiB used, %,d MiB live after GC (this JVM also hosts the MongoDB server)
                heap in dispatch       %,d MiB peak used (garbage included), %,d MiB peak live after GC (+%,d MiB)
                heap after dispatch    %,d MiB used after a full GC
                max heap               %,d MiB
                -------------------------------------
                """, STEPS, scheduled, planning.toMillis() / 1000.0, LISTENER ? "listener" : "planner", DUE, sent, dispatch.toMillis() / 1000.0,
                sent / Math.max(dispatch.toMillis() / 1000.0, 0.001), sink.received(), before >> 20, liveBefore >> 20,
                peak.get() >> 20, livePeak.get() >> 20, (livePeak.get() - liveBefore) >> 20, after >> 20,
                memory.getHeapMemoryUsage().getMax() >> 20);
        System.out.println(report);
        writeFigures(String.format(Locale.ROOT, """
                Run %s, %d cores, Java %s, batch size %d, %d senders, marked sent %d at a time.

                | reminder benchmark | figure |
                |---|---:|
                | steps planned | %,d of %,d initiatives (%,d reminders pending) |
                | planning path | %s |
                | planning time | %.1f s (%.2f ms per step) |
                | due now, sent to a local SMTP sink | %,d in %.1f s: **%.0f mails/s** |
                | heap live after GC before dispatch | %,d MiB |
                | heap live after GC, peak during dispatch | %,d MiB (+%,d MiB) |
                | heap used after dispatch and a full GC | %,d MiB |
                """, Instant.now().toString().substring(0, 16), Runtime.getRuntime().availableProcessors(),
                Runtime.version(), batchSize, senders, markedAtOnce, STEPS, Math.min(INITIATIVES, STEPS), scheduled,
                LISTENER ? String.format(Locale.ROOT, "signed events on the topic (published in %.1f s), the service's listener",
                        publishing.toMillis() / 1000.0) : "the planner, " + POLL + " steps a call, no Kafka",
                planning.toMillis() / 1000.0,
                planning.toNanos() / 1e6 / STEPS, sent, dispatch.toMillis() / 1000.0,
                sent / Math.max(dispatch.toMillis() / 1000.0, 0.001), liveBefore >> 20, livePeak.get() >> 20,
                (livePeak.get() - liveBefore) >> 20, after >> 20));
        assertThat(sent).isEqualTo(DUE);
    }
}
