package org.backboneplanner.worksheet.nextsteps;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.backboneplanner.events.partner.PartnerContact;
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
import org.backboneplanner.worksheet.domain.StepPlace;
import org.backboneplanner.worksheet.nextsteps.NextStepRequests.NewNextStep;
import org.backboneplanner.worksheet.nextsteps.NextStepRequests.NextStepPatch;
import org.backboneplanner.worksheet.nextsteps.NextStepRequests.OwnerInput;
import org.backboneplanner.worksheet.partners.PartnerDirectory;
import org.backboneplanner.worksheet.worksheet.NextStepView;
import org.springframework.stereotype.Service;

/** Planning next steps and changing them; each change tells reminders what moved. */
@Service
class NextStepService {

    private static final String DEFAULT_LANGUAGE = "fr";

    private final Initiatives initiatives;
    private final PartnerDirectory partners;
    private final Clock clock;
    private final WorksheetProperties properties;

    NextStepService(Initiatives initiatives, PartnerDirectory partners, Clock clock, WorksheetProperties properties) {
        this.initiatives = initiatives;
        this.partners = partners;
        this.clock = clock;
        this.properties = properties;
    }

    NextStep plan(String networkId, String initiativeId, StepPlace place, NewNextStep request, Member member) {
        String stepId = UUID.randomUUID().toString();
        return initiatives.update(networkId, initiativeId, member, InitiativeAccess.EDIT, initiative -> {
            StepOwner owner = owner(networkId, initiative, request.owner(), member);
            NextStep step = NextStep.plan(stepId, request.title().strip(), request.description(), owner,
                    request.dueDate(), request.horizon(), today());
            return Change.of(List.of(initiative.schedule(place, step)), step);
        });
    }

    NextStep change(String networkId, String initiativeId, StepPlace place, String stepId, Expected expected,
                    NextStepPatch patch, Member member) {
        return initiatives.update(networkId, initiativeId, member, InitiativeAccess.EDIT, initiative -> {
            StepOwner owner = patch.owner() == null ? null : owner(networkId, initiative, patch.owner(), member);
            NextStepChange change = new NextStepChange(patch.title() == null ? null : patch.title().strip(),
                    patch.description(), owner, patch.dueDate(), patch.horizon(), patch.status());
            NextStep current = initiative.holder(place).nextStep(stepId).orElse(null);
            if (current != null) {
                expected.require(NextStepView.etag(current), () -> NextStepView.of(place, current));
            }
            var event = initiative.change(place, stepId, change, today());
            return Change.of(event, initiative.holder(place).nextStep(stepId).orElseThrow());
        });
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
        return LocalDate.now(clock.withZone(properties.zone()));
    }
}
