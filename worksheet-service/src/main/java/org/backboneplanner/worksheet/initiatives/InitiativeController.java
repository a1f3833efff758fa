package org.backboneplanner.worksheet.initiatives;

import java.net.URI;

import org.backboneplanner.support.security.Member;
import org.backboneplanner.support.store.Paged;
import org.backboneplanner.support.web.Expected;
import org.backboneplanner.worksheet.domain.Initiative;
import org.backboneplanner.worksheet.domain.Initiatives;
import org.backboneplanner.worksheet.initiatives.InitiativeRequests.InitiativeFields;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
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
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** The initiatives of a network. The caller's membership of the network is checked before this runs. */
@RestController
@Tag(name = "Initiatives", description = "The initiatives of a network: list those you may read, open one, read "
        + "and describe it.")
@Validated
@RequestMapping("/api/networks/{networkId}/initiatives")
class InitiativeController {

    private final Initiatives initiatives;
    private final InitiativeService service;

    InitiativeController(Initiatives initiatives, InitiativeService service) {
        this.initiatives = initiatives;
        this.service = service;
    }

    @GetMapping
    @Operation(operationId = "listInitiatives", summary = "The network's initiatives the caller may read, newest first")
    Paged<InitiativeView> list(@PathVariable String networkId,
                               @RequestParam(defaultValue = "0") @Min(0) @Max(10000) int page,
                               @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size, Member member) {
        Paged<Initiative> found = initiatives.list(networkId, member, page, size);
        return new Paged<>(found.items().stream().map(i -> InitiativeView.of(i, member)).toList(), page, size,
                found.total());
    }

    @PostMapping
    @Operation(operationId = "openInitiative",
            summary = "Open an initiative; its creator coordinates it and its worksheet comes with it")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<InitiativeView> open(@PathVariable String networkId, @Valid @RequestBody InitiativeFields request,
                                        Member member) {
        Initiative initiative = service.open(networkId, request, member);
        InitiativeView view = InitiativeView.of(initiative, member);
        return ResponseEntity.created(URI.create("/api/networks/" + networkId + "/initiatives/" + initiative.id()))
                .eTag(view.etag()).body(view);
    }

    @GetMapping("/{initiativeId}")
    @Operation(operationId = "getInitiative",
            summary = "An initiative's details, with the caller's part and what they may do")
    ResponseEntity<InitiativeView> get(@PathVariable String networkId, @PathVariable String initiativeId,
                                       Member member) {
        InitiativeView view = InitiativeView.of(initiatives.read(networkId, initiativeId, member), member);
        return ResponseEntity.ok().eTag(view.etag()).body(view);
    }

    @PatchMapping("/{initiativeId}")
    @Operation(operationId = "describeInitiative",
            summary = "Describe the initiative anew: name, maturity, horizon, languages, visibility")
    ResponseEntity<InitiativeView> describe(@PathVariable String networkId, @PathVariable String initiativeId,
                                            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                            @Valid @RequestBody InitiativeFields request, Member member) {
        InitiativeView view = InitiativeView.of(service.describe(networkId, initiativeId, Expected.from(ifMatch), request,
                member), member);
        return ResponseEntity.ok().eTag(view.etag()).body(view);
    }
}
