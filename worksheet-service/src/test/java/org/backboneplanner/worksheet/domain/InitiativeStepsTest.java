package org.backboneplanner.worksheet.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.backboneplanner.events.BackboneRole;
import org.backboneplanner.events.Limits;
import org.backboneplanner.events.worksheet.Maturity;
import org.backboneplanner.events.worksheet.NextStepStatus;
import org.backboneplanner.events.worksheet.PlanKind;
import org.backboneplanner.events.worksheet.StepOwner;
import org.backboneplanner.events.worksheet.Visibility;
import org.backboneplanner.support.problem.ConflictException;
import org.backboneplanner.support.problem.NotFoundException;
import org.backboneplanner.support.security.Member;
import org.backboneplanner.support.security.NetworkRole;
import org.junit.jupiter.api.Test;

/** Removing, restoring and ordering next steps, and the moves of their status (no server, no store). */
class InitiativeStepsTest {

    private static final Instant NOW = Instant.parse("2027-01-04T15:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2027, 1, 4);
    private static final Duration WINDOW = Duration.ofMinutes(10);
    private static final StepPlace POLICY = StepPlace.of(BackboneRole.POLICY);
    private static final Member ALICE = new Member("alice", "alice", "Alice", "alice@example.org", "fr",
            Map.of("net", NetworkRole.MEMBER));

    private final Initiative initiative = Initiative.open("i1", "net", new InitiativeDetails("Petite enfance", null,
            Maturity.MATURE, 2027, 2029, null, Visibility.NETWORK), ALICE, NOW);

    private InitiativeSteps steps() {
        return initiative.steps();
    }

    private NextStep plan(StepPlace place, String id) {
        NextStep step = NextStep.plan(id, "Étape " + id, null, new StepOwner("alice", null, "Alice",
                "alice@example.org", "fr"), LocalDate.of(2027, 6, 1), null, TODAY);
        steps().schedule(place, step);
        return step;
    }

    private List<String> ids(StepPlace place) {
        return initiative.holder(place).nextSteps().stream().map(NextStep::id).toList();
    }

    @Test
    void aRemovedStepLeavesTheListAndItsEventCarriesItWhole() {
        plan(POLICY, "a");
        NextStep b = plan(POLICY, "b");
        long version = b.version();

        var removal = steps().remove(POLICY, "b", NOW, WINDOW);

        assertThat(ids(POLICY)).containsExactly("a");
        assertThat(removal.event().step().stepId()).isEqualTo("b");
        assertThat(removal.event().step().role()).isEqualTo(BackboneRole.POLICY);
        assertThat(removal.event().initiativeName()).isEqualTo("Petite enfance");
        assertThat(removal.removed().position()).isEqualTo(1);
        assertThat(removal.removed().restorableUntil(WINDOW)).isEqualTo(NOW.plus(WINDOW));
        assertThat(b.version()).as("a tag read before the removal no longer restores or changes it")
                .isGreaterThan(version);
    }

    @Test
    void aRestoredStepComesBackWhereItWasWithItsIdAndState() {
        plan(POLICY, "a");
        NextStep b = plan(POLICY, "b");
        plan(POLICY, "c");
        steps().change(POLICY, "b", new NextStepChange(null, null, null, null, null, NextStepStatus.DOING), TODAY);
        steps().remove(POLICY, "b", NOW, WINDOW);

        var restoration = steps().restore(POLICY, "b", NOW.plus(WINDOW).minusSeconds(1), WINDOW);

        assertThat(ids(POLICY)).containsExactly("a", "b", "c");
        assertThat(restoration.step()).isSameAs(b);
        assertThat(restoration.event().step().status()).isEqualTo(NextStepStatus.DOING);
        assertThat(initiative.removedSteps()).isEmpty();
        assertThatThrownBy(() -> steps().restore(POLICY, "b", NOW, WINDOW)).as("restored once")
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void aStepCannotBeRestoredOnceItsWindowHasPassed() {
        plan(POLICY, "a");
        steps().remove(POLICY, "a", NOW, WINDOW);

        assertThatThrownBy(() -> steps().restore(POLICY, "a", NOW.plus(WINDOW), WINDOW))
                .isInstanceOfSatisfying(NotFoundException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("not-found.removed-step");
                    assertThat(e.arguments()).containsExactly("a", 10L); // the window, in minutes, said to the user
                });
        assertThat(ids(POLICY)).isEmpty();
    }

    @Test
    void removedStepsWaitingForARestoreAreBoundedPerInitiativeAndForgottenOnceTheirWindowPassed() {
        for (int i = 0; i < InitiativeSteps.REMOVED_KEPT + 5; i++) {
            plan(POLICY, "s" + i);
            steps().remove(POLICY, "s" + i, NOW.plusSeconds(i), WINDOW);
        }
        assertThat(initiative.removedSteps()).hasSize(InitiativeSteps.REMOVED_KEPT)
                .extracting(r -> r.step().id()).contains("s14").doesNotContain("s0", "s4");

        plan(POLICY, "late");
        steps().remove(POLICY, "late", NOW.plus(WINDOW).plusSeconds(60), WINDOW);

        assertThat(initiative.removedSteps()).extracting(r -> r.step().id()).containsExactly("late");
    }

    @Test
    void aRestoreIntoAFullRoleIs409AndTheStepStaysRestorable() {
        plan(POLICY, "gone");
        steps().remove(POLICY, "gone", NOW, WINDOW);
        for (int i = 0; i < Limits.STEPS; i++) {
            plan(POLICY, "s" + i);
        }

        assertThatThrownBy(() -> steps().restore(POLICY, "gone", NOW, WINDOW)).isInstanceOf(ConflictException.class);
        assertThat(steps().removed(POLICY, "gone")).isPresent();
    }

    @Test
    void stepsTakeTheOrderTheMembersSetAndTheEventSaysBeforeAndAfter() {
        plan(POLICY, "a");
        plan(POLICY, "b");
        plan(POLICY, "c");
        long rowVersion = initiative.role(BackboneRole.POLICY).version();

        var event = steps().reorder(POLICY, List.of("c", "a", "b")).orElseThrow();

        assertThat(ids(POLICY)).containsExactly("c", "a", "b");
        assertThat(event.stepIds()).containsExactly("c", "a", "b");
        assertThat(event.before()).containsExactly("a", "b", "c");
        assertThat(event.role()).isEqualTo(BackboneRole.POLICY);
        assertThat(initiative.role(BackboneRole.POLICY).version()).isEqualTo(rowVersion + 1);
        assertThat(steps().reorder(POLICY, List.of("c", "a", "b"))).as("the same order changes nothing").isEmpty();
    }

    @Test
    void anOrderThatDoesNotNameEachStepOnceIs409WithTheCurrentOrder() {
        plan(POLICY, "a");
        plan(POLICY, "b");

        for (List<String> wrong : List.of(List.of("a"), List.of("a", "a"), List.of("a", "b", "x"), List.of("b", "x"))) {
            assertThatThrownBy(() -> steps().reorder(POLICY, wrong)).isInstanceOf(ConflictException.class)
                    .satisfies(e -> assertThat(((ConflictException) e).existing()).isEqualTo(List.of("a", "b")));
        }
        assertThat(ids(POLICY)).containsExactly("a", "b");
    }

    @Test
    void aRemovedStepIsRestoredOnlyWhereItWas() {
        plan(POLICY, "a");
        steps().remove(POLICY, "a", NOW, WINDOW);

        assertThatThrownBy(() -> steps().restore(StepPlace.of(BackboneRole.RESOURCES), "a", NOW, WINDOW))
                .isInstanceOf(NotFoundException.class);
        steps().restore(POLICY, "a", NOW, WINDOW);
        assertThat(ids(POLICY)).containsExactly("a");
    }

    @Test
    void stepsOfAPlanAreRemovedRestoredAndOrderedTheSameWay() {
        StepPlace succession = StepPlace.of(PlanKind.SUCCESSION);
        plan(succession, "a");
        plan(succession, "b");

        steps().reorder(succession, List.of("b", "a"));
        var removal = steps().remove(succession, "b", NOW, WINDOW);
        assertThat(removal.event().step().plan()).isEqualTo(PlanKind.SUCCESSION);
        steps().restore(succession, "b", NOW, WINDOW);

        assertThat(ids(succession)).containsExactly("b", "a");
    }

    @Test
    void aClosedStepReopensBeforeItClosesTheOtherWay() {
        plan(POLICY, "a");
        steps().change(POLICY, "a", new NextStepChange(null, null, null, null, null, NextStepStatus.DONE), TODAY);

        assertThatThrownBy(() -> steps().change(POLICY, "a", new NextStepChange("Autre titre", null, null, null, null,
                NextStepStatus.DROPPED), TODAY)).isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.code()).isEqualTo("status-transition"));
        assertThat(initiative.holder(POLICY).nextStep("a").orElseThrow().title()).isEqualTo("Étape a");

