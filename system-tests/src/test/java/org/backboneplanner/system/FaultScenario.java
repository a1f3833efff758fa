package org.backboneplanner.system;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.backboneplanner.system.Effects.Coverage;
import org.backboneplanner.system.Effects.OnTopic;
import org.backboneplanner.system.StepWriter.Write;
import org.backboneplanner.testsupport.ApiClient;
import org.backboneplanner.testsupport.ApiClient.Response;

import tools.jackson.databind.JsonNode;

/**
 * One fault scenario's member, initiatives and writes, and how it counts what they became. Each
 * scenario has a member of its own (so a mailbox of its own) and initiatives of its own; every write
 * is a next step with a unique marker as its title (see {@link StepWriter}). After the fault, it waits
 * until the system settles (or a time limit passes) and counts:
 * <ul>
 * <li>writes lost: answered 2xx, yet not in the worksheet read back through the gateway;</li>
 * <li>events lost: a step of the final worksheet that debrief-service's projection lacks, plus every
 *     record that reached a dead-letter topic meanwhile;</li>
 * <li>events applied twice: the projection's count of applied events above the number of distinct
 *     events of the initiative on the topic (a redelivered event must not count again);</li>
 * <li>mails lost: a step of the final worksheet whose reminder never reached the owner's inbox
 *     (read over IMAP); mails sent twice: every further mail about the same step;</li>
 * <li>topic duplicates: an event the outbox relay published twice (a crash between the broker's
 *     acknowledgement and the outbox update): expected and absorbed by the consumers' sequence check.</li>
 * </ul>
 * A write answered with an error or not at all may still have been stored ("in doubt"): it then counts
 * like any step of the final worksheet.
 */
final class FaultScenario {

    private final FaultySystem system;
    private final Effects effects;
    final String name;
    final String prefix;
    final String address;
    final ApiClient member;
    final List<String> initiatives = new ArrayList<>();
    final List<String> initiativeIds = new ArrayList<>();
    private final long deadLetteredBefore;
    private Instant lastSaid = Instant.now();
    private long deliveredAgain;

    FaultScenario(FaultySystem system, Effects effects, String name, int initiativeCount) {
        this.system = system;
        this.effects = effects;
        this.name = name;
        this.prefix = name + UUID.randomUUID().toString().substring(0, 4);
        this.address = name + "@faults.example";
        this.member = new ApiClient(system.gatewayUrl(), system.token(name));
        for (int i = 0; i < initiativeCount; i++) {
            Response created = member.post("/api/networks/" + FaultySystem.NETWORK + "/initiatives",
                    Map.of("name", "Fautes " + name + " " + i));
            if (created.status() != 201) {
                throw new IllegalStateException("cannot open an initiative: " + created);
            }
            initiatives.add(created.header("Location"));
            initiativeIds.add(created.json().get("id").asString());
        }
        deadLetteredBefore = effects.deadLettered();
    }

    StepWriter writer(Duration pace, int threads) {
        return StepWriter.start(member, initiatives, prefix, pace, threads);
    }

    /** The next steps of this scenario in the worksheets as they are now: step id → marker. */
    Map<String, String> storedSteps() {
        Map<String, String> steps = new HashMap<>();
        for (String initiative : initiatives) {
            Response worksheet = member.get(initiative + "/worksheet");
            if (worksheet.status() != 200) {
                throw new IllegalStateException("cannot read " + initiative + ": " + worksheet);
            }
            for (JsonNode role : worksheet.json().get("roles")) {
                for (JsonNode step : role.get("nextSteps")) {
                    if (step.get("title").asString().startsWith(prefix)) {
                        steps.put(step.get("id").asString(), step.get("title").asString());
                    }
                }
            }
        }
        return steps;
    }

    /** Publishes every record of this scenario's initiatives once more (see {@link Effects#deliverAgain}). */
    int deliverAgain() {
        int records = effects.deliverAgain(initiativeIds);
        deliveredAgain += records;
        return records;
    }

    /** Waits until every stored write has reached the projection and the inbox, then counts. */
    Tally settle(List<Write> writes, Duration timeout, int crashWindowMailsAllowed, Map<String, String> facts) {
        Duration settling = awaitSettled(timeout);
        return count(writes, crashWindowMailsAllowed, settling, facts);
    }

    /**
     * Waits until every step now stored is in debrief-service's projection, the projection has applied
     * the last event of each initiative on the topic, each step's reminder is in the inbox and no mail
     * of these initiatives is due or being sent; or until {@code timeout}, leaving the rest to the counts.
     */
    Duration awaitSettled(Duration timeout) {
        Instant begin = Instant.now();
        Map<String, String> stored = storedSteps();
        try {
            Awaitility.await(name + ": every stored step in debrief-service and the inbox").atMost(timeout)
                    .pollInterval(1, TimeUnit.SECONDS).until(() -> settled(stored));
        } catch (ConditionTimeoutException notSettled) {
            // counted as lost: the counts say what is missing
        }
        return Duration.between(begin, Instant.now());
    }

