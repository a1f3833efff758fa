package org.backboneplanner.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.backboneplanner.testsupport.ApiClient;
import org.backboneplanner.testsupport.ApiClient.Response;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.icegreen.greenmail.util.GreenMailUtil;

import jakarta.mail.internet.MimeMessage;
import tools.jackson.databind.JsonNode;

/**
 * The thin slice through all five services, each in its own JVM, with alice's real Keycloak token:
 * worksheet-service's events reach debrief-service's coverage and notification-service's mail.
 */
class SliceAcrossServicesTest {

    private static RunningSystem system;

    @BeforeAll
    static void start() {
        system = RunningSystem.shared();
    }

    @Test
    void aPlannedNextStepReachesTheDebriefAndTheOwnersMailbox() throws Exception {
        String network = "monteregie";
        ApiClient alice = new ApiClient(system.gatewayUrl(), system.token("alice"));
        String title = "Choisir trois indicateurs communs " + UUID.randomUUID().toString().substring(0, 6);

        // 1. an initiative, with its six-role worksheet
        Response initiative = alice.post("/api/networks/" + network + "/initiatives",
                Map.of("name", "Petite enfance Haut-Richelieu"));
        assertThat(initiative.status()).isEqualTo(201);
        String base = "/api/networks/" + network + "/initiatives/" + initiative.json().get("id").asString();

        // 2. a partner of the directory carries a role, once worksheet-service has heard of it
        Response partner = alice.post("/api/networks/" + network + "/partners",
                Map.of("name", "CISSS de la Montérégie-Centre " + UUID.randomUUID(), "kind", "HEALTH_INSTITUTION"));
        assertThat(partner.status()).isEqualTo(201);
        String role = base + "/worksheet/roles/SHARED_MEASUREMENT";
        await().atMost(Duration.ofSeconds(30)).until(() -> alice.patch(role,
                Map.of("carriers", List.of(Map.of("kind", "PARTNER", "partnerId", partner.json().get("id").asString()))),
                Map.of("If-Match", alice.get(role).header("ETag"))).status() == 200);

        // 3. a next step owned by alice, due tomorrow
        Response step = alice.post(role + "/next-steps", Map.of("title", title, "owner", Map.of(),
                "dueDate", LocalDate.now(ZoneId.of("America/Montreal")).plusDays(1).toString()));
        assertThat(step.status()).isEqualTo(201);

        // 5. debrief-service's coverage
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            Response debrief = alice.get(base + "/debrief");
            return debrief.status() == 200 && debrief.json().get("openNextSteps").asLong() == 1;
        });
        JsonNode debrief = alice.get(base + "/debrief").json();
        assertThat(debrief.get("coveredRoles").asInt()).isEqualTo(1);
        assertThat(debrief.get("roles").get(1).get("key").asString()).isEqualTo("SHARED_MEASUREMENT");
        assertThat(debrief.get("roles").get(1).get("partners").asLong()).isEqualTo(1);

        // 6. notification-service's reminder, in French, within a minute, read by alice over IMAP
        await().atMost(Duration.ofSeconds(60)).until(() -> inbox("alice@monteregie.example").stream()
                .anyMatch(subject -> subject.contains(title)));
        MimeMessage mail = mailsAbout(title).get(0);
        assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("alice@monteregie.example");
        // the step is due tomorrow, or today once Montréal's midnight passed between the step and its reminder
        assertThat(mail.getSubject()).matches("(Rappel|Aujourd'hui) : « .* ».*");
        assertThat(GreenMailUtil.getBody(mail)).contains("Petite enfance Haut-Richelieu");
    }

    /** The subjects in a mailbox, read over IMAP as a person's mail client would (login = the address). */
    private static List<String> inbox(String address) throws Exception {
        java.util.Properties properties = new java.util.Properties();
        jakarta.mail.Session session = jakarta.mail.Session.getInstance(properties);
        try (jakarta.mail.Store store = session.getStore("imap")) {
            try {
                store.connect("127.0.0.1", system.mail.imapPort(), address, address);
            } catch (jakarta.mail.AuthenticationFailedException noMailYet) {
                return List.of(); // the mail server opens a mailbox with its first mail
            }
            jakarta.mail.Folder inbox = store.getFolder("INBOX");
            inbox.open(jakarta.mail.Folder.READ_ONLY);
            List<String> subjects = new java.util.ArrayList<>();
            for (jakarta.mail.Message message : inbox.getMessages()) {
                subjects.add(message.getSubject());
            }
            inbox.close(false);
            return subjects;
        }
    }

    private static List<MimeMessage> mailsAbout(String title) {
        return Arrays.stream(system.mail.received()).filter(m -> {
            try {
                return m.getSubject().contains(title);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }
}
