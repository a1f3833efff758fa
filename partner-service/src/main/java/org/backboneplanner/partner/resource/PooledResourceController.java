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
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Resources partners pool: for an initiative, or for the whole network; with their totals. */
@RestController
@Tag(name = "Pooled resources", description = "What partners pool for an initiative or for the whole "
        + "network (money, staff time, space...), its lifecycle, and the totals secured and proposed.")
class PooledResourceController {

    private final PooledResources resources;

    PooledResourceController(PooledResources resources) {
        this.resources = resources;
    }

    @GetMapping("/api/networks/{networkId}/initiatives/{initiativeId}/pooled-resources")
    @Operation(operationId = "listInitiativeResources",
            summary = "The resources partners pool for an initiative, oldest first")
    List<ResourceView> ofInitiative(@PathVariable String networkId, @PathVariable String initiativeId, Member member) {
        return resources.list(networkId, initiativeId, member).stream().map(ResourceView::of).toList();
    }

    @PostMapping("/api/networks/{networkId}/initiatives/{initiativeId}/pooled-resources")
    @Operation(operationId = "poolForInitiative",
            summary = "Pool a resource for an initiative: which partner offers what, how much, when, for which roles")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<ResourceView> poolForInitiative(@PathVariable String networkId, @PathVariable String initiativeId,
                                                   @Valid @RequestBody NewResource request, Member member) {
        return created(networkId, resources.pool(networkId, initiativeId, request.partnerId(), request.terms(), member));
    }

    @GetMapping("/api/networks/{networkId}/initiatives/{initiativeId}/pooled-resources/totals")
    @Operation(operationId = "initiativeResourceTotals",
            summary = "An initiative's secured and proposed totals, per role and per partner")
    ResourceTotals totals(@PathVariable String networkId, @PathVariable String initiativeId, Member member) {
        return ResourceTotals.of(resources.list(networkId, initiativeId, member).stream()
                .map(PooledResource::details).toList());
    }

    @GetMapping("/api/networks/{networkId}/pooled-resources")
    @Operation(operationId = "listNetworkResources",
            summary = "The resources pooled for the whole network, oldest first")
    List<ResourceView> ofNetwork(@PathVariable String networkId, Member member) {
        return resources.list(networkId, null, member).stream().map(ResourceView::of).toList();
    }

    @PostMapping("/api/networks/{networkId}/pooled-resources")
    @Operation(operationId = "poolForNetwork",
            summary = "Pool a resource for the whole network rather than one initiative")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<ResourceView> poolForNetwork(@PathVariable String networkId, @Valid @RequestBody NewResource request,
                                                Member member) {
        return created(networkId, resources.pool(networkId, null, request.partnerId(), request.terms(), member));
    }

    @GetMapping("/api/networks/{networkId}/pooled-resources/totals")
    @Operation(operationId = "networkResourceTotals",
            summary = "The network-wide resources' secured and proposed totals, per role and per partner")
    ResourceTotals networkTotals(@PathVariable String networkId, Member member) {
        return ResourceTotals.of(resources.list(networkId, null, member).stream().map(PooledResource::details).toList());
    }

    @GetMapping("/api/networks/{networkId}/pooled-resources/{resourceId}")
    @Operation(operationId = "getResource", summary = "One pooled resource")
    ResponseEntity<ResourceView> get(@PathVariable String networkId, @PathVariable String resourceId, Member member) {
        return view(resources.get(networkId, resourceId, member));
    }

    /** Changes what is offered; the partner, kind and initiative stay. */
    @PatchMapping("/api/networks/{networkId}/pooled-resources/{resourceId}")
    @Operation(operationId = "changeResource",
            summary = "Change what a resource offers; its partner, kind and initiative stay")
    @ApiResponse(responseCode = "403", description = "An initiative's resource is changed by those who "
            + "edit the initiative; a network-wide one by its proposer or an administrator.")
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
    @Operation(operationId = "moveResource",
            summary = "Move a resource on: PROPOSED, COMMITTED, DELIVERED, or WITHDRAWN")
    @ApiResponse(responseCode = "403", description = "An initiative's resource is changed by those who "
            + "edit the initiative; a network-wide one by its proposer or an administrator.")
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
    @Operation(operationId = "partnerResources", summary = "What a partner offers across the network, with its totals")
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
                                  message = "not-blank") String description,
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
    record ResourceView(String id, PooledResourceDetails resource, String etag,
                        @io.swagger.v3.oas.annotations.media.Schema(description = "The statuses it may move to now "
                                + "(PUT .../status); empty once delivered or withdrawn") List<ResourceStatus> nextStatuses) {

        static ResourceView of(PooledResource resource) {
            return new ResourceView(resource.id(), resource.details(), etag(resource), resource.nextStatuses());
        }

        static String etag(PooledResource resource) {
            return Etags.of("r" + resource.version());
        }
    }

    record PartnerResources(List<PooledResourceDetails> resources, ResourceTotals totals) {
    }
}
