package org.backboneplanner.partner.directory;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.backboneplanner.events.partner.PartnerContact;
import org.backboneplanner.events.partner.PartnerRegistered;
import org.backboneplanner.events.partner.PartnerUpdated;
import org.backboneplanner.support.security.Member;
import org.backboneplanner.support.store.Aggregate;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A partner organization in one network's directory. Its folded name is unique per network (on its own
 * {@code uniqueName} field: the MongoDB wire-protocol server cannot run a regex on a field of a unique
 * compound index). Folded search fields are kept beside the originals, since search must work without
 * MongoDB's text index. A partner is archived, never deleted: worksheets that name it stay readable.
 */
@Document("partners")
public class Partner extends Aggregate {

    private PartnerDescription description;
    private String nameKey;
    @Indexed(unique = true)
    private String uniqueName;
    private String websiteKey;
    private String searchOther;
    private boolean archived;
    private final List<Affiliation> affiliations;
    private final String createdBy;
    private final Instant createdAt;
    private long version;

    @PersistenceCreator
    Partner(String id, String networkId, PartnerDescription description, boolean archived,
            List<Affiliation> affiliations, String createdBy, Instant createdAt, long version, long eventSequence,
            long revision) {
        super(id, networkId, eventSequence, revision);
        this.affiliations = new ArrayList<>(affiliations == null ? List.of() : affiliations);
        this.archived = archived;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.version = version;
        describeAs(description);
    }

    public static Partner register(String id, String networkId, PartnerDescription description, String createdBy,
                            Instant now) {
        return new Partner(id, networkId, description, false, List.of(), createdBy, now, 1, 0, 0);
    }

    public PartnerRegistered registered() {
        return new PartnerRegistered(id(), description.name(), description.kind().name(), description.sectors(),
                description.territory(), description.influential(), contacts());
    }

    /** Describes the partner anew; returns the event naming what changed, or nothing. */
    Optional<PartnerUpdated> describe(PartnerDescription next) {
        Set<String> changed = new LinkedHashSet<>();
        PartnerDescription d = description;
        if (!Objects.equals(d.name(), next.name())) changed.add("name");
        if (d.kind() != next.kind()) changed.add("kind");
        if (!Objects.equals(d.website(), next.website())) changed.add("website");
        if (!Objects.equals(d.sectors(), next.sectors())) changed.add("sectors");
        if (!Objects.equals(d.territory(), next.territory())) changed.add("territory");
        if (!Objects.equals(d.contacts(), next.contacts())) changed.add("contacts");
        if (!Objects.equals(d.notes(), next.notes())) changed.add("notes");
        if (d.influential() != next.influential()) changed.add("influential");
        if (changed.isEmpty()) {
            return Optional.empty();
        }
        describeAs(next);
        version++;
        return Optional.of(updated(changed));
    }

    Optional<PartnerUpdated> archive(boolean archive) {
        if (archived == archive) {
            return Optional.empty();
        }
        archived = archive;
        version++;
        return Optional.of(updated(Set.of("archived")));
    }

    /** Links a member to this organization ("I work here"). */
    Optional<PartnerUpdated> affiliate(Member member, Instant now) {
        if (affiliations.stream().anyMatch(a -> a.memberId().equals(member.id()))) {
            return Optional.empty();
        }
        affiliations.add(new Affiliation(member.id(), member.displayName(), member.email(), now));
        version++;
        return Optional.of(updated(Set.of("affiliations")));
    }

    Optional<PartnerUpdated> disaffiliate(String memberId) {
        if (!affiliations.removeIf(a -> a.memberId().equals(memberId))) {
            return Optional.empty();
        }
        version++;
        return Optional.of(updated(Set.of("affiliations")));
    }

    private PartnerUpdated updated(Set<String> changed) {
        return new PartnerUpdated(id(), description.name(), description.kind().name(), description.sectors(),
                description.territory(), description.influential(), archived, Set.copyOf(changed), contacts());
    }

    /** The contacts other services may remind: a step owned by this partner goes to one of them. */
    private List<PartnerContact> contacts() {
        return description.contacts().stream().map(c -> new PartnerContact(c.name(), c.email(), c.language())).toList();
    }

    private void describeAs(PartnerDescription next) {
        this.description = next;
        this.nameKey = SearchText.fold(next.name());
        this.uniqueName = networkId() + "/" + nameKey;
        this.websiteKey = websiteKey(next.website());
        List<String> other = new ArrayList<>(next.sectors());
        other.add(next.territory());
        next.contacts().forEach(c -> {
            other.add(c.name());
            other.add(c.email());
            other.add(c.role());
        });
        this.searchOther = SearchText.fold(String.join(" ", other.stream().filter(Objects::nonNull).toList()));
    }

    /** A website as duplicates compare it: host without "www.", lower case. */
    static String websiteKey(String website) {
        if (website == null || website.isBlank()) {
            return null;
        }
        try {
            String host = URI.create(website.strip()).getHost();
            return host == null ? null : host.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
        } catch (IllegalArgumentException e) {
            return null;
        }
    }




    /** A partner belongs to its network's directory, not to one initiative. */
    @Override
    public String initiativeId() {
        return null;
    }

    public PartnerDescription description() {
        return description;
    }

    public String name() {
        return description.name();
    }

    public String nameKey() {
        return nameKey;
    }

    public String websiteKey() {
        return websiteKey;
    }

    public String searchOther() {
        return searchOther;
    }

    public boolean archived() {
        return archived;
    }

    public List<Affiliation> affiliations() {
        return List.copyOf(affiliations);
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public long version() {
        return version;
    }

}
