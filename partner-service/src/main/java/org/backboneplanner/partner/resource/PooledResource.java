package org.backboneplanner.partner.resource;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.backboneplanner.events.BackboneRole;
import org.backboneplanner.events.partner.PooledResourceDetails;
import org.backboneplanner.events.partner.ResourceKind;
import org.backboneplanner.events.partner.ResourcePooled;
import org.backboneplanner.events.partner.ResourceStatus;
import org.backboneplanner.events.partner.ResourceStatusChanged;
import org.backboneplanner.events.partner.ResourceUpdated;
import org.backboneplanner.support.problem.ConflictException;
import org.backboneplanner.support.store.Aggregate;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * What a partner puts in common, for one initiative or (no initiative) for the whole network: money,
 * staff time, a space, expertise, data, equipment, communications. It moves from proposed to
 * committed to delivered, or is withdrawn; a withdrawn or delivered resource moves no more.
 */
@Document("pooled_resources")
@CompoundIndex(name = "initiative", def = "{'networkId': 1, 'initiativeId': 1}")
public class PooledResource extends Aggregate {

    private static final Map<ResourceStatus, Set<ResourceStatus>> NEXT = Map.of(
            ResourceStatus.PROPOSED, EnumSet.of(ResourceStatus.COMMITTED, ResourceStatus.WITHDRAWN),
            ResourceStatus.COMMITTED, EnumSet.of(ResourceStatus.DELIVERED, ResourceStatus.WITHDRAWN),
            ResourceStatus.DELIVERED, EnumSet.noneOf(ResourceStatus.class),
            ResourceStatus.WITHDRAWN, EnumSet.noneOf(ResourceStatus.class));

    private final String initiativeId;
    private final String partnerId;
    private final String partnerName;
    private final ResourceKind kind;
    private String description;
    private BigDecimal amount;
    private String unit;
    private LocalDate from;
    private LocalDate to;
    private List<BackboneRole> roles;
    private ResourceStatus status;
    private final String createdBy;
    private final Instant createdAt;
    private long version;

    @PersistenceCreator
    PooledResource(String id, String networkId, String initiativeId, String partnerId, String partnerName,
                   ResourceKind kind, String description, BigDecimal amount, String unit, LocalDate from, LocalDate to,
                   List<BackboneRole> roles, ResourceStatus status, String createdBy, Instant createdAt, long version,
                   long eventSequence, long revision) {
        super(id, networkId, eventSequence, revision);
        this.initiativeId = initiativeId;
        this.partnerId = partnerId;
        this.partnerName = partnerName;
        this.kind = kind;
        this.description = description;
        this.amount = amount;
        this.unit = unit;
        this.from = from;
        this.to = to;
        this.roles = roles == null ? List.of() : List.copyOf(roles);
        this.status = status;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.version = version;
    }

    static PooledResource pool(String id, String networkId, String initiativeId, String partnerId, String partnerName,
                               ResourceTerms terms, String createdBy, Instant now) {
        return new PooledResource(id, networkId, initiativeId, partnerId, partnerName, terms.kind(), terms.description(),
                terms.amount(), terms.unit(), terms.from(), terms.to(), terms.roles(), ResourceStatus.PROPOSED,
                createdBy, now, 1, 0, 0);
    }

    ResourcePooled pooled() {
        return new ResourcePooled(details());
    }

    /** The statuses this resource may move to now, so clients offer those and no others. */
    public List<ResourceStatus> nextStatuses() {
        return List.copyOf(NEXT.get(status));
    }

    ResourceStatusChanged move(ResourceStatus next) {
        if (!NEXT.get(status).contains(next)) {
            throw new ConflictException("status-transition", NEXT.get(status).isEmpty()
                    ? "conflict.status.final" : "conflict.status", status, next, NEXT.get(status).stream()
                    .map(Enum::name).collect(java.util.stream.Collectors.joining(", ")));
        }
        ResourceStatus before = status;
        status = next;
        version++;
        return new ResourceStatusChanged(details(), before);
    }

    Optional<ResourceUpdated> change(ResourceTerms terms) {
        Set<String> changed = new LinkedHashSet<>();
        if (!Objects.equals(description, terms.description())) changed.add("description");
        if (!Objects.equals(amount, terms.amount())) changed.add("amount");
        if (!Objects.equals(unit, terms.unit())) changed.add("unit");
        if (!Objects.equals(from, terms.from())) changed.add("from");
        if (!Objects.equals(to, terms.to())) changed.add("to");
        if (!Objects.equals(roles, terms.roles())) changed.add("roles");
        if (changed.isEmpty()) {
            return Optional.empty();
        }
        description = terms.description();
        amount = terms.amount();
        unit = terms.unit();
        from = terms.from();
        to = terms.to();
        roles = List.copyOf(terms.roles());
        version++;
        return Optional.of(new ResourceUpdated(details(), Set.copyOf(changed)));
    }

    ResourceTerms terms() {
        return new ResourceTerms(kind, description, amount, unit, from, to, roles);
    }

    public PooledResourceDetails details() {
        return new PooledResourceDetails(id(), initiativeId, partnerId, partnerName, kind, description, amount, unit, from,
                to, roles, status);
    }




    @Override
    public String initiativeId() {
        return initiativeId;
    }

    public String partnerId() {
        return partnerId;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public ResourceStatus status() {
        return status;
    }

    public long version() {
        return version;
    }

}
