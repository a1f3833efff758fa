package org.backboneplanner.notification.invitation;

import java.time.Clock;
import java.util.Map;

import org.backboneplanner.events.EventEnvelope;
import org.backboneplanner.events.worksheet.MemberInvited;
import org.backboneplanner.notification.NotificationProperties;
import org.backboneplanner.notification.mail.Mail;
import org.backboneplanner.notification.mail.MailQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Invitation mails: one per invitation, within the address's quota ({@link InvitationQuota}); one over it
 * is kept as SKIPPED with the reason, so the network's mail log shows it. Pause and unsubscribe apply at
 * sending, as for every mail.
 */
@Component
public class Invitations {

    private static final Logger log = LoggerFactory.getLogger(Invitations.class);

    private final InvitationQuota quota;
    private final MailQueue queue;
    private final NotificationProperties properties;
    private final Clock clock;

    Invitations(InvitationQuota quota, MailQueue queue, NotificationProperties properties, Clock clock) {
        this.quota = quota;
        this.queue = queue;
        this.properties = properties;
        this.clock = clock;
    }

    public void plan(EventEnvelope event, MemberInvited invited) {
        Mail mail = Mail.invitation("invitation|" + event.id(),
                Mail.About.initiative(event.networkId(), event.initiativeId(), invited.initiativeName()),
                new Mail.To(invited.email(), invited.name(), invited.language()),
                Map.of("invitedBy", invited.invitedByName() == null ? "" : invited.invitedByName(), "role",
                        invited.role().name()), clock.instant());
        if (!quota.grant(invited.email(), mail.id(), clock.instant())) {
            log.warn("Invitation {} to {} not mailed: over {} invitations in {}", mail.id(), invited.email(),
                    properties.invitationsPerAddress(), properties.invitationWindow());
            mail = mail.skipped("over the limit of " + properties.invitationsPerAddress() + " invitations per address in "
                    + properties.invitationWindow().toDays() + " days");
        }
        queue.add(mail);
    }
}
