package org.backboneplanner.notification.step;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.backboneplanner.events.BackboneRole;
import org.backboneplanner.events.worksheet.InitiativeRole;
import org.backboneplanner.events.worksheet.MemberJoined;
import org.backboneplanner.events.worksheet.MemberRoleChanged;
import org.backboneplanner.events.worksheet.NextStepDetails;
import org.backboneplanner.events.worksheet.NextStepRemoved;
import org.backboneplanner.events.worksheet.NextStepRestored;
import org.backboneplanner.events.worksheet.NextStepStatus;
import org.backboneplanner.events.worksheet.StepOwner;
import org.backboneplanner.notification.NotificationTest;
import org.backboneplanner.notification.mail.MailStatus;
import org.backboneplanner.support.consumption.ProjectionRebuild;
import org.backboneplanner.testsupport.SampleEvents;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * The steps this service follows, rebuilt from the worksheet topic (the documented rebuild: projections dropped, the
 * consumer group read again from the beginning, whole polls at once), equal the ones built live, event by event:
 * titles, owners, departures, removals and the reminders each step keeps pending.
 */
class StepsRebuildTest extends NotificationTest {

    private static final LocalDate DUE = LocalDate.of(2026, 12, 20);

    @Autowired
    ProjectionRebuild rebuild;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    TrackedSteps steps;

    private final String memberId = "member-" + UUID.randomUUID();

    private NextStepDetails step(String id, String title, StepOwner owner) {
        return SampleEvents.step(id, BackboneRole.POLICY, title, owner, DUE, NextStepStatus.TODO);
    }

    /** This initiative's steps as stored, by id, without the revision (a new random one at each write). */
    private Map<String, Document> followed() {
        Map<String, Document> byId = new TreeMap<>();
        mongo.find(Query.query(Criteria.where("initiativeId").is(initiative)), Document.class, "tracked_steps")
                .forEach(step -> {
                    step.remove("revision");
                    byId.put(step.getString("_id"), step);
                });
        return byId;
    }

    private long pendingMails() {
        return mongo.count(Query.query(Criteria.where("initiativeId").is(initiative).and("status").is(MailStatus.PENDING)),
                "mails");
    }

    @Test
    void theStepsRebuiltFromTheTopicEqualTheLiveOnes() {
        StepOwner leaving = new StepOwner(memberId, null, "Ève", email, "fr");
        StepOwner staying = new StepOwner("colleague", null, "Colin", newAddress("colleague"), "fr");
        List<String> ids = List.of("a-" + UUID.randomUUID(), "b-" + UUID.randomUUID(), "c-" + UUID.randomUUID());
        publish(SampleEvents.scheduled("Table", step(ids.get(0), "Rencontrer la MRC", staying)));
        publish(SampleEvents.scheduled("Table", step(ids.get(1), "Étape d'Ève", leaving)));
        publish(SampleEvents.scheduled("Table", step(ids.get(2), "Retirée puis remise", staying)));
        publish(SampleEvents.updated("Table", step(ids.get(0), "Rencontrer la MRC en janvier", staying),
                step(ids.get(0), "Rencontrer la MRC", staying), "title"));
        publish(new NextStepRemoved("Table", step(ids.get(2), "Retirée puis remise", staying)));
        publish(new MemberRoleChanged(memberId, email, InitiativeRole.PARTNER, null));
        publish(new NextStepRestored("Table", step(ids.get(2), "Retirée puis remise", staying)));
        publish(new MemberJoined(memberId, email, "Ève", InitiativeRole.PARTNER));
        publish(new MemberRoleChanged(memberId, email, InitiativeRole.PARTNER, null));
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            TrackedStep b = steps.get(ids.get(1));
            return b != null && b.ownerLeft() && b.sequence() == 2 && steps.get(ids.get(2)) != null
                    && !steps.get(ids.get(2)).removed() && "Rencontrer la MRC en janvier".equals(steps.get(ids.get(0)).title())
                    && mongo.findById(initiative, Document.class, "applied_events").get("sequence", Number.class).longValue() == 9;
        });
        Map<String, Document> live = followed();
        long pendingLive = pendingMails();
        assertThat(live).hasSize(3);
        assertThat(pendingLive).as("a and c keep their next reminder; Ève's step none").isEqualTo(2);

        rebuild.rebuildNow();

        await().atMost(Duration.ofSeconds(60)).until(() -> {
            Document mark = mongo.findById(initiative, Document.class, "applied_events");
            return mark != null && mark.get("sequence", Number.class).longValue() == 9;
        });
        assertThat(followed()).isEqualTo(live);
        assertThat(pendingMails()).isEqualTo(pendingLive);
    }
}
