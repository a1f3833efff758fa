package org.backboneplanner.notification.invitation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.backboneplanner.events.worksheet.InitiativeRole;
import org.backboneplanner.events.worksheet.MemberInvited;
import org.backboneplanner.notification.NotificationTest;
import org.backboneplanner.notification.mail.Mail;
import org.backboneplanner.notification.mail.MailKind;
import org.backboneplanner.notification.mail.MailStatus;
import org.backboneplanner.notification.preferences.PreferencesStore;
import org.backboneplanner.testsupport.ApiClient.Response;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;

/**
 * Invitations are mail like any other (issue 9, defect 4): they respect an unsubscribe and a pause, and
 * one address receives at most three a week, whoever invites it to whatever initiative.
 */
class InvitationLimitsTest extends NotificationTest {

    @Autowired
    PreferencesStore preferences;

    private final String invitee = newAddress("invitee");

    private void inviteToANewInitiative(String name) {
        publishIn(UUID.randomUUID().toString(), 1, new MemberInvited(invitee, "Ina", InitiativeRole.PARTNER, "fr", name,
                "Alice Tremblay"));
    }

    private List<Mail> invitations() {
        return queue.log(network, null, 0, 50).items().stream()
                .filter(m -> m.kind() == MailKind.INVITATION && m.recipient().equals(invitee)).toList();
    }

    @Test
    void oneAddressGetsAtMostThreeInvitationMailsInSevenDaysAllInitiativesTogether() {
        for (int i = 1; i <= 4; i++) {
            inviteToANewInitiative("Table " + i);
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> invitations().size() == 4);
        dispatcher.dispatchDue();

        assertThat(mailsTo(invitee)).hasSize(3);
        Response log = api(tokens().of("carol").networks(List.of(network)).adminOf(List.of(network)).sign())
                .get("/api/networks/" + network + "/mail-log?status=SKIPPED");
        List<JsonNode> skipped = log.json().get("items").valueStream()
                .filter(m -> m.get("recipient").asString().equals(invitee)).toList();
        assertThat(skipped).hasSize(1);
        assertThat(skipped.get(0).get("lastError").asString()).contains("3 invitations per address in 7 days");

        // a week after the first, there is room again
        clock.advance(Duration.ofDays(7).plusMinutes(1));
        inviteToANewInitiative("Table 5");
        await().atMost(Duration.ofSeconds(20)).until(() -> invitations().size() == 5);
        dispatcher.dispatchDue();
        assertThat(mailsTo(invitee)).hasSize(4);
    }

    @Test
    void anAddressThatUnsubscribedGetsNoInvitation() {
        preferences.unsubscribe(invitee);
        inviteToANewInitiative("Table");

        await().atMost(Duration.ofSeconds(20)).until(() -> {
            dispatcher.dispatchDue();
            return invitations().stream().anyMatch(m -> m.status() == MailStatus.SKIPPED);
        });
        assertThat(mailsTo(invitee)).isEmpty();
    }

    @Test
    void aPausedAddressGetsNoInvitation() {
        assertThat(api(tokens().of("ina").networks(List.of(network)).email(invitee).sign())
                .put("/api/me/notification-preferences", Map.of("offsetsDays", List.of(7), "language", "fr",
                        "paused", true)).status()).isEqualTo(200);
        inviteToANewInitiative("Table");

        await().atMost(Duration.ofSeconds(20)).until(() -> {
            dispatcher.dispatchDue();
            return invitations().stream().anyMatch(m -> m.status() == MailStatus.SKIPPED);
        });
        assertThat(mailsTo(invitee)).isEmpty();
    }
}
