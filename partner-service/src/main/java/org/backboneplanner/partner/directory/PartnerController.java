package org.backboneplanner.partner.directory;

import java.net.URI;

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
import jakarta.validation.constraints.Size;

/** A network's partner directory. */
@RestController
@Validated
@RequestMapping("/api/networks/{networkId}/partners")
class PartnerController {

    private final PartnerDirectory directory;

    PartnerController(PartnerDirectory directory) {
        this.directory = directory;
    }

    @GetMapping
    Paged<PartnerView> search(@PathVariable String networkId,
                              @RequestParam(defaultValue = "") @Size(max = 200) String q,
                              @RequestParam(defaultValue = "0") @Min(0) int page,
                              @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        Paged<Partner> found = directory.search(networkId, q, page, size);
        return new Paged<>(found.items().stream().map(PartnerView::of).toList(), page, size, found.total());
    }

    @PostMapping
    ResponseEntity<PartnerView> register(@PathVariable String networkId, @Valid @RequestBody NewPartner request,
                                         Member member) {
        Partner partner = directory.register(networkId, request, member);
        return ResponseEntity.created(URI.create("/api/networks/" + networkId + "/partners/" + partner.id()))
                .body(PartnerView.of(partner));
    }

    @GetMapping("/{partnerId}")
    PartnerView get(@PathVariable String networkId, @PathVariable String partnerId) {
        return PartnerView.of(directory.get(networkId, partnerId));
    }
}
