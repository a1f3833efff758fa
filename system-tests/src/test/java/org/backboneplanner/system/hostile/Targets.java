package org.backboneplanner.system.hostile;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.backboneplanner.system.hostile.ApiCatalog.Operation;
import org.backboneplanner.system.hostile.ApiCatalog.Param;
import org.backboneplanner.system.hostile.Tenants.Scope;
import org.backboneplanner.system.hostile.Tenants.Tenant;

/**
 * Turns an operation's path template into a concrete path: the ids of a network and of one of its
 * initiatives, or a hostile value in one place.
 */
final class Targets {

    private static final Pattern VARIABLE = Pattern.compile("\\{([^}]+)}");
    private final Tenants tenants;

    Targets(Tenants tenants) {
        this.tenants = tenants;
    }

    /** Who may do an operation in the suite's fixtures: network administrators for theirs, alice otherwise. */
    String homeCaller(Operation operation) {
        return adminOnly(operation) ? "carol" : "alice";
    }

    Tenant homeTenant(Operation operation) {
        return adminOnly(operation) ? tenants.estrie : tenants.monteregie;
    }

    static boolean adminOnly(Operation operation) {
        String path = operation.path();
        return path.endsWith("/archived") || path.endsWith("/partners/import") || path.endsWith("/mail-log");
    }

    /** Whether the operation reads or writes inside one initiative (or one pooled resource of it). */
    static boolean initiativeScoped(Operation operation) {
        return operation.path().contains("{initiativeId}") || operation.path().contains("{resourceId}");
    }

    static boolean namesMoreThanTheNetwork(Operation operation) {
        return VARIABLE.matcher(operation.path()).results().anyMatch(m -> !m.group(1).equals("networkId")
                && !m.group(1).equals("roleKey") && !m.group(1).equals("plan") && !m.group(1).equals("question"));
    }

    /** The path with the network's and scope's ids, and the query it needs. */
    String path(Operation operation, String network, Tenant ids, Scope scope) {
        return path(operation, network, ids, scope, null, null);
    }

    /** As {@link #path(Operation, String, Tenant, Scope)}, with {@code raw} (already encoded) for {@code variable}. */
    String path(Operation operation, String network, Tenant ids, Scope scope, String variable, String raw) {
        Matcher matcher = VARIABLE.matcher(operation.path());
        StringBuilder path = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1);
            String value = name.equals(variable) ? raw
                    : encode(name.equals("networkId") ? network : value(name, operation.path(), ids, scope));
            matcher.appendReplacement(path, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(path);
        return path + query(operation, scope);
    }

    /** The query an operation needs to do its ordinary work (a CSV rather than a PDF for the export). */
    String query(Operation operation, Scope scope) {
        StringBuilder query = new StringBuilder();
        for (Param param : operation.in("query")) {
            String value = switch (param.name()) {
                case "from" -> scope.version();
                case "to" -> "current";
                case "format" -> "csv";
                case "lang" -> "fr";
                default -> null;
            };
            if (value != null && (param.required() || operation.path().endsWith("/export"))) {
                query.append(query.isEmpty() ? "?" : "&").append(param.name()).append('=').append(encode(value));
            }
        }
        return query.toString();
    }

    static String value(String name, String template, Tenant tenant, Scope scope) {
        return switch (name) {
            case "initiativeId" -> scope.initiative();
            case "roleKey" -> Tenants.ROLE;
            case "plan" -> Tenants.PLAN;
            case "question" -> Tenants.QUESTION;
            case "stepId" -> template.contains("/plans/") ? scope.planStep() : scope.step();
            case "membershipId" -> scope.membership();
            case "versionId" -> scope.version();
            case "resourceId" -> scope.resource();
            case "partnerId" -> tenant.partner();
            default -> "unknown";
        };
    }

    Bodies.Context context(Tenant tenant) {
        return new Bodies.Context(tenant.partner(), tenants.subjects.get("bob"), LocalDate.now().getYear());
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    static Map<String, String> ifMatch(Operation operation, String value) {
        return operation.takesIfMatch() ? Map.of("If-Match", value) : Map.of();
    }
}
