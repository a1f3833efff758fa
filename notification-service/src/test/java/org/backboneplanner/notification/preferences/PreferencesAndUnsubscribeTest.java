package org.backboneplanner.notification.preferences;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.backboneplanner.events.BackboneRole;
import org.backboneplanner.events.worksheet.NextStepStatus;
import org.backboneplanner.events.worksheet.StepOwner;
import org.backboneplanner.notification.NotificationTest;
import org.backboneplanner.notification.mail.Mail;
import org.backboneplanner.notification.mail.MailStatus;
import org.backboneplanner.testsupport.ApiClient;
import org.backboneplanner.testsupport.ApiClient.Response;
import org.backboneplanner.testsupport.SampleEvents;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class PreferencesAndUnsubscribeTest extends NotificationTest {

    @Autowired
    UnsubscribeLinks links;

    private ApiClient me() {
        return api(tokens().of("owner").networks(List.of(network)).email(email).locale("fr").sign());
    }

    private String schedule(LocalDate due) {
        String stepId = UUID.randomUUID().toString();
        publish(SampleEvents.scheduled("Table", SampleEvents.step(stepId, BackboneRole.POLICY, "Rencontrer la MRC",
                new StepOwner("owner", null, "Owner", email, "fr"), due, NextStepStatus.TODO)));
        return stepId;
    }

    @Test
    void preferencesHaveDefaultsAndNewOffsetsReplanPendingReminders() {
        Response defaults = me().get("/api/me/notification-preferences");
        assertThat(defaults.json().get("offsetsDays").valueStream().map(n -> n.asInt())).containsExactly(7, 1, 0);
        assertThat(defaults.json().get("digest").asBoolean()).isFalse();
        assertThat(defaults.json().get("language").asString()).isEqualTo("fr");
        String stepId = schedule(LocalDate.of(2026, 12, 20));
        await().atMost(Duration.ofSeconds(20)).until(() -> queue.ofStep(stepId).size() == 1);
        assertThat(queue.ofStep(stepId)).extracting(Mail::daysBefore).containsExactly(7);

        Response saved = me().put("/api/me/notification-preferences", Map.of("offsetsDays", List.of(3, 14),
                "digest", true, "language", "en", "paused", false));

        assertThat(saved.status()).isEqualTo(200);
        assertThat(saved.json().get("offsetsDays").valueStream().map(n -> n.asInt())).containsExactly(14, 3);
        // only the next reminder waits: the earliest of the new offsets
        assertThat(queue.ofStep(stepId)).extracting(Mail::daysBefore).containsExactly(14);
        assertThat(queue.ofStep(stepId)).allSatisfy(m -> assertThat(m.language()).isEqualTo("en"));
        assertThat(me().put("/api/me/notification-preferences", Map.of("offsetsDays", List.of(-1), "language", "de"))
                .status()).isEqualTo(400);
        Response kept = me().get("/api/me/notification-preferences");
        assertThat(kept.json().get("offsetsDays").valueStream().map(n -> n.asInt())).containsExactly(14, 3);
        assertThat(kept.json().get("language").asString()).isEqualTo("en");
    }

    @Test
    void atMostFiveOffsetsOfZeroToSixtyDays() {
        for (List<Integer> refused : List.of(List.of(0, 1, 2, 3, 4, 5), List.of(61), List.of(-1), List.of(400000))) {
            Response answer = me().put("/api/me/notification-preferences", Map.of("offsetsDays", refused,
                    "language", "fr"));
            assertThat(answer.status()).as(refused.toString()).isEqualTo(400);
            assertThat(answer.json().get("errors").get(0).get("field").asString()).startsWith("offsetsDays");
            assertThat(me().get("/api/me/notification-preferences").json().get("offsetsDays").valueStream()
                    .map(n -> n.asInt())).containsExactly(7, 1, 0);
        }
        assertThat(me().put("/api/me/notification-preferences", Map.of("offsetsDays", List.of(60, 30, 14, 7, 0),
                "language", "fr")).status()).isEqualTo(200);
    }

    @Test
    void theOneClickLinkUnsubscribesWithoutLoginAndLaterRemindersAreSkipped() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String link = "http://127.0.0.1:" + port + "/api/unsubscribe?token=" + links.token(email);

        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(link)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains(email).contains("<form method=\"post\"");
        assertThat(me().get("/api/me/notification-preferences").json().get("unsubscribed").asBoolean()).isFalse();

        HttpResponse<String> oneClick = http.send(HttpRequest.newBuilder(URI.create(link))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(oneClick.statusCode()).isEqualTo(200);
        assertThat(me().get("/api/me/notification-preferences").json().get("unsubscribed").asBoolean()).isTrue();
        String stepId = schedule(LocalDate.of(2026, 12, 2));
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            dispatcher.dispatchDue();
            return queue.ofStep(stepId).stream().anyMatch(m -> m.status() == MailStatus.SKIPPED);
        });
        assertThat(mailsTo(email)).isEmpty();
    }

    @Test
    void aTamperedOrMissingTokenUnsubscribesNobody() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String forged = links.token("someone-else@example.org").split("\\.")[0] + "." + links.token(email).split("\\.")[1];

        for (String token : List.of(forged, "nonsense", "")) {
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                    + "/api/unsubscribe?token=" + token)).POST(HttpRequest.BodyPublishers.noBody()).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).isEqualTo(404);
        }
    }
}
