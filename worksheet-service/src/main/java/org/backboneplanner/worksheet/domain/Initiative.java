package org.backboneplanner.worksheet.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.backboneplanner.events.BackboneRole;
import org.backboneplanner.events.EventEnvelope;
import org.backboneplanner.events.EventPayload;
import org.backboneplanner.events.Limits;
import org.backboneplanner.events.worksheet.Audience;
import org.backboneplanner.events.worksheet.InitiativeCreated;
import org.backboneplanner.events.worksheet.InitiativeDetailsChanged;
import org.backboneplanner.events.worksheet.InitiativeRole;
import org.backboneplanner.events.worksheet.Maturity;
import org.backboneplanner.events.worksheet.MemberInvited;
import org.backboneplanner.events.worksheet.MemberJoined;
import org.backboneplanner.events.worksheet.MemberRoleChanged;
import org.backboneplanner.events.worksheet.NextStepDetails;
import org.backboneplanner.events.worksheet.NextStepScheduled;
import org.backboneplanner.events.worksheet.NextStepUpdated;
import org.backboneplanner.events.worksheet.PlanKind;
import org.backboneplanner.events.worksheet.Visibility;
import org.backboneplanner.events.worksheet.WorksheetVersionAdopted;
import org.backboneplanner.support.problem.ConflictException;
import org.backboneplanner.support.problem.InvalidInputException;
import org.backboneplanner.support.problem.NotFoundException;
import org.backboneplanner.support.problem.TooManyRequestsException;
import org.backboneplanner.support.security.Member;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A collective impact initiative of one network, with its members and its worksheet (the six rows,
 * step 2, adopted versions). It is the aggregate every worksheet write goes through: one document,
 * so a change and the events it causes are stored in one atomic write (see {@code OutboxStore}).
 * Methods that change it return the events they cause; who may call them is {@link InitiativeAccess}'s.
 */
@Document("initiatives")
public class Initiative {

    @Id
    private final String id;
    @Indexed
    private final String networkId;
    private String name;
    private String description;
    private Maturity maturity;
    private int startYear;
    private int endYear;
    private List<String> languages;
    private Visibility visibility;
    private long detailsVersion;
    private final String createdBy;
    private final Instant createdAt;
    private final List<InitiativeMember> members;
    private final List<RoleRow> roles;
    private final Pooling pooling;
    private final List<Plan> plans;
    private final List<AdoptedVersion> versions;
    private String basedOnVersionId;
    /** The sequence number of the last event this initiative caused. */
    private long eventSequence;
    /** Moves with every stored change; writes are conditional on it. */
    private final long revision;

    @PersistenceCreator
    Initiative(String id, String networkId, String name, String description, Maturity maturity, int startYear,
               int endYear, List<String> languages, Visibility visibility, long detailsVersion, String createdBy,
               Instant createdAt, List<InitiativeMember> members, List<RoleRow> roles, Pooling pooling,
               List<Plan> plans, List<AdoptedVersion> versions, String basedOnVersionId, long eventSequence,
               long revision) {
        this.id = id;
        this.networkId = networkId;
        this.name = name;
        this.description = description;
        this.maturity = maturity == null ? Maturity.EMERGING : maturity;
        this.startYear = startYear;
        this.endYear = endYear;
        this.languages = languages == null ? List.of("fr") : List.copyOf(languages);
        this.visibility = visibility == null ? Visibility.NETWORK : visibility;
        this.detailsVersion = detailsVersion;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.members = new ArrayList<>(members == null ? List.of() : members);
        this.roles = new ArrayList<>(roles);
        this.pooling = pooling == null ? Pooling.empty() : pooling;
        this.plans = new ArrayList<>(plans == null || plans.isEmpty() ? Plan.empty() : plans);
        this.versions = new ArrayList<>(versions == null ? List.of() : versions);
        this.basedOnVersionId = basedOnVersionId;
        this.eventSequence = eventSequence;
        this.revision = revision;
    }

    /** Opens an initiative with its worksheet (six empty rows in the seed's order); its creator coordinates it. */
    public static Initiative open(String id, String networkId, InitiativeDetails details, Member creator, Instant now) {
        InitiativeMember coordinator = new InitiativeMember(UUID.randomUUID().toString(), creator.id(),
                lower(creator.email()), creator.displayName(), InitiativeRole.COORDINATOR,
                InitiativeMember.Status.ACTIVE, language(creator.locale()), creator.id(), now, now);
        return new Initiative(id, networkId, details.name(), details.description(), details.maturity(),
                details.startYear(), details.endYear(), details.languages(), details.visibility(), 1, creator.id(), now,
                List.of(coordinator), RoleRow.emptyWorksheet(), Pooling.empty(), Plan.empty(), List.of(), null, 0, 0);
    }

    public InitiativeCreated created() {
        return new InitiativeCreated(name, description, createdBy, maturity, startYear, endYear, languages, visibility,
                audience());
    }

    /** Who may see the initiative now, whole: what every event that changes access carries. */
    public Audience audience() {
        return new Audience(visibility, members.stream().filter(InitiativeMember::isActive)
                .map(m -> new Audience.Part(m.memberId(), m.role())).toList());
    }

