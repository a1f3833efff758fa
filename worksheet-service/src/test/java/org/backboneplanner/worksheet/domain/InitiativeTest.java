package org.backboneplanner.worksheet.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.backboneplanner.events.BackboneRole;
import org.backboneplanner.events.Limits;
import org.backboneplanner.events.worksheet.Audience;
import org.backboneplanner.events.worksheet.InitiativeRole;
import org.backboneplanner.events.worksheet.Maturity;
import org.backboneplanner.events.worksheet.NextStepStatus;
import org.backboneplanner.events.worksheet.PlanKind;
import org.backboneplanner.events.worksheet.StepOwner;
import org.backboneplanner.events.worksheet.Visibility;
import org.backboneplanner.support.problem.ConflictException;
import org.backboneplanner.support.problem.ForbiddenException;
import org.backboneplanner.support.problem.InvalidInputException;
import org.backboneplanner.support.problem.NotFoundException;
import org.backboneplanner.support.problem.TooManyRequestsException;
import org.backboneplanner.support.security.Member;
import org.backboneplanner.support.security.NetworkRole;
import org.junit.jupiter.api.Test;

/** The initiative's rules, and the events each change returns (no server, no store). */
class InitiativeTest {

    private static final Instant NOW = Instant.parse("2027-01-04T15:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2027, 1, 4);
    private static final Member ALICE = member("alice", "alice@example.org", NetworkRole.MEMBER);
    private static final Member GASTON = member("gaston", "Gaston@Example.org", NetworkRole.MEMBER);
    private static final Member CAROL = member("carol", "carol@example.org", NetworkRole.ADMIN);
    private static final Member DORA = member("dora", "dora@example.org", NetworkRole.MEMBER);

    private static Member member(String id, String email, NetworkRole role) {
        return new Member(id, id, id.substring(0, 1).toUpperCase() + id.substring(1), email, "fr", Map.of("net", role));
    }

    private static Initiative open(Maturity maturity, Visibility visibility) {
        return Initiative.open("i1", "net", new InitiativeDetails("Petite enfance", null, maturity, 2027, 2029, null,
                visibility), ALICE, NOW);
    }

    private static NextStep step(LocalDate due) {
        return NextStep.plan("s1", "Rencontrer les élus", null, new StepOwner("alice", null, "Alice", "alice@example.org",
                "fr"), due, null, TODAY);
    }

    @Test
    void anOpenedInitiativeHasTheSixRowsAndItsCreatorCoordinatesIt() {
        Initiative initiative = open(Maturity.EMERGING, Visibility.NETWORK);

        var created = initiative.created();

        assertThat(initiative.roles()).extracting(RoleRow::role).containsExactly(BackboneRole.values());
        assertThat(created.audience().members()).containsExactly(new Audience.Part("alice", InitiativeRole.COORDINATOR));
        assertThatThrownBy(() -> Initiative.open("i2", "net", new InitiativeDetails("Un an", null, null, 2027, 2027,
                null, null), ALICE, NOW)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void anInviteeJoinsWithTheInvitedAddressAndEveryAccessEventCarriesTheWholeAudience() {
        Initiative initiative = open(Maturity.EMERGING, Visibility.MEMBERS);

        var invitation = initiative.invite("gaston@example.org", "Gaston", InitiativeRole.PARTNER, "fr", ALICE, NOW);
        var joined = initiative.join(GASTON, NOW);
        var removed = initiative.assign(invitation.member().id(), null).orElseThrow();

        assertThat(invitation.event().email()).isEqualTo("gaston@example.org");
        assertThat(joined.audience().members()).extracting(Audience.Part::memberId).containsExactly("alice", "gaston");
        assertThat(removed.role()).isNull();
        assertThat(removed.audience().members()).extracting(Audience.Part::memberId).containsExactly("alice");
        assertThat(initiative.invitationFor(GASTON)).isEmpty();
    }

    @Test
    void theLastCoordinatorStaysAndAnAddressIsInvitedOnce() {
        Initiative initiative = open(Maturity.EMERGING, Visibility.NETWORK);
        String alice = initiative.membershipOf(ALICE).orElseThrow().id();
        initiative.invite("gaston@example.org", "Gaston", InitiativeRole.GUEST, "fr", ALICE, NOW);

        assertThatThrownBy(() -> initiative.assign(alice, InitiativeRole.PARTNER)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> initiative.invite("GASTON@example.org ", "G", InitiativeRole.GUEST, "fr", ALICE, NOW))
                .isInstanceOf(ConflictException.class);
        assertThat(initiative.assign(alice, InitiativeRole.COORDINATOR)).isEmpty();
    }

    @Test
    void anInitiativeSendsAtMostTheDaysQuotaOfInvitations() {
        Initiative initiative = open(Maturity.EMERGING, Visibility.NETWORK);
        for (int i = 0; i < Limits.INVITATIONS_PER_DAY; i++) {
            initiative.invite("guest" + i + "@example.org", "Invité", InitiativeRole.GUEST, "fr", ALICE, NOW);
        }

        assertThatThrownBy(() -> initiative.invite("one-more@example.org", "X", InitiativeRole.GUEST, "fr", ALICE, NOW))
                .isInstanceOf(TooManyRequestsException.class);
        assertThat(initiative.invite("next-day@example.org", "X", InitiativeRole.GUEST, "fr", ALICE,
                NOW.plusSeconds(86_401)).event().email()).isEqualTo("next-day@example.org");
    }

    @Test
    void aStepIsDueWithinTheHorizonGiveOrTakeFiveYearsAndItsChangesNameWhatMoved() {
        Initiative initiative = open(Maturity.EMERGING, Visibility.NETWORK);
        StepPlace policy = StepPlace.of(BackboneRole.POLICY);

        assertThatThrownBy(() -> initiative.steps().schedule(policy, step(LocalDate.of(2035, 1, 1))))
                .isInstanceOf(InvalidInputException.class);
        var scheduled = initiative.steps().schedule(policy, step(LocalDate.of(2027, 6, 1)));
        var done = initiative.steps().change(policy, "s1", new NextStepChange(null, null, null, null, null, NextStepStatus.DONE),
                TODAY).orElseThrow();

        assertThat(scheduled.step().role()).isEqualTo(BackboneRole.POLICY);
        assertThat(done.changed()).containsExactly("status", "doneDate");
        assertThat(done.step().doneDate()).isEqualTo(TODAY);
        assertThat(initiative.steps().change(policy, "s1", new NextStepChange(null, null, null, null, null,
                NextStepStatus.DONE), TODAY)).isEmpty();
        assertThatThrownBy(() -> initiative.steps().change(policy, "nope", new NextStepChange("x", null, null, null, null,
                null), TODAY)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void plansAreForMatureInitiatives() {
        assertThatThrownBy(() -> open(Maturity.DEVELOPING, Visibility.NETWORK).planOfMatureInitiative(PlanKind.SUCCESSION))
                .isInstanceOf(ConflictException.class);
        assertThat(open(Maturity.MATURE, Visibility.NETWORK).planOfMatureInitiative(PlanKind.SUCCESSION).write("Relève")
                .orElseThrow().notes()).isEqualTo("Relève");
    }

    @Test
    void anAdoptedVersionIsACopyTheDraftNoLongerMoves() {
        Initiative initiative = open(Maturity.EMERGING, Visibility.NETWORK);
        initiative.role(BackboneRole.POLICY).update(null, List.of("Élus engagés"), null);

        var adoption = initiative.adopt("v1", "Plan 2027", ALICE, NOW);
        initiative.role(BackboneRole.POLICY).update(null, List.of("Élus engagés", "Mémoire"), null);

        assertThat(adoption.event().number()).isEqualTo(1);
        assertThat(initiative.basedOnVersionId()).isEqualTo("v1");
        assertThat(adoption.version().roles().stream().filter(r -> r.role() == BackboneRole.POLICY).findFirst()
                .orElseThrow().strengths()).containsExactly("Élus engagés");
        assertThat(VersionComparison.of(adoption.version(), initiative.draft()).unchanged()).isFalse();
        assertThatThrownBy(() -> initiative.adopt("v2", "plan 2027", ALICE, NOW)).isInstanceOf(ConflictException.class);
    }

    @Test
    void whoMayReadEditAndManageFollowsTheAudienceRule() {
        Initiative hidden = open(Maturity.EMERGING, Visibility.MEMBERS);
        hidden.invite("gaston@example.org", "Gaston", InitiativeRole.GUEST, "fr", ALICE, NOW);
        hidden.join(GASTON, NOW);

        assertThatThrownBy(() -> InitiativeAccess.READ.check(hidden, DORA)).isInstanceOf(NotFoundException.class);
        assertThat(InitiativeAccess.COMMENT.allows(hidden, GASTON)).isTrue();
        assertThatThrownBy(() -> InitiativeAccess.EDIT.check(hidden, GASTON)).isInstanceOf(ForbiddenException.class);
        assertThat(InitiativeAccess.MANAGE.allows(hidden, CAROL)).isTrue();
        assertThat(InitiativeAccess.READ.allows(open(Maturity.EMERGING, Visibility.NETWORK), DORA)).isTrue();
    }
}
