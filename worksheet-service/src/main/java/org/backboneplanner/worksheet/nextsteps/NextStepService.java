package org.backboneplanner.worksheet.nextsteps;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.backboneplanner.events.BackboneRole;
import org.backboneplanner.events.partner.PartnerContact;
import org.backboneplanner.events.worksheet.PlanKind;
import org.backboneplanner.events.worksheet.StepOwner;
import org.backboneplanner.support.problem.FieldProblem;
import org.backboneplanner.support.problem.InvalidInputException;
import org.backboneplanner.support.security.Member;
import org.backboneplanner.support.store.Change;
import org.backboneplanner.support.text.EmailAddress;
import org.backboneplanner.support.web.Expected;
import org.backboneplanner.worksheet.WorksheetProperties;
import org.backboneplanner.worksheet.domain.Initiative;
import org.backboneplanner.worksheet.domain.InitiativeAccess;
import org.backboneplanner.worksheet.domain.InitiativeMember;
import org.backboneplanner.worksheet.domain.Initiatives;
import org.backboneplanner.worksheet.domain.NextStep;
import org.backboneplanner.worksheet.domain.NextStepChange;
import org.backboneplanner.worksheet.domain.RemovedStep;
import org.backboneplanner.worksheet.domain.StepHolder;
import org.backboneplanner.worksheet.domain.StepPlace;
import org.backboneplanner.worksheet.nextsteps.NextStepRequests.NewNextStep;
import org.backboneplanner.worksheet.nextsteps.NextStepRequests.NextStepPatch;
import org.backboneplanner.worksheet.nextsteps.NextStepRequests.OwnerInput;
import org.backboneplanner.worksheet.partners.PartnerDirectory;
import org.backboneplanner.worksheet.worksheet.NextStepView;
import org.backboneplanner.worksheet.worksheet.StepCalendar;
import org.backboneplanner.worksheet.worksheet.StepCalendars;
import org.backboneplanner.worksheet.worksheet.WorksheetView.PlanView;
import org.backboneplanner.worksheet.worksheet.WorksheetView.RoleView;
import org.springframework.stereotype.Service;

/** Planning next steps, changing, removing, restoring and ordering them; each change tells reminders what moved. */
@Service
class NextStepService {

    private static final String DEFAULT_LANGUAGE = "fr";

    private final Initiatives initiatives;
    private final PartnerDirectory partners;
    private final Clock clock;
    private final WorksheetProperties properties;
    private final StepCalendars calendars;

    NextStepService(Initiatives initiatives, PartnerDirectory partners, Clock clock, WorksheetProperties properties,
                    StepCalendars calendars) {
        this.initiatives = initiatives;
        this.partners = partners;
        this.clock = clock;
        this.properties = properties;
        this.calendars = calendars;
    }

    NextStepView plan(String networkId, String initiativeId, StepPlace place, NewNextStep request, Member member) {
        String stepId = UUID.randomUUID().toString();
        return initiatives.update(networkId, initiativeId, member, InitiativeAccess.EDIT, initiative -> {
            StepOwner owner = owner(networkId, initiative, request.owner(), member);
            NextStep step = NextStep.plan(stepId, request.title().strip(), request.description(), owner,
                    request.dueDate(), request.horizon(), today());
            return Change.of(List.of(initiative.steps().schedule(place, step)),
                    NextStepView.of(place, step, calendars.of(initiative)));
        });
    }

    NextStepView change(String networkId, String initiativeId, StepPlace place, String stepId, Expected expected,
                        NextStepPatch patch, Member member) {
        return initiatives.update(networkId, initiativeId, member, InitiativeAccess.EDIT, initiative -> {
            StepOwner owner = patch.owner() == null ? null : owner(networkId, initiative, patch.owner(), member);
            NextStepChange change = new NextStepChange(patch.title() == null ? null : patch.title().strip(),
                    patch.description(), owner, patch.dueDate(), patch.horizon(), patch.status());
            requireRead(initiative, place, stepId, expected);
            var event = initiative.steps().change(place, stepId, change, today());
            return Change.of(event, NextStepView.of(place, initiative.holder(place).nextStep(stepId).orElseThrow(),
                    calendars.of(initiative)));
        });
    }

    /** Removes a step; the answer holds what undoing it takes (the step's new tag, until when, where). */
    RemovedStepView remove(String networkId, String initiativeId, StepPlace place, String stepId, Expected expected,
                           Member member) {
        return initiatives.update(networkId, initiativeId, member, InitiativeAccess.EDIT, initiative -> {
            requireRead(initiative, place, stepId, expected);
            var removal = initiative.steps().remove(place, stepId, clock.instant(), properties.restoreWindow());
            return Change.of(List.of(removal.event()), RemovedStepView.of(networkId, initiativeId, place,
                    removal.removed(), properties.restoreWindow(), calendars.of(initiative)));
        });
    }

