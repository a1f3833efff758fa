package org.backboneplanner.worksheet.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.backboneplanner.events.BackboneRole;
import org.backboneplanner.events.Limits;
import org.backboneplanner.events.worksheet.Audience;
import org.backboneplanner.events.worksheet.InitiativeCreated;
import org.backboneplanner.events.worksheet.InitiativeDetailsChanged;
import org.backboneplanner.events.worksheet.InitiativeRole;
import org.backboneplanner.events.worksheet.Maturity;
import org.backboneplanner.events.worksheet.MemberInvited;
import org.backboneplanner.events.worksheet.MemberJoined;
import org.backboneplanner.events.worksheet.MemberRoleChanged;
import org.backboneplanner.events.worksheet.PlanKind;
import org.backboneplanner.events.worksheet.Visibility;
import org.backboneplanner.events.worksheet.WorksheetVersionAdopted;
import org.backboneplanner.support.problem.ConflictException;
import org.backboneplanner.support.problem.NotFoundException;
import org.backboneplanner.support.security.Member;
import org.backboneplanner.support.store.Aggregate;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.mapping.Unwrapped;

/**
 * A collective impact initiative of one network, with its members and its worksheet (the six rows, step 2,
 * the names of its adopted versions). It is the aggregate every worksheet write goes through: one document,
 * so a change and the events it causes are stored in one atomic write. Methods that change it return the
 * events they cause; who may call them is {@link InitiativeAccess}'s.
 */
@Document("initiatives")
public class Initiative extends Aggregate {

    @Unwrapped.Nullable
    private InitiativeDetails details;
    private long detailsVersion;
    private String createdBy;
    private Instant createdAt;
    private List<InitiativeMember> members = new ArrayList<>();
    private List<RoleRow> roles = new ArrayList<>();
    private Pooling pooling = Pooling.empty();
    private List<Plan> plans = new ArrayList<>();
    private List<AdoptedVersion> versions = new ArrayList<>();
    private String basedOnVersionId;
    // steps removed lately, restorable for a while: few, and never part of a version
    private List<RemovedStep> removedSteps = new ArrayList<>();
    private String networkName;

    /** Read field by field from the store. */
    @PersistenceCreator
    private Initiative() {
    }

    private Initiative(String id, String networkId) {
        super(id, networkId);
    }

    /** Opens an initiative with its worksheet (six empty rows in the seed's order); its creator coordinates it. */
    public static Initiative open(String id, String networkId, InitiativeDetails details, Member creator, Instant now) {
        details.requireLongEnoughHorizon();
        Initiative initiative = new Initiative(id, networkId);
        initiative.details = details;
        initiative.detailsVersion = 1;
        initiative.createdBy = creator.id();
        initiative.createdAt = now;
        initiative.networkName = creator.networkName(networkId);
        initiative.members.add(Members.founder(creator, now));
        initiative.roles.addAll(RoleRow.emptyWorksheet());
        initiative.plans.addAll(Plan.empty());
        return initiative;
    }

    public InitiativeCreated created() {
        return new InitiativeCreated(details.name(), details.description(), createdBy, details.maturity(),
                details.startYear(), details.endYear(), details.languages(), details.visibility(), audience(),
                networkName);
    }

    public Optional<InitiativeDetailsChanged> describe(InitiativeDetails next) {
        next.requireLongEnoughHorizon();
        if (next.equals(details)) {
            return Optional.empty();
        }
        details = next;
        detailsVersion++;
        return Optional.of(detailsChanged());
    }

    /** The network's name as a writer's token gives it (Keycloak owns it), kept for prints and mails. */
    public Optional<InitiativeDetailsChanged> nameNetwork(String name) {
        if (name == null || name.equals(networkName)) {
            return Optional.empty();
        }
        networkName = name;
        return Optional.of(detailsChanged());
    }

    private InitiativeDetailsChanged detailsChanged() {
        return new InitiativeDetailsChanged(details.name(), details.description(), details.maturity(),
                details.startYear(), details.endYear(), details.languages(), details.visibility(), audience(), networkName);
    }

    /** Who may see the initiative now, whole: what every event that changes access carries. */
    public Audience audience() {
        return memberRules().audience(details.visibility());
    }

    /** The caller's membership, if they are an active member. */
    public Optional<InitiativeMember> membershipOf(Member member) {
        return memberRules().active(member.id());
    }

    /** An active member named in a request ({@code field}): a carrier, an owner, a mention; 400 otherwise. */
    public InitiativeMember requireActiveMember(String memberId, String field) {
        return memberRules().requireActive(memberId, field);
    }

