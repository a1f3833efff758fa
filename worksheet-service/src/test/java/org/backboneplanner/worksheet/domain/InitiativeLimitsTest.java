package org.backboneplanner.worksheet.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

import org.backboneplanner.events.BackboneRole;
import org.backboneplanner.events.Limits;
import org.backboneplanner.events.worksheet.Carrier;
import org.backboneplanner.events.worksheet.CarrierKind;
import org.backboneplanner.events.worksheet.InitiativeRole;
import org.backboneplanner.events.worksheet.Maturity;
import org.backboneplanner.events.worksheet.PlanKind;
import org.backboneplanner.events.worksheet.PoolingIntentionsUpdated.Intention;
import org.backboneplanner.events.worksheet.RoleSharingUpdated.SharedTask;
import org.backboneplanner.events.worksheet.StepOwner;
import org.backboneplanner.events.worksheet.Visibility;
import org.backboneplanner.support.problem.ConflictException;
import org.backboneplanner.support.security.Member;
import org.backboneplanner.support.security.NetworkRole;
import org.bson.BsonBinaryWriter;
import org.bson.Document;
import org.bson.codecs.EncoderContext;
import org.bson.io.BasicOutputBuffer;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.convert.MappingMongoConverter;
import org.springframework.data.mongodb.core.convert.MongoCustomConversions;
import org.springframework.data.mongodb.core.convert.NoOpDbRefResolver;
import org.springframework.data.mongodb.core.mapping.MongoMappingContext;

import com.mongodb.MongoClientSettings;

/**
 * An initiative filled to every limit the API allows, every text at its longest in three-byte
 * characters, still fits well inside MongoDB's 16 MB document, and a member can still be removed.
 * Before the limits, steps, invitations and adopted versions (whole copies of the worksheet) grew the
 * document until every write failed.
 */
class InitiativeLimitsTest {

    private static final Instant START = Instant.parse("2027-01-04T15:00:00Z");
    private static final Member ALICE = new Member("alice", "alice", "Alice", "alice@example.org", "fr",
            Map.of("net", NetworkRole.MEMBER));

    @Test
    void anInitiativeFullToEveryLimitStaysUnderHalfOfMongoDbsDocumentLimit() {
        Initiative initiative = Initiative.open(UUID.randomUUID().toString(), "net", new InitiativeDetails(text(Limits.NAME),
                text(Limits.TEXT), Maturity.MATURE, 2027, 2047, List.of("fr", "en"), Visibility.MEMBERS), ALICE, START);
        Instant now = START;
        for (int i = 1; i < Limits.MEMBERS; i++) {
            now = now.plusSeconds(5_000); // under the day's invitation quota
            initiative.invite("m" + i + "-" + "a".repeat(Limits.EMAIL - 30) + "@example.org", text(Limits.NAME),
                    InitiativeRole.PARTNER, "fr", ALICE, now);
        }
        for (BackboneRole role : BackboneRole.values()) {
            var row = initiative.role(role);
            row.update(list(Limits.CARRIERS, i -> new Carrier(CarrierKind.TO_FIND, null, null, text(Limits.NAME))),
                    list(Limits.ITEMS, i -> text(Limits.ITEM)), list(Limits.ITEMS, i -> text(Limits.ITEM)));
            row.share(new RoleSharing(true, list(Limits.TASKS, i -> new SharedTask(text(Limits.TASK),
                    list(Limits.TASK_PARTNERS, p -> id()), list(Limits.TASK_PARTNERS, p -> text(Limits.NAME))))));
            fillSteps(initiative, StepPlace.of(role));
        }
        for (PlanKind plan : PlanKind.values()) {
            initiative.plan(plan).write(text(Limits.NOTES));
            fillSteps(initiative, StepPlace.of(plan));
        }
        initiative.pooling().write(list(Limits.INTENTIONS, i -> new Intention(text(Limits.ITEM), id(), text(Limits.NAME),
                Arrays.asList(BackboneRole.values()))));
        for (int i = 0; i < Limits.VERSIONS; i++) {
            initiative.adopt(UUID.randomUUID().toString(), "Version " + i + " " + text(100), ALICE, now);
        }

        int bytes = bsonSize(initiative);
        System.out.printf("an initiative full to every limit: %,d bytes of BSON%n", bytes);
        assertThat(bytes).isLessThan(8 * 1024 * 1024);
        assertThat(bytes).isGreaterThan(1024 * 1024); // it really is full

        String someone = initiative.members().get(5).id();
        assertThat(initiative.assign(someone, null)).isPresent();
        assertThatThrownBy(() -> initiative.adopt(UUID.randomUUID().toString(), "One more", ALICE, START))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> initiative.steps().schedule(StepPlace.of(BackboneRole.POLICY), step()))
                .isInstanceOf(ConflictException.class);
        assertThat(initiative.members()).extracting(InitiativeMember::id).doesNotContain(someone);
    }

    /** Every step a role or plan keeps; the first role's removed ones also fill what the initiative keeps. */
    private static void fillSteps(Initiative initiative, StepPlace place) {
        for (int i = 0; i < InitiativeSteps.REMOVED_KEPT && initiative.removedSteps().size() < InitiativeSteps.REMOVED_KEPT;
             i++) {
            NextStep removed = step();
            initiative.steps().schedule(place, removed);
            initiative.steps().remove(place, removed.id(), START, Duration.ofHours(1));
        }
        for (int i = 0; i < Limits.STEPS; i++) {
            initiative.steps().schedule(place, step());
        }
        assertThat(initiative.removedSteps()).hasSize(InitiativeSteps.REMOVED_KEPT);
    }

    private static NextStep step() {
        return NextStep.plan(id(), text(Limits.NAME), text(Limits.TEXT), new StepOwner(id(), id(), text(Limits.NAME),
                "a".repeat(Limits.EMAIL - 12) + "@example.org", "fr"), LocalDate.of(2040, 6, 1), null,
                LocalDate.of(2027, 1, 4));
    }

    private static int bsonSize(Initiative initiative) {
        MongoCustomConversions conversions = new MongoCustomConversions(List.of());
        MongoMappingContext context = new MongoMappingContext();
        context.setSimpleTypeHolder(conversions.getSimpleTypeHolder());
        MappingMongoConverter converter = new MappingMongoConverter(NoOpDbRefResolver.INSTANCE, context);
        converter.setCustomConversions(conversions);
        converter.afterPropertiesSet();
        Document document = new Document();
        converter.write(initiative, document);
        BasicOutputBuffer buffer = new BasicOutputBuffer();
        MongoClientSettings.getDefaultCodecRegistry().get(Document.class)
                .encode(new BsonBinaryWriter(buffer), document, EncoderContext.builder().build());
        return buffer.getSize();
    }

    private static String text(int length) {
        return "€".repeat(length);
    }

    private static String id() {
        return UUID.randomUUID() + "-" + "x".repeat(Limits.ID - 37);
    }

    private static <T> List<T> list(int size, IntFunction<T> item) {
        return new ArrayList<>(IntStream.range(0, size).mapToObj(item).toList());
    }
}
