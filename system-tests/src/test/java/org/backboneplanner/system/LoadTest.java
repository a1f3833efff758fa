package org.backboneplanner.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.assertj.core.api.SoftAssertions;
import org.backboneplanner.system.WriteChains.Applied;
import org.backboneplanner.testsupport.ApiClient;
import org.backboneplanner.testsupport.ApiClient.Response;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/**
 * Load held: ten members (five with alice's real Keycloak token, five with bob's) edit ONE initiative
 * through the gateway for a minute: its rows' strengths, their sharing (step 2), new next steps and
 * next steps' titles, each write with the {@code If-Match} of what its writer just read. Every write
 * must be applied (2xx) or refused as stale (412), or as busy (409) once the service's retries are
 * spent; none may answer 5xx, and no applied write may be lost ({@link WriteChains}). Latencies are
 * printed, never asserted.
 */
class LoadTest {

    private static final int MEMBERS = 10;
    private static final Duration DURATION = Duration.ofMinutes(1);
    private static final int MOST_STEPS = 30;
    private static RunningSystem system;

    @BeforeAll
    static void start() {
        system = RunningSystem.shared();
    }

    @Test
    void tenMembersEditingOneInitiativeForAMinuteLoseNoWriteAndMeetNo5xx() throws InterruptedException {
        ApiClient alice = new ApiClient(system.gatewayUrl(), system.token("alice"));
        ApiClient bob = new ApiClient(system.gatewayUrl(), system.token("bob"));
        String initiative = alice.post("/api/networks/monteregie/initiatives", Map.of("name", "Charge tenue")).header("Location");
        assertThat(alice.post(initiative + "/members", Map.of("email", "bob@partenaires.example", "name", "Bob Gagnon",
                "role", "PARTNER")).status()).isEqualTo(201);
        assertThat(bob.get(initiative).json().get("myRole").asString()).isEqualTo("PARTNER");
        Session session = new Session(initiative);
        for (JsonNode row : alice.get(initiative + "/worksheet").json().get("roles")) {
            session.chains.begins(row.get("key").asString(), row.get("etag").asString());
        }

        Instant end = Instant.now().plus(DURATION);
        List<Thread> members = new ArrayList<>();
        for (int i = 0; i < MEMBERS; i++) {
            ApiClient member = i % 2 == 0 ? alice : bob;
            int seed = i;
            Thread thread = new Thread(() -> session.edit(member, new Random(seed), "m" + seed, end), "member-" + i);
            members.add(thread);
            thread.start();
        }
        for (Thread member : members) {
            member.join();
        }

        List<String> problems = new ArrayList<>();
        long lost = session.lost(alice.get(initiative + "/worksheet").json(), problems);
        List<Long> latencies = new ArrayList<>(session.latencies);
        Collections.sort(latencies);
        System.out.println("LOAD members=" + MEMBERS + " seconds=" + DURATION.toSeconds() + " writes=" + session.writes
                + " applied=" + session.applied + " stale412=" + session.stale + " busy409=" + session.busy
                + " 5xx=" + session.serverErrors + " other=" + session.other + " lost=" + lost
                + " p50=" + percentile(latencies, 50) + "ms p95=" + percentile(latencies, 95) + "ms");
        problems.stream().limit(20).forEach(problem -> System.out.println("LOAD lost: " + problem));
        for (String problem : problems.stream().limit(5).toList()) {
            // what the worksheet's history says of the part: stored then overwritten, or never stored
            String part = problem.substring(0, problem.indexOf(':'));
            String query = part.contains("-") ? "stepId=" + part : "role=" + part;
            System.out.println("LOAD history of " + part + ": "
                    + alice.get(initiative + "/worksheet/history?size=5&" + query).body());
        }
        session.otherAnswers.stream().limit(10).forEach(answer -> System.out.println("LOAD other answer: " + answer));

        SoftAssertions soft = new SoftAssertions();
        soft.assertThat(session.serverErrors.get()).as("writes answered 5xx").isZero();
        soft.assertThat(session.other.get()).as("writes neither applied nor refused as stale or busy").isZero();
        soft.assertThat(lost).as("applied writes lost: " + problems).isZero();
        soft.assertThat(session.applied.get()).as("writes applied").isPositive();
        soft.assertThat(session.applied.get() + session.stale.get() + session.busy.get()).as("writes applied or refused")
                .isEqualTo(session.writes.get());
        soft.assertAll();
    }

    /** What the members share: the initiative, the steps created so far, and every answer. */
    private static final class Session {
        final String initiative;
        final WriteChains chains = new WriteChains();
        final AtomicInteger stepsCreated = new AtomicInteger();
        final AtomicLong writes = new AtomicLong();
        final AtomicLong applied = new AtomicLong();
        final AtomicLong stale = new AtomicLong();
        final AtomicLong busy = new AtomicLong();
        final AtomicLong serverErrors = new AtomicLong();
        final AtomicLong other = new AtomicLong();
        final List<Long> latencies = new CopyOnWriteArrayList<>();
        final List<String> otherAnswers = new CopyOnWriteArrayList<>();

