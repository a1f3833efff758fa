package org.backboneplanner.notification.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.backboneplanner.events.BackboneRole;
import org.backboneplanner.events.EventPayload;
import org.backboneplanner.events.Topics;
import org.backboneplanner.events.worksheet.NextStepDetails;
import org.backboneplanner.events.worksheet.NextStepScheduled;
import org.backboneplanner.events.worksheet.NextStepStatus;
import org.backboneplanner.events.worksheet.StepOwner;
import org.backboneplanner.testsupport.EventPublisher;
import org.backboneplanner.testsupport.SampleEvents;
import org.backboneplanner.testsupport.ServiceIntegrationTest;
import org.backboneplanner.testsupport.TestServers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;

/** Next-step events become reminders in the owner's mailbox on a real SMTP server. */
@TestPropertySource(properties = "backbone.notification.poll-interval=300ms")
class ReminderFlowTest extends ServiceIntegrationTest {

    private static final ZoneId ZONE = ZoneId.of("America/Montreal");

    private final EventPublisher publisher = new EventPublisher(TestServers.kafka().bootstrapServers());
    private final String network = newNetwork();
    private final String initiative = UUID.randomUUID().toString();
    private final String email = "owner-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";

    @Autowired
    ReminderSchedule schedule;

    @AfterEach
    void tearDown() {
        publisher.close();
    }

    private void publish(long sequence, EventPayload payload) {
        publisher.publish(Topics.WORKSHEET, SampleEvents.envelope(network, initiative, sequence, payload));
    }

    private NextStepDetails step(String id, LocalDate due, NextStepStatus status, String language) {
        return SampleEvents.step(id, BackboneRole.RESOURCES, "Déposer la demande au fonds régional",
                new StepOwner("alice", null, "Alice Tremblay", email, language), due, status);
    }

    private List<MimeMessage> mailsTo(String address) {
        return Arrays.stream(TestServers.mail().received()).filter(m -> {
            try {
                for (Address to : m.getRecipients(Message.RecipientType.TO)) {
                    if (to.toString().equals(address)) {
                        return true;
                    }
                }
                return false;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    @Test
    void aStepDueTomorrowSendsItsOwnerAFrenchReminderRightAway() throws Exception {
        String stepId = UUID.randomUUID().toString();
        publish(1, new NextStepScheduled("Table 0-5 ans", step(stepId, LocalDate.now(ZONE).plusDays(1),
                NextStepStatus.TODO, "fr")));

        await().atMost(Duration.ofSeconds(20)).until(() -> mailsTo(email).size() == 1);

        MimeMessage mail = mailsTo(email).get(0);
        assertThat(mail.getSubject()).startsWith("Rappel : « Déposer la demande au fonds régional »");
        String body = com.icegreen.greenmail.util.GreenMailUtil.getBody(mail);
        assertThat(body).contains("Table 0-5 ans").contains("Mobiliser les ressources").contains("BEGIN:VCALENDAR");
        // the 7-day reminder is already past; on the day and the first overdue recall are still to come
        assertThat(schedule.ofStep(stepId)).extracting(Reminder::kind, Reminder::status).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(ReminderKind.BEFORE, ReminderStatus.SENT),
                org.assertj.core.groups.Tuple.tuple(ReminderKind.ON_THE_DAY, ReminderStatus.PENDING),
                org.assertj.core.groups.Tuple.tuple(ReminderKind.OVERDUE, ReminderStatus.PENDING));
    }

    @Test
    void anEnglishOwnerGetsAnEnglishReminder() throws Exception {
        publish(1, new NextStepScheduled("Early childhood table", step(UUID.randomUUID().toString(),
                LocalDate.now(ZONE).plusDays(1), NextStepStatus.TODO, "en")));

        await().atMost(Duration.ofSeconds(20)).until(() -> mailsTo(email).size() == 1);

        assertThat(mailsTo(email).get(0).getSubject()).startsWith("Reminder: \"Déposer la demande au fonds régional\" is due on");
    }

    @Test
    void markingAStepDoneCancelsItsPendingRemindersAndARedeliveryDoesNotBringThemBack() {
        String stepId = UUID.randomUUID().toString();
        LocalDate due = LocalDate.now(ZONE).plusDays(30);
        NextStepDetails planned = step(stepId, due, NextStepStatus.TODO, "fr");
        publish(1, new NextStepScheduled("Table", planned));
        await().atMost(Duration.ofSeconds(20)).until(() -> schedule.ofStep(stepId).size() == 4);

        publish(2, SampleEvents.updated("Table", step(stepId, due, NextStepStatus.DONE, "fr"), planned, "status"));
        await().atMost(Duration.ofSeconds(20)).until(() -> schedule.ofStep(stepId).isEmpty());

        publish(1, new NextStepScheduled("Table", planned)); // redelivered
        publish(3, new NextStepScheduled("Table", step(UUID.randomUUID().toString(), due, NextStepStatus.DONE, "fr")));
        await().pollDelay(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(schedule.ofStep(stepId)).isEmpty());
        assertThat(mailsTo(email)).isEmpty();
    }

    @Test
    void aNewDueDateReplansTheReminders() {
        String stepId = UUID.randomUUID().toString();
        publish(1, new NextStepScheduled("Table", step(stepId, LocalDate.now(ZONE).plusDays(30), NextStepStatus.TODO, "fr")));
        await().atMost(Duration.ofSeconds(20)).until(() -> schedule.ofStep(stepId).size() == 4);

        LocalDate later = LocalDate.now(ZONE).plusDays(60);
        publish(2, SampleEvents.updated("Table", step(stepId, later, NextStepStatus.TODO, "fr"), null, "dueDate"));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(schedule.ofStep(stepId))
                .hasSize(4).allSatisfy(r -> assertThat(r.dueDate()).isEqualTo(later)));
        assertThat(schedule.ofStep(stepId)).filteredOn(r -> r.kind() == ReminderKind.BEFORE)
                .extracting(r -> LocalDate.ofInstant(r.sendAt(), ZONE))
                .containsExactlyInAnyOrder(later.minusDays(7), later.minusDays(1));
    }
}