    /** Counts what became of {@code writes} (see the class comment), prints it and returns it. */
    Tally count(List<Write> writes, int crashWindowMailsAllowed, Duration settling, Map<String, String> facts) {
        Map<String, String> stored = storedSteps();
        Map<String, OnTopic> topic = effects.worksheetTopic();
        Map<String, Integer> mails = effects.mailsReceived(address, prefix);
        Set<String> okIds = writes.stream().filter(Write::ok).map(Write::stepId).collect(Collectors.toSet());
        Set<String> storedTitles = Set.copyOf(stored.values());
        long deadLettered = effects.deadLettered() - deadLetteredBefore;
        long eventsLost = deadLettered;
        Map<String, String> allFacts = new java.util.LinkedHashMap<>(facts);
        allFacts.put("deadLettered", String.valueOf(deadLettered));
        long appliedTwice = 0;
        long topicDuplicates = 0;
        Set<String> projected = new HashSet<>();
        for (String id : initiativeIds) {
            Coverage coverage = effects.coverage(id);
            OnTopic onTopic = topic.getOrDefault(id, new OnTopic(0, 0, 0));
            projected.addAll(coverage.steps());
            appliedTwice += Math.max(0, coverage.changes() - onTopic.distinct());
            topicDuplicates += onTopic.duplicates();
        }
        topicDuplicates -= deliveredAgain; // published again on purpose, not by a crash
        eventsLost += stored.keySet().stream().filter(step -> !projected.contains(step)).count();
        long mailDuplicates = mails.values().stream().mapToLong(count -> Math.max(0, count - 1)).sum();
        long crashWindowMails = Math.min(mailDuplicates, crashWindowMailsAllowed);
        Tally tally = new Tally(name, writes.size(), okIds.size(),
                writes.stream().filter(w -> !w.ok() && storedTitles.contains(w.title())).count(),
                okIds.stream().filter(id -> !stored.containsKey(id)).count(),
                eventsLost, appliedTwice,
                storedTitles.stream().filter(title -> !mails.containsKey(title)).count(),
                mailDuplicates - crashWindowMails, topicDuplicates, crashWindowMails, settling, allFacts);
        System.out.println(tally.line());
        return tally;
    }

    private boolean settled(Map<String, String> stored) {
        Map<String, OnTopic> topic = effects.worksheetTopic();
        Set<String> projected = new HashSet<>();
        for (String id : initiativeIds) {
            Coverage coverage = effects.coverage(id);
            projected.addAll(coverage.steps());
            if (topic.get(id) == null || coverage.sequence() != topic.get(id).maxSequence()) {
                return unsettled("debrief-service applied " + id + " up to " + coverage.sequence() + " of "
                        + (topic.get(id) == null ? 0 : topic.get(id).maxSequence()) + " on the topic");
            }
        }
        if (!projected.containsAll(stored.keySet())) {
            return unsettled("debrief-service lacks " + stored.keySet().stream().filter(s -> !projected.contains(s)).count()
                    + " stored steps");
        }
        Map<String, Integer> mails = effects.mailsReceived(address, prefix);
        if (!mails.keySet().containsAll(stored.values())) {
            return unsettled(stored.values().stream().filter(t -> !mails.containsKey(t)).count() + " reminders not received, "
                    + "mails " + effects.mailsByStatus(initiativeIds));
        }
        long inFlight = effects.mailsInFlight(initiativeIds);
        return inFlight == 0 || unsettled(inFlight + " mails due or being sent");
    }

    /** Says, now and then, what the system is still doing: where a slow settling goes shows in the output. */
    private boolean unsettled(String why) {
        if (Duration.between(lastSaid, Instant.now()).toSeconds() >= 10) {
            System.out.println("FAULTS " + name + " settling: " + why);
            lastSaid = Instant.now();
        }
        return false;
    }

    /** What one scenario counted. */
    record Tally(String scenario, long writes, long writesOk, long inDoubtStored, long writesLost, long eventsLost,
                 long eventsAppliedTwice, long mailsLost, long mailsSentTwice, long topicDuplicates,
                 long crashWindowMails, Duration settling, Map<String, String> facts) {

        String line() {
            StringBuilder line = new StringBuilder("FAULTS scenario=").append(scenario)
                    .append(" writes=").append(writes).append(" ok=").append(writesOk)
                    .append(" inDoubtStored=").append(inDoubtStored)
                    .append(" writesLost=").append(writesLost).append(" eventsLost=").append(eventsLost)
                    .append(" eventsAppliedTwice=").append(eventsAppliedTwice).append(" mailsLost=").append(mailsLost)
                    .append(" mailsSentTwice=").append(mailsSentTwice)
                    .append(" topicDuplicates=").append(topicDuplicates)
                    .append(" crashWindowMails=").append(crashWindowMails)
                    .append(" settledIn=").append(settling.toMillis() / 100 / 10.0).append('s');
            facts.forEach((key, value) -> line.append(' ').append(key).append('=').append(value));
            return line.toString();
        }
    }
}