        steps().change(POLICY, "a", new NextStepChange(null, null, null, null, null, NextStepStatus.TODO), TODAY);
        steps().change(POLICY, "a", new NextStepChange(null, null, null, null, null, NextStepStatus.DROPPED), TODAY);
        assertThat(StatusMoves.from(NextStepStatus.DROPPED)).containsExactly(NextStepStatus.TODO, NextStepStatus.DOING);
        assertThat(StatusMoves.from(NextStepStatus.TODO))
                .containsExactly(NextStepStatus.DOING, NextStepStatus.DONE, NextStepStatus.DROPPED);
    }

    @Test
    void aDueDateIsWithinTheHorizonOnlyInItsYears() {
        InitiativeDetails details = initiative.details();

        assertThat(details.withinHorizon(LocalDate.of(2027, 1, 1))).isTrue();
        assertThat(details.withinHorizon(LocalDate.of(2029, 12, 31))).isTrue();
        assertThat(details.withinHorizon(LocalDate.of(2026, 12, 31))).isFalse();
        assertThat(details.withinHorizon(LocalDate.of(2030, 1, 1))).isFalse();
        assertThat(details.earliestDueDate()).isEqualTo(LocalDate.of(2022, 1, 1));
        assertThat(details.latestDueDate()).isEqualTo(LocalDate.of(2034, 12, 31));
    }
}