        Session(String initiative) {
            this.initiative = initiative;
        }

        /** One member's minute: read a part, write it with what was read, again and again. */
        void edit(ApiClient member, Random random, String who, Instant end) {
            int n = 0;
            while (Instant.now().isBefore(end)) {
                try {
                    editOnce(member, random, who + "-" + (++n));
                } catch (IllegalStateException noAnswer) {
                    other.incrementAndGet();
                    otherAnswers.add("no answer: " + noAnswer.getMessage());
                }
            }
        }

        /** Reads one row, then writes it, its sharing, a new step under it, or one of its steps. */
        private void editOnce(ApiClient member, Random random, String marker) {
            String role = StepWriter.ROLES[random.nextInt(StepWriter.ROLES.length)];
            String rowPath = initiative + "/worksheet/roles/" + role;
            Response row = member.get(rowPath);
            if (row.status() != 200) {
                record(row, 0);
                return;
            }
            String etag = row.header("ETag");
            int pick = random.nextInt(100);
            if (pick < 40) {
                write(member, "PATCH", rowPath, Map.of("strengths", List.of(marker)), etag, role, "strengths", marker);
            } else if (pick < 60) {
                write(member, "PUT", rowPath + "/sharing", Map.of("shared", true, "tasks",
                        List.of(Map.of("task", marker, "partnerIds", List.of()))), etag, role, "sharing", marker);
            } else if (pick < 75 && stepsCreated.getAndIncrement() < MOST_STEPS) {
                plan(member, rowPath, marker);
            } else {
                JsonNode steps = row.json().get("nextSteps");
                if (steps.isEmpty()) {
                    return;
                }
                JsonNode step = steps.get(random.nextInt(steps.size()));
                write(member, "PATCH", rowPath + "/next-steps/" + step.get("id").asString(), Map.of("title", marker),
                        step.get("etag").asString(), step.get("id").asString(), "title", marker);
            }
        }

        private void plan(ApiClient member, String rowPath, String marker) {
            long begin = System.nanoTime();
            Response created = member.post(rowPath + "/next-steps", Map.of("title", marker, "owner", Map.of(),
                    "dueDate", LocalDate.now().plusMonths(6).toString()));
            record(created, System.nanoTime() - begin);
            if (created.status() == 201) {
                String id = created.json().get("id").asString();
                chains.begins(id, created.header("ETag"));
            }
        }

        private void write(ApiClient member, String method, String path, Object body, String ifMatch, String part,
                           String field, String marker) {
            long begin = System.nanoTime();
            Response answer = member.send(method, path, body, Map.of("If-Match", ifMatch));
            record(answer, System.nanoTime() - begin);
            if (answer.status() >= 200 && answer.status() < 300) {
                chains.applied(new Applied(part, field, ifMatch, answer.header("ETag"), marker));
            }
        }

        private void record(Response answer, long nanos) {
            int status = answer.status();
            if (nanos > 0) {
                writes.incrementAndGet();
                latencies.add(nanos / 1_000_000);
                if (status >= 200 && status < 300) {
                    applied.incrementAndGet();
                }
            }
            if (status >= 500) {
                serverErrors.incrementAndGet();
                otherAnswers.add(answer.toString());
            } else if (status == 412) {
                stale.incrementAndGet();
            } else if (status == 409) {
                busy.incrementAndGet();
            } else if (status < 200 || status >= 300) {
                other.incrementAndGet();
                otherAnswers.add(answer.toString());
            }
        }

        /** Lost writes, against the worksheet read at the end. */
        long lost(JsonNode worksheet, List<String> problems) {
            Map<String, String> versions = new HashMap<>();
            Map<String, String> values = new HashMap<>();
            for (JsonNode row : worksheet.get("roles")) {
                String role = row.get("key").asString();
                versions.put(role, row.get("etag").asString());
                if (!row.get("strengths").isEmpty()) {
                    values.put(role + "/strengths", row.get("strengths").get(0).asString());
                }
                JsonNode tasks = row.get("sharing").get("tasks");
                if (!tasks.isEmpty()) {
                    values.put(role + "/sharing", tasks.get(0).get("task").asString());
                }
                for (JsonNode step : row.get("nextSteps")) {
                    versions.put(step.get("id").asString(), step.get("etag").asString());
                    values.put(step.get("id").asString() + "/title", step.get("title").asString());
                }
            }
            return chains.lost(versions, values, problems);
        }
    }

    private static long percentile(List<Long> sorted, int percent) {
        if (sorted.isEmpty()) {
            return 0;
        }
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(percent / 100.0 * sorted.size()) - 1));
    }
}