    /** A pending invitation for the caller's address, which their first visit turns into membership. */
    public Optional<InitiativeMember> invitationFor(Member member) {
        return memberRules().invitationFor(member);
    }

    public MemberJoined join(Member member, Instant now) {
        InitiativeMember joined = memberRules().join(member, now);
        return new MemberJoined(member.id(), joined.email(), joined.name(), joined.role(), audience());
    }

    /** Invites someone by email; the invitation (a member without an account yet) and the event that mails it. */
    public Invitation invite(String email, String inviteeName, InitiativeRole role, String language, Member by,
                             Instant now) {
        InitiativeMember invitation = memberRules().invite(email, inviteeName, role, language, by, now);
        return new Invitation(invitation, new MemberInvited(invitation.email(), inviteeName, role, language, name(),
                by.displayName()));
    }

    /** An invitation and the event that mails it. */
    public record Invitation(InitiativeMember member, MemberInvited event) { }

    /** Changes a member's part, or removes them ({@code role} null); the last coordinator stays. */
    public Optional<MemberRoleChanged> assign(String membershipId, InitiativeRole role) {
        InitiativeMember before = member(membershipId);
        if (before.role() == role) {
            return Optional.empty();
        }
        memberRules().assign(membershipId, role);
        return Optional.of(new MemberRoleChanged(before.memberId(), before.email(), before.role(), role, audience()));
    }

    public InitiativeMember member(String membershipId) {
        return members.stream().filter(m -> m.id().equals(membershipId)).findFirst()
                .orElseThrow(() -> new NotFoundException("not-found.member", membershipId));
    }

    private Members memberRules() {
        return new Members(members);
    }

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
        if (details.maturity() != Maturity.MATURE) {
            throw new ConflictException("not-mature", "conflict.plans-need-maturity");
        }
        return plan(kind);
    }

    public StepHolder holder(StepPlace place) {
        return place.role() != null ? role(place.role()) : planOfMatureInitiative(place.plan());
    }

    /** Its next steps: to plan, change, remove, restore and order them. */
    public InitiativeSteps steps() {
        return new InitiativeSteps(this);
    }

    public Pooling pooling() {
        return pooling;
    }

    /** Adopts the draft under a name: the version's content, stored beside it (it keeps a summary), and the event. */
    public Adoption adopt(String versionId, String versionName, Member by, Instant now) {
        if (versions.stream().anyMatch(v -> v.name().equalsIgnoreCase(versionName))) {
            throw new ConflictException("duplicate", "conflict.version-name", versionName);
        }
        if (versions.size() >= Limits.VERSIONS) {
            throw new ConflictException("limit-reached", "conflict.versions-limit", Limits.VERSIONS);
        }
        WorksheetVersion version = new WorksheetVersion(versionId, networkId(), id(), versions.size() + 1, versionName,
                by.id(), by.displayName(), now, roles.stream().map(RoleRow::copy).toList(), pooling.copy(),
                plans.stream().map(Plan::copy).toList());
        versions.add(version.summary());
        basedOnVersionId = version.id();
        return new Adoption(version, new WorksheetVersionAdopted(version.id(), version.name(), version.number()));
    }

    /** A version adopted now: its content, and the event saying so. */
    public record Adoption(WorksheetVersion version, WorksheetVersionAdopted event) { }

    public Optional<AdoptedVersion> version(String versionId) {
        return versions.stream().filter(v -> v.id().equals(versionId)).findFirst();
    }

    /** The draft as if it were a version, to compare it with adopted ones. */
    public WorksheetVersion draft() {
        return new WorksheetVersion("current", networkId(), id(), versions.size() + 1, "draft", null, null, null, roles(),
                pooling, plans());
    }

    @Override
    public String initiativeId() {
        return id();
    }

    public InitiativeDetails details() {
        return details;
    }

    public String name() {
        return details.name();
    }

    public Maturity maturity() {
        return details.maturity();
    }

    public Visibility visibility() {
        return details.visibility();
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

    /** Steps removed lately, oldest first, which may still be restored within their window. */
    public List<RemovedStep> removedSteps() {
        return removedSteps == null ? List.of() : List.copyOf(removedSteps);
    }

    void keepRemoved(List<RemovedStep> kept) {
        removedSteps = new ArrayList<>(kept);
    }

    /** The network's name, or its id (the alias) while no member's token has named it. */
    public String networkName() {
        return networkName != null ? networkName : networkId();
    }
}