    /**
     * The steps removed lately that can still be restored, the latest first: the undo of a removal outlives the
     * page it was made on (a reload, another member's screen) for as long as the restore window runs.
     */
    List<RemovedStepView> restorable(String networkId, String initiativeId, Member member) {
        Initiative initiative = initiatives.read(networkId, initiativeId, member);
        Instant now = clock.instant();
        return initiative.removedSteps().stream().filter(removed -> removed.restorable(now, properties.restoreWindow()))
                .sorted(Comparator.comparing(RemovedStep::removedAt).reversed())
                .map(removed -> RemovedStepView.of(networkId, initiativeId, removed.place(), removed,
                        properties.restoreWindow(), calendars.of(initiative)))
                .toList();
    }

    /** Brings a removed step back where it was, within the restore window, from the tag its removal answered. */
    NextStepView restore(String networkId, String initiativeId, StepPlace place, String stepId, Expected expected,
                         Member member) {
        return initiatives.update(networkId, initiativeId, member, InitiativeAccess.EDIT, initiative -> {
            expected.requireGiven(); // what the write lacks comes before whether its step is still there
            initiative.steps().removed(place, stepId).ifPresent(removed -> expected.require(
                    NextStepView.etag(removed.step()), () -> RemovedStepView.of(networkId, initiativeId, place, removed,
                            properties.restoreWindow(), calendars.of(initiative))));
            var restoration = initiative.steps().restore(place, stepId, clock.instant(), properties.restoreWindow());
            return Change.of(List.of(restoration.event()),
                    NextStepView.of(place, restoration.step(), calendars.of(initiative)));
        });
    }

    /** Puts a role's steps in the order given, from the row's tag. */
    RoleView reorder(String networkId, String initiativeId, BackboneRole role, List<String> stepIds, Expected expected,
                     Member member) {
        return reorder(networkId, initiativeId, StepPlace.of(role), stepIds, expected, i -> i.role(role),
                RoleView::etag, RoleView::of, member);
    }

    /** Puts a plan's steps in the order given, from the plan's tag. */
    PlanView reorder(String networkId, String initiativeId, PlanKind plan, List<String> stepIds, Expected expected,
                     Member member) {
        return reorder(networkId, initiativeId, StepPlace.of(plan), stepIds, expected,
                i -> i.planOfMatureInitiative(plan), PlanView::etag, PlanView::of, member);
    }

    private <H extends StepHolder, V> V reorder(String networkId, String initiativeId, StepPlace place,
                                                List<String> stepIds, Expected expected, Function<Initiative, H> holderOf,
                                                Function<H, String> tag, BiFunction<H, StepCalendar, V> view,
                                                Member member) {
        return initiatives.update(networkId, initiativeId, member, InitiativeAccess.EDIT, initiative -> {
            H holder = holderOf.apply(initiative);
            StepCalendar calendar = calendars.of(initiative);
            expected.require(tag.apply(holder), () -> view.apply(holder, calendar));
            var event = initiative.steps().reorder(place, stepIds);
            return Change.of(event, view.apply(holder, calendar));
        });
    }

    private void requireRead(Initiative initiative, StepPlace place, String stepId, Expected expected) {
        initiative.holder(place).nextStep(stepId).ifPresent(current -> expected.require(NextStepView.etag(current),
                () -> NextStepView.of(place, current, calendars.of(initiative))));
    }

    /**
     * Resolves the owner: the caller from their login, another active member of the initiative (name,
     * address and language from their membership, never from the request), or one of a partner's contacts
     * in the directory. Reminders go only to an address the system can vouch for: a member's verified
     * address, or a contact the directory lists for that partner.
     */
    private StepOwner owner(String networkId, Initiative initiative, OwnerInput input, Member member) {
        String language = input.language();
        if (input.partnerId() != null) {
            PartnerDirectory.Lookup lookup = partners.lookup(networkId);
            var found = lookup.partner(input.partnerId(), "owner.partnerId");
            lookup.verify();
            var partner = found.orElseThrow();
            if (input.email() == null) {
                throw new InvalidInputException(
                        FieldProblem.said("owner.email", "required", "field.owner.partner-contact"));
            }
            PartnerContact contact = partner.contact(input.email()).orElseThrow(() -> new InvalidInputException(
                    FieldProblem.said("owner.email", "not-contact", "field.owner.not-contact", partner.name())));
            String name = input.name() != null ? input.name().strip() : contact.name();
            return new StepOwner(null, partner.id(), name, contact.email(),
                    language != null ? language : contact.language() != null ? contact.language() : DEFAULT_LANGUAGE);
        }
        if (input.memberId() == null || input.memberId().equals(member.id())) {
            if (input.email() != null && !EmailAddress.same(input.email(), member.email())) {
                throw new InvalidInputException(
                        FieldProblem.said("owner.email", "own-address", "field.owner.own-address"));
            }
            return new StepOwner(member.id(), null, member.displayName(), member.email(),
                    language != null ? language : languageOf(member));
        }
        InitiativeMember owner = initiative.requireActiveMember(input.memberId(), "owner.memberId");
        return new StepOwner(owner.memberId(), null, owner.name(), owner.email(),
                language != null ? language : owner.language() != null ? owner.language() : DEFAULT_LANGUAGE);
    }

    private static String languageOf(Member member) {
        return member.locale() != null && member.locale().startsWith("en") ? "en" : DEFAULT_LANGUAGE;
    }

    private LocalDate today() {
        return properties.today(clock);
    }
}
