package org.backboneplanner.worksheet.initiatives;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import org.backboneplanner.support.problem.InvalidInputException;
import org.backboneplanner.support.security.Member;
import org.backboneplanner.support.web.Etags;
import org.backboneplanner.support.web.Paged;
import org.backboneplanner.worksheet.WorksheetProperties;
import org.backboneplanner.worksheet.domain.Initiative;
import org.backboneplanner.worksheet.domain.InitiativeAccess;
import org.backboneplanner.worksheet.domain.InitiativeDetails;
import org.backboneplanner.worksheet.domain.Initiatives;
import org.backboneplanner.worksheet.initiatives.InitiativeRequests.InitiativeChange;
import org.backboneplanner.worksheet.initiatives.InitiativeRequests.InitiativeInput;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** The initiatives of a network. The caller's membership of the network is checked before this runs. */
@RestController
@Validated
@RequestMapping("/api/networks/{networkId}/initiatives")
class InitiativeController {

    private final Initiatives initiatives;
    private final Clock clock;
    private final WorksheetProperties properties;

    InitiativeController(Initiatives initiatives, Clock clock, WorksheetProperties properties) {
        this.initiatives = initiatives;
        this.clock = clock;
        this.properties = properties;
    }

    @GetMapping
    Paged<InitiativeView> list(@PathVariable String networkId,
                               @RequestParam(defaultValue = "0") @Min(0) @Max(10000) int page,
                               @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size, Member member) {
        Paged<Initiative> found = initiatives.list(networkId, member, page, size);
        return new Paged<>(found.items().stream().map(i -> InitiativeView.of(i, member)).toList(), page, size,
                found.total());
    }

    @PostMapping
    ResponseEntity<InitiativeView> open(@PathVariable String networkId, @Valid @RequestBody InitiativeInput request,
                                        Member member) {
        Initiative initiative = Initiative.open(UUID.randomUUID().toString(), networkId, request.details(thisYear()),
                member, clock.instant());
        initiatives.insert(initiative, member);
        InitiativeView view = InitiativeView.of(initiative, member);
        return ResponseEntity.created(URI.create("/api/networks/" + networkId + "/initiatives/" + initiative.id()))
                .eTag(view.etag()).body(view);
    }

    @GetMapping("/{initiativeId}")
    ResponseEntity<InitiativeView> get(@PathVariable String networkId, @PathVariable String initiativeId,
                                       Member member) {
        InitiativeView view = InitiativeView.of(initiatives.read(networkId, initiativeId, member), member);
        return ResponseEntity.ok().eTag(view.etag()).body(view);
    }

    /** Describes the initiative anew (coordinators and network administrators). */
    @PatchMapping("/{initiativeId}")
    ResponseEntity<InitiativeView> describe(@PathVariable String networkId, @PathVariable String initiativeId,
                                            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                            @Valid @RequestBody InitiativeChange request, Member member) {
        InitiativeView view = initiatives.update(networkId, initiativeId, member, InitiativeAccess.MANAGE, initiative -> {
            Etags.require(ifMatch, InitiativeView.etag(initiative), InitiativeView.of(initiative, member));
            InitiativeDetails details = request.applyTo(initiative.details());
            if (details.endYear() <= details.startYear() || details.endYear() - details.startYear() > 20) {
                throw new InvalidInputException("endYear",
                        "the planning horizon spans at least two years (end year after start year) and at most 20");
            }
            var event = initiative.describe(details);
            return Initiatives.Change.of(event.stream().toList(), InitiativeView.of(initiative, member));
        });
        return ResponseEntity.ok().eTag(view.etag()).body(view);
    }

    private int thisYear() {
        return LocalDate.now(clock.withZone(properties.zone())).getYear();
    }
}
