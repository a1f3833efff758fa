package org.backboneplanner.partner.directory;

import java.net.URI;
import java.time.Clock;

import org.backboneplanner.partner.directory.PartnerRequests.PartnerChange;
import org.backboneplanner.partner.directory.PartnerRequests.PartnerInput;
import org.backboneplanner.support.security.Member;
import org.backboneplanner.support.store.Paged;
import org.backboneplanner.support.web.Etags;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A network's partner directory. */
@RestController
@Tag(name = "Partners", description = "A network's partner directory: organizations with their contacts, "
        + "sectors and territory, who works for them, archived rather than deleted.")
@Validated
@RequestMapping("/api/networks/{networkId}/partners")
class PartnerController {

    private final PartnerDirectory directory;
    private final Clock clock;

    PartnerController(PartnerDirectory directory, Clock clock) {
        this.directory = directory;
        this.clock = clock;
    }

    /** Search: {@code q} matches words of the name, sectors, territory and contacts, accents and case aside. */
    @GetMapping
    @Operation(operationId = "searchPartners",
            summary = "Search the network's partner directory, ranked by relevance or sorted")
    Paged<PartnerView> search(@PathVariable String networkId,
                              @Parameter(description = "Words to find, each as the start of a word of the name, "
                                      + "sectors, territory or contacts, accents and case aside")
                              @RequestParam(defaultValue = "") @Size(max = 200) String q,
                              @Parameter(description = "Only partners of this kind")
                              @RequestParam(required = false) PartnerKind kind,
                              @Parameter(description = "Archived partners too")
                              @RequestParam(defaultValue = "false") boolean includeArchived,
                              @Parameter(description = "`relevance` (to `q`), `name`, `createdAt` or `kind`")
                              @RequestParam(defaultValue = "relevance")
                              @Pattern(regexp = "relevance|name|createdAt|kind", message = "one-of")
                              String sort,
                              @Parameter(description = "The page, from 0")
                              @RequestParam(defaultValue = "0") @Min(0) @Max(10000) int page,
                              @Parameter(description = "Partners per page, 1 to 100")
                              @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        Paged<Partner> found = directory.search(networkId, q, kind, includeArchived, sort, page, size);
        return new Paged<>(found.items().stream().map(PartnerView::of).toList(), page, size, found.total());
    }

    @PostMapping
    @Operation(operationId = "registerPartner",
            summary = "Register a partner in the directory; the same name or website is refused with the match")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<PartnerView> register(@PathVariable String networkId, @Valid @RequestBody PartnerInput request,
                                         Member member) {
        Partner partner = directory.register(networkId, request.description(), member);
        return ResponseEntity.created(URI.create("/api/networks/" + networkId + "/partners/" + partner.id()))
                .eTag(PartnerView.etag(partner)).body(PartnerView.of(partner));
    }

    @GetMapping("/{partnerId}")
    @Operation(operationId = "getPartner",
            summary = "A partner with its contacts, sectors, territory, notes and who works for it")
    ResponseEntity<PartnerView> get(@PathVariable String networkId, @PathVariable String partnerId) {
        return view(directory.get(networkId, partnerId));
    }

    @PatchMapping("/{partnerId}")
    @Operation(operationId = "describePartner",
            summary = "Describe a partner anew: name, kind, website, sectors, territory, contacts, notes")
    ResponseEntity<PartnerView> describe(@PathVariable String networkId, @PathVariable String partnerId,
                                         @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                         @Valid @RequestBody PartnerChange change, Member member) {
        return view(directory.describe(networkId, partnerId, member, partner -> {
            Etags.require(ifMatch, PartnerView.etag(partner), PartnerView.of(partner));
            return partner.describe(change.applyTo(partner.description()));
        }));
    }

    /** Archives a partner (administrators): it stays, with its history, but is no longer offered. */
    @PutMapping("/{partnerId}/archived")
    @Operation(operationId = "archivePartner",
            summary = "Archive a partner: it stays, with its history, but is no longer offered")
    @ApiResponse(responseCode = "403", description = "Only the network's administrators archive partners.")
    ResponseEntity<PartnerView> archive(@PathVariable String networkId, @PathVariable String partnerId, Member member) {
        return view(directory.archive(networkId, partnerId, true, member));
    }

    @DeleteMapping("/{partnerId}/archived")
    @Operation(operationId = "unarchivePartner", summary = "Bring an archived partner back into the directory")
    @ApiResponse(responseCode = "403", description = "Only the network's administrators archive partners.")
    ResponseEntity<PartnerView> unarchive(@PathVariable String networkId, @PathVariable String partnerId,
                                          Member member) {
        return view(directory.archive(networkId, partnerId, false, member));
    }

    /** "I work for this organization": links the calling member to the partner. */
    @PutMapping("/{partnerId}/affiliations/me")
    @Operation(operationId = "affiliateMe", summary = "Say that you work for this partner organization")
    ResponseEntity<PartnerView> affiliate(@PathVariable String networkId, @PathVariable String partnerId,
                                          Member member) {
        return view(directory.describe(networkId, partnerId, member, partner -> partner.affiliate(member, clock.instant())));
    }

    @DeleteMapping("/{partnerId}/affiliations/me")
    @Operation(operationId = "disaffiliateMe", summary = "Say that you no longer work for this partner organization")
    ResponseEntity<PartnerView> disaffiliate(@PathVariable String networkId, @PathVariable String partnerId,
                                             Member member) {
        return view(directory.describe(networkId, partnerId, member, partner -> partner.disaffiliate(member.id())));
    }

    private static ResponseEntity<PartnerView> view(Partner partner) {
        return ResponseEntity.ok().eTag(PartnerView.etag(partner)).body(PartnerView.of(partner));
    }
}