    public Optional<InitiativeDetailsChanged> describe(InitiativeDetails details) {
        if (details.equals(details())) {
            return Optional.empty();
        }
        name = details.name();
        description = details.description();
        maturity = details.maturity();
        startYear = details.startYear();
        endYear = details.endYear();
        languages = List.copyOf(details.languages());
        visibility = details.visibility();
        detailsVersion++;
        return Optional.of(new InitiativeDetailsChanged(name, description, maturity, startYear, endYear, languages,
                visibility, audience()));
    }

    public InitiativeDetails details() {
        return new InitiativeDetails(name, description, maturity, startYear, endYear, languages, visibility);
    }

    // ---- members

    /** The caller's membership, if they are an active member. */
    public Optional<InitiativeMember> membershipOf(Member member) {
        return members.stream().filter(m -> m.isActive() && member.id().equals(m.memberId())).findFirst();
    }

    /** A pending invitation for the caller's address, which their first visit turns into membership. */
    public Optional<InitiativeMember> invitationFor(Member member) {
        String email = lower(member.email());
        if (email == null || membershipOf(member).isPresent()) {
            return Optional.empty();
        }
        return members.stream().filter(m -> !m.isActive() && email.equals(m.email())).findFirst();
    }

    public MemberJoined join(Member member, Instant now) {
        InitiativeMember invitation = invitationFor(member)
                .orElseThrow(() -> new IllegalStateException("no invitation for " + member.id()));
        InitiativeMember joined = invitation.joined(member.id(), member.displayName(), now);
        members.set(members.indexOf(invitation), joined);
        return new MemberJoined(member.id(), joined.email(), joined.name(), joined.role(), audience());
    }

    public MemberInvited invite(String email, String inviteeName, InitiativeRole role, String language, Member by,
                                Instant now) {
        String address = lower(email);
        if (members.stream().anyMatch(m -> address.equals(m.email()))) {
            throw new ConflictException("This address is already a member or invited.", null);
        }
        if (members.size() >= Limits.MEMBERS) {
            throw new ConflictException("This initiative already has " + Limits.MEMBERS + " members and invitations, "
                    + "the most it keeps.", null);
        }
        // invitations are mailed: a day's quota keeps an initiative from being used to mail many strangers
        List<Instant> today = members.stream().filter(m -> !Objects.equals(m.memberId(), m.invitedBy()))
                .map(InitiativeMember::invitedAt)
                .filter(at -> at != null && at.isAfter(now.minus(Duration.ofDays(1)))).sorted().toList();
        if (today.size() >= Limits.INVITATIONS_PER_DAY) {
            throw new TooManyRequestsException("This initiative sent " + Limits.INVITATIONS_PER_DAY + " invitations in "
                    + "the last 24 hours, the most it may; invite more later.",
                    Duration.between(now, today.get(0).plus(Duration.ofDays(1))));
        }
        InitiativeMember invitation = new InitiativeMember(UUID.randomUUID().toString(), null, address, inviteeName,
                role, InitiativeMember.Status.INVITED, language, by.id(), now, null);
        members.add(invitation);
        return new MemberInvited(address, inviteeName, role, language, name, by.displayName());
    }

    /** Changes a member's part, or removes them ({@code role} null); the last coordinator stays. */
    public Optional<MemberRoleChanged> assign(String membershipId, InitiativeRole role) {
        InitiativeMember current = members.stream().filter(m -> m.id().equals(membershipId)).findFirst()
                .orElseThrow(() -> new NotFoundException("No member " + membershipId + " in this initiative."));
        if (current.role() == role) {
            return Optional.empty();
        }
        boolean lastCoordinator = current.role() == InitiativeRole.COORDINATOR && current.isActive()
                && members.stream().filter(m -> m.isActive() && m.role() == InitiativeRole.COORDINATOR).count() == 1;
        if (lastCoordinator) {
            throw new ConflictException("An initiative keeps at least one coordinator; name another one first.", null);
        }
        if (role == null) {
            members.remove(current);
        } else {
            members.set(members.indexOf(current), current.withRole(role));
        }
        return Optional.of(new MemberRoleChanged(current.memberId(), current.email(), current.role(), role, audience()));
    }

    // ---- worksheet

    public RoleRow role(BackboneRole role) {
        return roles.stream().filter(row -> row.role() == role).findFirst()
                .orElseThrow(() -> new IllegalStateException("worksheet without role " + role));
    }

    public Plan plan(PlanKind kind) {
        return plans.stream().filter(plan -> plan.kind() == kind).findFirst()
                .orElseThrow(() -> new IllegalStateException("worksheet without plan " + kind));
    }

    /** Plans are for mature initiatives, as the seed's step 2 says. */
    public Plan planOfMatureInitiative(PlanKind kind) {
        if (maturity != Maturity.MATURE) {
            throw new ConflictException("Succession and sustainability plans are for mature initiatives; "
                    + "set the initiative's maturity to MATURE first.", null);
        }
        return plan(kind);
    }

    public StepHolder holder(StepPlace place) {
        return place.role() != null ? role(place.role()) : planOfMatureInitiative(place.plan());
    }

