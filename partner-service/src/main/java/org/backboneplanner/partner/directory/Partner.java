package org.backboneplanner.partner.directory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.backboneplanner.events.EventEnvelope;
import org.backboneplanner.events.EventPayload;
import org.backboneplanner.events.partner.PartnerRegistered;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A partner organization in one network's directory. The folded name is unique per network: the same
 * organization is not registered twice. That rule lives on its own field ({@code uniqueName}) rather
 * than a compound index, because the MongoDB wire-protocol server cannot run a regex search on a
 * field that belongs to a unique compound index.
 */
@Document("partners")
public class Partner {

    @Id
    private final String id;
    @Indexed
    private final String networkId;
    private final String name;
    private final String nameKey;
    @Indexed(unique = true)
    private final String uniqueName;
    private final PartnerKind kind;
    private final String website;
    private final List<String> sectors;
    private final String territory;
    private final String createdBy;
    private final Instant createdAt;
    private long eventSequence;
    private final long revision;

    @PersistenceCreator
    Partner(String id, String networkId, String name, String nameKey, PartnerKind kind, String website,
            List<String> sectors, String territory, String createdBy, Instant createdAt, long eventSequence,
            long revision) {
        this.id = id;
        this.networkId = networkId;
        this.name = name;
        this.nameKey = nameKey;
        this.uniqueName = networkId + "/" + nameKey;
        this.kind = kind;
        this.website = website;
        this.sectors = sectors == null ? List.of() : List.copyOf(sectors);
        this.territory = territory;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.eventSequence = eventSequence;
        this.revision = revision;
    }

    static Partner register(String id, String networkId, String name, PartnerKind kind, String website,
                            List<String> sectors, String territory, String createdBy, Instant now) {
        return new Partner(id, networkId, name, SearchText.fold(name), kind, website, sectors, territory, createdBy,
                now, 0, 0);
    }

    PartnerRegistered registered() {
        return new PartnerRegistered(id, name, kind.name());
    }

    List<EventEnvelope> envelopes(List<? extends EventPayload> payloads, EventEnvelope.Actor actor, Instant now) {
        List<EventEnvelope> events = new ArrayList<>();
        for (EventPayload payload : payloads) {
            events.add(EventEnvelope.of(networkId, null, id, ++eventSequence, now, actor, payload));
        }
        return events;
    }

    public String id() {
        return id;
    }

    public String networkId() {
        return networkId;
    }

    public String name() {
        return name;
    }

    public String nameKey() {
        return nameKey;
    }

    public PartnerKind kind() {
        return kind;
    }

    public String website() {
        return website;
    }

    public List<String> sectors() {
        return sectors;
    }

    public String territory() {
        return territory;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
