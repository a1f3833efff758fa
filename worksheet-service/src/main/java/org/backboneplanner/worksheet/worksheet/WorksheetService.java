package org.backboneplanner.worksheet.worksheet;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.backboneplanner.events.BackboneRole;
import org.backboneplanner.events.worksheet.Carrier;
import org.backboneplanner.events.worksheet.CarrierKind;
import org.backboneplanner.support.problem.FieldProblem;
import org.backboneplanner.support.problem.InvalidInputException;
import org.backboneplanner.support.security.Member;
import org.backboneplanner.support.store.Change;
import org.backboneplanner.support.web.Expected;
import org.backboneplanner.worksheet.domain.Initiative;
import org.backboneplanner.worksheet.domain.InitiativeAccess;
import org.backboneplanner.worksheet.domain.Initiatives;
import org.backboneplanner.worksheet.domain.RoleRow;
import org.backboneplanner.worksheet.partners.KnownPartner;
import org.backboneplanner.worksheet.partners.PartnerDirectory;
import org.backboneplanner.worksheet.worksheet.WorksheetView.RoleView;
import org.springframework.stereotype.Service;

/** Reading a worksheet with its partners' current names, and writing its rows. */
@Service
public class WorksheetService {

    private final Initiatives initiatives;
    private final PartnerDirectory partners;
    private final StepCalendars calendars;

    WorksheetService(Initiatives initiatives, PartnerDirectory partners, StepCalendars calendars) {
        this.initiatives = initiatives;
        this.partners = partners;
        this.calendars = calendars;
    }

    /** The partners a worksheet names, under the names the directory gives them today (a partner may be renamed). */
    public Map<String, KnownPartner> partnersOf(Initiative initiative) {
        return partners.byId(initiative.networkId(), initiative.roles().stream().flatMap(r -> r.carriers().stream())
                .map(Carrier::partnerId).filter(Objects::nonNull).distinct().toList());
    }

    RoleView changeRole(String networkId, String initiativeId, BackboneRole role, Expected expected, RoleChange change,
                       Member member) {
        List<Carrier> named = change.carriers() == null ? null : carriers(networkId, change.carriers());
        return initiatives.update(networkId, initiativeId, member, InitiativeAccess.EDIT, initiative -> {
            RoleRow row = initiative.role(role);
            expected.require(RoleView.etag(row), () -> RoleView.of(row, calendars.of(initiative)));
            List<Carrier> carriers = named == null ? null : asMembers(initiative, named);
            var event = row.update(carriers, strip(change.strengths()), strip(change.weaknesses()));
            return Change.of(event, RoleView.of(row, calendars.of(initiative)));
        });
    }

    /** Who can carry a role: a partner of this network's directory, a member, or someone still to find. */
    private List<Carrier> carriers(String networkId, List<RoleChange.CarrierInput> inputs) {
        PartnerDirectory.Lookup lookup = partners.lookup(networkId);
        List<Carrier> carriers = new ArrayList<>();
        List<FieldProblem> problems = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            RoleChange.CarrierInput input = inputs.get(i);
            String field = "carriers[" + i + "]";
            switch (input.kind()) {
                case PARTNER -> lookup.partner(input.partnerId(), field + ".partnerId").ifPresent(partner ->
                        carriers.add(new Carrier(CarrierKind.PARTNER, partner.id(), null, partner.name())));
                case MEMBER -> {
                    if (input.memberId() == null) {
                        problems.add(FieldProblem.said(field + ".memberId", "required", "field.carrier.member-id"));
                    } else {
                        carriers.add(new Carrier(CarrierKind.MEMBER, null, input.memberId(), null));
                    }
                }
                case TO_FIND -> {
                    if (input.name() == null || input.name().isBlank()) {
                        problems.add(FieldProblem.said(field + ".name", "not-blank", "field.carrier.sought"));
                    } else {
                        carriers.add(new Carrier(CarrierKind.TO_FIND, null, null, input.name().strip()));
                    }
                }
            }
        }
        lookup.verify();
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return carriers;
    }

    /** Member carriers are active members of the initiative, named as their membership names them. */
    private static List<Carrier> asMembers(Initiative initiative, List<Carrier> carriers) {
        List<Carrier> resolved = new ArrayList<>();
        for (Carrier carrier : carriers) {
            if (carrier.kind() != CarrierKind.MEMBER) {
                resolved.add(carrier);
            } else {
                var member = initiative.requireActiveMember(carrier.memberId(), "carriers[" + resolved.size() + "].memberId");
                resolved.add(new Carrier(CarrierKind.MEMBER, null, member.memberId(), member.name()));
            }
        }
        return resolved;
    }

    private static List<String> strip(List<String> items) {
        return items == null ? null : items.stream().map(String::strip).toList();
    }
}