    public NextStepScheduled schedule(StepPlace place, NextStep step) {
        StepHolder holder = holder(place);
        if (holder.nextSteps().size() >= Limits.STEPS) {
            throw new ConflictException("There are already " + Limits.STEPS + " next steps here, the most one role or "
                    + "plan keeps; change or reuse one that is done or dropped.", null);
        }
        requirePlannable(step.dueDate());
        holder.add(step);
        return new NextStepScheduled(name, step.details(place.role(), place.plan()));
    }

    public Optional<NextStepUpdated> change(StepPlace place, String stepId, NextStepChange change, LocalDate today) {
        NextStep step = holder(place).nextStep(stepId)
                .orElseThrow(() -> new NotFoundException("No next step " + stepId + " there."));
        NextStepDetails before = step.details(place.role(), place.plan());
        if (change.dueDate() != null && !change.dueDate().equals(step.dueDate())) {
            requirePlannable(change.dueDate());
        }
        Set<String> changed = step.change(change, today);
        return changed.isEmpty() ? Optional.empty()
                : Optional.of(new NextStepUpdated(name, step.details(place.role(), place.plan()), changed, before));
    }

    /**
     * A due date must fall within the initiative's horizon, give or take a few years, and never before
     * 2000: a date far off is a typing error, and a reminder planner must never chase it.
     */
    public void requirePlannable(LocalDate dueDate) {
        LocalDate earliest = max(Limits.EARLIEST, LocalDate.of(startYear - Limits.YEARS_AROUND_HORIZON, 1, 1));
        LocalDate latest = min(Limits.LATEST, LocalDate.of(endYear + Limits.YEARS_AROUND_HORIZON, 12, 31));
        if (dueDate.isBefore(earliest) || dueDate.isAfter(latest)) {
            throw new InvalidInputException("dueDate", "must be between " + earliest + " and " + latest
                    + " (the initiative's horizon, " + startYear + "–" + endYear + ", give or take "
                    + Limits.YEARS_AROUND_HORIZON + " years)");
        }
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    public Pooling pooling() {
        return pooling;
    }

    // ---- versions

    /**
     * Adopts the draft as it stands under a name: returns the version's content, to be stored beside the
     * initiative, and the event; the initiative keeps only the version's summary.
     */
    public Adoption adopt(String versionId, String versionName, Member by, Instant now) {
        if (versions.stream().anyMatch(v -> v.name().equalsIgnoreCase(versionName))) {
            throw new ConflictException("A version is already named \"" + versionName + "\".", null);
        }
        if (versions.size() >= Limits.VERSIONS) {
            throw new ConflictException("This worksheet already has " + Limits.VERSIONS + " adopted versions, the most "
                    + "it keeps.", null);
        }
        WorksheetVersion version = new WorksheetVersion(versionId, networkId, id, versions.size() + 1, versionName,
                by.id(), by.displayName(), now, roles.stream().map(RoleRow::copy).toList(), pooling.copy(),
                plans.stream().map(Plan::copy).toList());
        versions.add(version.summary());
        basedOnVersionId = version.id();
        return new Adoption(version, new WorksheetVersionAdopted(version.id(), version.name(), version.number()));
    }

    /** A version adopted now: its content, and the event saying so. */
    public record Adoption(WorksheetVersion version, WorksheetVersionAdopted event) {
    }

    public Optional<AdoptedVersion> version(String versionId) {
        return versions.stream().filter(v -> v.id().equals(versionId)).findFirst();
    }

    /** The draft as if it were a version, to compare it with adopted ones. */
    public WorksheetVersion draft() {
        return new WorksheetVersion("current", networkId, id, versions.size() + 1, "draft", null, null, null, roles(),
                pooling, plans());
    }

    /** Wraps the events of one change in envelopes, numbering them after the last one. */
    public List<EventEnvelope> envelopes(List<? extends EventPayload> payloads, EventEnvelope.Actor actor,
                                         Instant now) {
        List<EventEnvelope> events = EventEnvelope.numbered(networkId, id, id, eventSequence, now, actor, payloads);
        eventSequence += events.size();
        return events;
    }

    private static String lower(String email) {
        return email == null ? null : email.strip().toLowerCase(Locale.ROOT);
    }

    private static String language(String locale) {
        return locale != null && locale.startsWith("en") ? "en" : "fr";
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

    public String description() {
        return description;
    }

    public Maturity maturity() {
        return maturity;
    }

    public int startYear() {
        return startYear;
    }

    public int endYear() {
        return endYear;
    }

    public List<String> languages() {
        return languages;
    }

    public Visibility visibility() {
        return visibility;
    }

    public long detailsVersion() {
        return detailsVersion;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public List<InitiativeMember> members() {
        return List.copyOf(members);
    }

    public List<RoleRow> roles() {
        return List.copyOf(roles);
    }

    public List<Plan> plans() {
        return List.copyOf(plans);
    }

    public List<AdoptedVersion> versions() {
        return List.copyOf(versions);
    }

    public String basedOnVersionId() {
        return basedOnVersionId;
    }

    public long revision() {
        return revision;
    }
}
