package org.backboneplanner.worksheet.worksheet;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.backboneplanner.events.BackboneRole;
import org.backboneplanner.events.worksheet.Carrier;
import org.backboneplanner.events.worksheet.CarrierKind;
import org.backboneplanner.events.worksheet.RoleUpdated;
import org.backboneplanner.support.problem.FieldProblem;
import org.backboneplanner.support.problem.InvalidInputException;
import org.backboneplanner.support.security.Member;
import org.backboneplanner.support.web.Etags;
import org.backboneplanner.worksheet.domain.Initiative;
import org.backboneplanner.worksheet.domain.InitiativeAccess;
import org.backboneplanner.worksheet.domain.InitiativeMember;
import org.backboneplanner.worksheet.domain.Initiatives;
import org.backboneplanner.worksheet.domain.RoleRow;
import org.backboneplanner.worksheet.partners.KnownPartner;
import org.backboneplanner.worksheet.partners.PartnerDirectory;
import org.backboneplanner.worksheet.worksheet.WorksheetView.RoleView;
import org.springframework.stereotype.Service;

/** Changes to a worksheet's rows. */
@Service
class WorksheetService {

    private final Initiatives initiatives;
    private final PartnerDirectory partners;

    WorksheetService(Initiatives initiatives, PartnerDirectory partners) {
        this.initiatives = initiatives;
        this.partners = partners;
    }

    RoleView changeRole(String networkId, String initiativeId, BackboneRole role, String ifMatch, RoleChange change,
                        Member member) {
        List<Carrier> named = change.carriers() == null ? null : carriers(networkId, change.carriers());
        return initiatives.update(networkId, initiativeId, member, InitiativeAccess.EDIT, initiative -> {
            List<Carrier> carriers = named == null ? null : members(initiative, named);
            RoleRow row = initiative.role(role);
            Etags.require(ifMatch, RoleView.etag(row), RoleView.of(row));
            Optional<RoleUpdated> event = row.update(carriers, strip(change.strengths()), strip(change.weaknesses()));
            return Initiatives.Change.of(event.stream().toList(), RoleView.of(row));
        });
    }

    /** Resolves who can carry a role; a partner must be in this network's directory. */
    private List<Carrier> carriers(String networkId, List<RoleChange.CarrierInput> inputs) {
        List<Carrier> carriers = new ArrayList<>();
        List<FieldProblem> problems = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            RoleChange.CarrierInput input = inputs.get(i);
            String field = "carriers[" + i + "]";
            switch (input.kind()) {
                case PARTNER -> {
                    Optional<KnownPartner> partner = input.partnerId() == null ? Optional.empty()
                            : partners.find(networkId, input.partnerId());
                    if (partner.isEmpty()) {
                        problems.add(new FieldProblem(field + ".partnerId", "no such partner in this network's directory"));
                    } else {
                        carriers.add(new Carrier(CarrierKind.PARTNER, partner.get().id(), null, partner.get().name()));
                    }
                }
                case MEMBER -> {
                    if (input.memberId() == null) {
                        problems.add(new FieldProblem(field + ".memberId", "a member carrier needs memberId"));
                    } else {
                        carriers.add(new Carrier(CarrierKind.MEMBER, null, input.memberId(), null));
                    }
                }
                case TO_FIND -> {
                    if (isBlank(input.name())) {
                        problems.add(new FieldProblem(field + ".name", "say who is sought, e.g. \"a data analyst\""));
                    } else {
                        carriers.add(new Carrier(CarrierKind.TO_FIND, null, null, input.name().strip()));
                    }
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException("Some carriers cannot be named.", problems);
        }
        return carriers;
    }

    /** Member carriers are active members of the initiative, named as their membership names them. */
    private static List<Carrier> members(Initiative initiative, List<Carrier> carriers) {
        List<Carrier> resolved = new ArrayList<>();
        for (int i = 0; i < carriers.size(); i++) {
            Carrier carrier = carriers.get(i);
            if (carrier.kind() != CarrierKind.MEMBER) {
                resolved.add(carrier);
                continue;
            }
            InitiativeMember member = initiative.members().stream()
                    .filter(m -> m.isActive() && carrier.memberId().equals(m.memberId())).findFirst()
                    .orElseThrow(() -> new InvalidInputException("carriers[" + resolved.size() + "].memberId",
                            "not a member of this initiative"));
            resolved.add(new Carrier(CarrierKind.MEMBER, null, member.memberId(), member.name()));
        }
        return resolved;
    }

    private static List<String> strip(List<String> items) {
        return items == null ? null : items.stream().map(String::strip).toList();
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
