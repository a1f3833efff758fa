package org.backboneplanner.partner.resource;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import org.backboneplanner.events.BackboneRole;
import org.backboneplanner.events.Limits;
import org.backboneplanner.events.partner.PooledResourceDetails;
import org.backboneplanner.events.partner.ResourceKind;
import org.backboneplanner.events.partner.ResourceStatus;
import org.backboneplanner.support.security.Member;
import org.backboneplanner.support.text.OneLine;
import org.backboneplanner.support.web.Etags;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Resources partners pool: for an initiative, or for the whole network; with their totals. */
@RestController
class PooledResourceController {

    private final PooledResources resources;

    PooledResourceController(PooledResources resources) {
        this.resources = resources;
    }

    @GetMapping("/api/networks/{networkId}/initiatives/{initiativeId}/pooled-resources")
    List<ResourceView> ofInitiative(@PathVariable String networkId, @PathVariable String initiativeId, Member member) {
        return resources.list(networkId, initiativeId, member).stream().map(ResourceView::of).toList();
    }

    @PostMapping("/api/networks/{networkId}/initiatives/{initiativeId}/pooled-resources")
    ResponseEntity<ResourceView> poolForInitiative(@PathVariable String networkId, @PathVariable String initiativeId,
                                                   @Valid @RequestBody NewResource request, Member member) {
        return created(networkId, resources.pool(networkId, initiativeId, request.partnerId(), request.terms(), member));
    }

    @GetMapping("/api/networks/{networkId}/initiatives/{initiativeId}/pooled-resources/totals")
    ResourceTotals totals(@PathVariable String networkId, @PathVariable String initiativeId, Member member) {
        return ResourceTotals.of(resources.list(networkId, initiativeId, member).stream()
                .map(PooledResource::details).toList());
    }

    @GetMapping("/api/networks/{networkId}/pooled-resources")
    List<ResourceView> ofNetwork(@PathVariable String networkId, Member member) {
        return resources.list(networkId, null, member).stream().map(ResourceView::of).toList();
    }

    @PostMapping("/api/networks/{networkId}/pooled-resources")
    ResponseEntity<ResourceView> poolForNetwork(@PathVariable String networkId, @Valid @RequestBody NewResource request,
                                                Member member) {
        return created(networkId, resources.pool(networkId, null, request.partnerId(), request.terms(), member));
    }

    @GetMapping("/api/networks/{networkId}/pooled-resources/totals")
    ResourceTotals networkTotals(@PathVariable String networkId, Member member) {
        return ResourceTotals.of(resources.list(networkId, null, member).stream().map(PooledResource::details).toList());
    }

    @GetMapping("/api/networks/{networkId}/pooled-resources/{resourceId}")
    ResponseEntity<ResourceView> get(@PathVariable String networkId, @PathVariable String resourceId, Member member) {
        return view(resources.get(networkId, resourceId, member));
    }

    /** Changes what is offered; the partner, kind and initiative stay. */
    @PatchMapping("/api/networks/{networkId}/pooled-resources/{resourceId}")
    ResponseEntity<ResourceView> change(@PathVariable String networkId, @PathVariable String resourceId,
                                        @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                        @Valid @RequestBody ResourceChange change, Member member) {
        return view(resources.update(networkId, resourceId, member, resource -> {
            Etags.require(ifMatch, ResourceView.etag(resource), ResourceView.of(resource));
            ResourceTerms terms = change.applyTo(resource.terms());
            PooledResources.check(terms);
            return resource.change(terms);
        }));
    }

    @PutMapping("/api/networks/{networkId}/pooled-resources/{resourceId}/status")
    ResponseEntity<ResourceView> move(@PathVariable String networkId, @PathVariable String resourceId,
                                      @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                      @Valid @RequestBody StatusChange change, Member member) {
        return view(resources.update(networkId, resourceId, member, resource -> {
            Etags.require(ifMatch, ResourceView.etag(resource), ResourceView.of(resource));
            return resource.status() == change.status() ? java.util.Optional.empty()
                    : java.util.Optional.of(resource.move(change.status()));
        }));
    }

    @GetMapping("/api/networks/{networkId}/partners/{partnerId}/pooled-resources")
    PartnerResources ofPartner(@PathVariable String networkId, @PathVariable String partnerId, Member member) {
        List<PooledResourceDetails> offered = resources.ofPartner(networkId, partnerId, member).stream()
                .map(PooledResource::details).toList();
        return new PartnerResources(offered, ResourceTotals.of(offered));
    }

    private static ResponseEntity<ResourceView> created(String networkId, PooledResource resource) {
        ResourceView view = ResourceView.of(resource);
        return ResponseEntity.created(URI.create("/api/networks/" + networkId + "/pooled-resources/" + resource.id()))
                .eTag(view.etag()).body(view);
    }

    private static ResponseEntity<ResourceView> view(PooledResource resource) {
        ResourceView view = ResourceView.of(resource);
        return ResponseEntity.ok().eTag(view.etag()).body(view);
    }

    /** A resource to pool: which partner offers it, what, how much, when, for which roles. */
    record NewResource(@NotBlank @Size(max = Limits.ID) String partnerId,
                       @NotNull ResourceKind kind,
                       @NotBlank @Size(max = 1000) String description,
                       @Digits(integer = 12, fraction = 2) @DecimalMax("999999999999.99") BigDecimal amount,
                       @OneLine @Size(max = 40) String unit,
                       LocalDate from, LocalDate to,
                       @Size(max = 6) List<@NotNull BackboneRole> roles) {

        ResourceTerms terms() {
            return new ResourceTerms(kind, description.strip(), amount, Quantities.normalizeUnit(kind, unit), from, to,
                    roles == null ? List.of() : roles.stream().distinct().toList());
        }
    }

    /** A change of terms; fields left out stay as they are. */
    record ResourceChange(@Size(min = 1, max = 1000) @jakarta.validation.constraints.Pattern(regexp = "(?s).*\\S.*",
                                  message = "must not be blank") String description,
                          @Digits(integer = 12, fraction = 2) BigDecimal amount,
                          @OneLine @Size(max = 40) String unit,
                          LocalDate from, LocalDate to,
                          @Size(max = 6) List<@NotNull BackboneRole> roles) {

        ResourceTerms applyTo(ResourceTerms current) {
            return new ResourceTerms(current.kind(), description != null ? description.strip() : current.description(),
                    amount != null ? amount : current.amount(),
                    unit != null ? Quantities.normalizeUnit(current.kind(), unit) : current.unit(),
                    from != null ? from : current.from(), to != null ? to : current.to(),
                    roles != null ? roles.stream().distinct().toList() : current.roles());
        }
    }

    record StatusChange(@NotNull ResourceStatus status) {
    }

    /** A resource as the API shows it. */
    record ResourceView(String id, PooledResourceDetails resource, String etag) {

        static ResourceView of(PooledResource resource) {
            return new ResourceView(resource.id(), resource.details(), etag(resource));
        }

        static String etag(PooledResource resource) {
            return Etags.of("r" + resource.version());
        }
    }

    record PartnerResources(List<PooledResourceDetails> resources, ResourceTotals totals) {
    }
}
