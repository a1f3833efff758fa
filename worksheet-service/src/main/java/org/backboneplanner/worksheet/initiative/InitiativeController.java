package org.backboneplanner.worksheet.initiative;

import java.net.URI;
import java.time.Clock;
import java.util.UUID;

import org.backboneplanner.support.security.Member;
import org.backboneplanner.support.web.Paged;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
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

    InitiativeController(Initiatives initiatives, Clock clock) {
        this.initiatives = initiatives;
        this.clock = clock;
    }

    @GetMapping
    Paged<InitiativeView> list(@PathVariable String networkId,
                               @RequestParam(defaultValue = "0") @Min(0) int page,
                               @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        Paged<Initiative> found = initiatives.list(networkId, page, size);
        return new Paged<>(found.items().stream().map(InitiativeView::of).toList(), page, size, found.total());
    }

    @PostMapping
    ResponseEntity<InitiativeView> open(@PathVariable String networkId, @Valid @RequestBody NewInitiative request,
                                        Member member) {
        Initiative initiative = Initiative.open(UUID.randomUUID().toString(), networkId, request.name().strip(),
                request.description(), member.id(), clock.instant());
        initiatives.insert(initiative, member.id());
        return ResponseEntity.created(URI.create("/api/networks/" + networkId + "/initiatives/" + initiative.id()))
                .body(InitiativeView.of(initiative));
    }

    @GetMapping("/{initiativeId}")
    InitiativeView get(@PathVariable String networkId, @PathVariable String initiativeId) {
        return InitiativeView.of(initiatives.get(networkId, initiativeId));
    }
}
