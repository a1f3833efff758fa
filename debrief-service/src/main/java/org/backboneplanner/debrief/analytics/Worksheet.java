package org.backboneplanner.debrief.analytics;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.backboneplanner.events.BackboneRole;
import org.backboneplanner.events.partner.ResourceKind;
import org.backboneplanner.events.partner.ResourceStatus;
import org.backboneplanner.events.worksheet.CarrierKind;
import org.backboneplanner.events.worksheet.Horizon;
import org.backboneplanner.events.worksheet.Maturity;
import org.backboneplanner.events.worksheet.NextStepStatus;
import org.backboneplanner.events.worksheet.PlanKind;

/**
 * What the analytics read of one initiative, as the group entered it: the six rows, the next steps, a
 * mature initiative's plans and the resources partners pool for it. Immutable; the {@code with…} methods
 * give a changed copy, so a test writes a worksheet by hand the way a group fills one in.
 */
public record Worksheet(String name, Maturity maturity, int startYear, int endYear, Map<BackboneRole, Row> rows,
                        List<Step> steps, Map<PlanKind, String> plans, List<Resource> resources) {

    public Worksheet {
        rows = rows == null ? Map.of() : Map.copyOf(rows);
        steps = steps == null ? List.of() : List.copyOf(steps);
        // a plan may have steps and no notes yet: an absent note, not a null one
        plans = plans == null ? Map.of() : plans.entrySet().stream().filter(e -> e.getValue() != null)
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
        resources = resources == null ? List.of() : List.copyOf(resources);
        maturity = maturity == null ? Maturity.EMERGING : maturity;
    }

    /** An initiative with its six rows still empty. */
    public static Worksheet of(String name, Maturity maturity, int startYear, int endYear) {
        return new Worksheet(name, maturity, startYear, endYear, Map.of(), List.of(), Map.of(), List.of());
    }

    public Row row(BackboneRole role) {
        return rows.getOrDefault(role, Row.EMPTY);
    }

    public Worksheet withRow(BackboneRole role, Row row) {
        Map<BackboneRole, Row> changed = new EnumMap<>(BackboneRole.class);
        changed.putAll(rows);
        changed.put(role, row);
        return new Worksheet(name, maturity, startYear, endYear, changed, steps, plans, resources);
    }

    public Worksheet withStep(Step step) {
        List<Step> changed = new ArrayList<>(steps);
        changed.add(step);
        return new Worksheet(name, maturity, startYear, endYear, rows, changed, plans, resources);
    }

    public Worksheet withPlan(PlanKind plan, String notes) {
        Map<PlanKind, String> changed = new EnumMap<>(PlanKind.class);
        changed.putAll(plans);
        changed.put(plan, notes);
        return new Worksheet(name, maturity, startYear, endYear, rows, steps, changed, resources);
    }

    public Worksheet withResource(Resource resource) {
        List<Resource> changed = new ArrayList<>(resources);
        changed.add(resource);
        return new Worksheet(name, maturity, startYear, endYear, rows, steps, plans, changed);
    }

    /**
     * The same worksheet with partners called by their current names: events carry a partner's name as it was
     * when the row or the resource was written, and a partner renamed since must not show under its old name.
     * A partner the map does not know keeps the name it had.
     */
    public Worksheet withPartnerNames(Map<String, String> current) {
        java.util.function.BinaryOperator<String> named = (id, name) -> id == null ? name : current.getOrDefault(id, name);
        Map<BackboneRole, Row> renamed = new EnumMap<>(BackboneRole.class);
        rows.forEach((role, row) -> renamed.put(role, new Row(row.carriers().stream().map(c -> c.kind() == CarrierKind.PARTNER
                ? new Carrier(c.kind(), c.id(), named.apply(c.id(), c.name())) : c).toList(), row.strengths(),
                row.weaknesses(), row.shared(), row.tasks().stream().map(t -> new SharedTask(t.task(), t.partnerIds(),
                java.util.stream.IntStream.range(0, t.partnerNames().size()).mapToObj(i -> named.apply(
                        i < t.partnerIds().size() ? t.partnerIds().get(i) : null, t.partnerNames().get(i))).toList()))
                .toList())));
        List<Resource> pooled = resources.stream().map(r -> new Resource(r.id(), r.partnerId(),
                named.apply(r.partnerId(), r.partnerName()), r.kind(), r.amount(), r.unit(), r.from(), r.to(), r.roles(),
                r.status())).toList();
        return new Worksheet(name, maturity, startYear, endYear, renamed, steps, plans, pooled);
    }

    /** One role's row: who carries it, its strengths and weaknesses, and step 2's sharing. */
    public record Row(List<Carrier> carriers, List<String> strengths, List<String> weaknesses, boolean shared,
                      List<SharedTask> tasks) {

        static final Row EMPTY = new Row(List.of(), List.of(), List.of(), false, List.of());

        public Row {
            carriers = carriers == null ? List.of() : List.copyOf(carriers);
            strengths = strengths == null ? List.of() : List.copyOf(strengths);
            weaknesses = weaknesses == null ? List.of() : List.copyOf(weaknesses);
            tasks = tasks == null ? List.of() : List.copyOf(tasks);
        }

        public static Row carriedBy(Carrier... carriers) {
            return new Row(List.of(carriers), List.of(), List.of(), false, List.of());
        }

        public Row withStrengths(String... strengths) {
            return new Row(carriers, List.of(strengths), weaknesses, shared, tasks);
        }

        public Row withWeaknesses(String... weaknesses) {
            return new Row(carriers, strengths, List.of(weaknesses), shared, tasks);
        }

        public Row sharedBy(SharedTask... tasks) {
            return new Row(carriers, strengths, weaknesses, true, List.of(tasks));
        }
    }

    /** A partner ({@code id} its partner id), a member ({@code id} the member id) or a placeholder to find. */
    public record Carrier(CarrierKind kind, String id, String name) {

        public static Carrier partner(String id, String name) {
            return new Carrier(CarrierKind.PARTNER, id, name);
        }

        public static Carrier member(String id, String name) {
            return new Carrier(CarrierKind.MEMBER, id, name);
        }

        public static Carrier toFind(String name) {
            return new Carrier(CarrierKind.TO_FIND, null, name);
        }
    }

    /** A key task of a shared role and the partners who take it on. */
    public record SharedTask(String task, List<String> partnerIds, List<String> partnerNames) {

        public SharedTask {
            partnerIds = partnerIds == null ? List.of() : List.copyOf(partnerIds);
            partnerNames = partnerNames == null ? List.of() : List.copyOf(partnerNames);
        }
    }

    /** A next step under a role, or under a plan ({@code role} null). */
    public record Step(String id, BackboneRole role, PlanKind plan, NextStepStatus status, LocalDate dueDate,
                       Horizon horizon) {

        public boolean open() {
            return status != null && status.isOpen();
        }

        public boolean overdue(LocalDate today) {
            return open() && dueDate != null && dueDate.isBefore(today);
        }
    }

    /**
     * A pooled resource: money has an ISO 4217 currency as {@code unit}, staff time
     * {@code HOURS_PER_MONTH} or {@code HOURS_PER_WEEK}.
     */
    public record Resource(String id, String partnerId, String partnerName, ResourceKind kind, BigDecimal amount,
                           String unit, LocalDate from, LocalDate to, Set<BackboneRole> roles,
                           ResourceStatus status) {

        public Resource {
            roles = roles == null ? Set.of() : Set.copyOf(roles);
        }

        /** Not withdrawn: secured (committed, delivered) or proposed. */
        public boolean pooled() {
            return status != null && status != ResourceStatus.WITHDRAWN;
        }

        public boolean secured() {
            return status != null && status.secured();
        }
    }
}
