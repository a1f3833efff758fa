package org.backboneplanner.system.hostile;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.backboneplanner.system.hostile.ApiCatalog.Operation;
import org.backboneplanner.system.hostile.Bodies.Field;
import org.backboneplanner.system.hostile.Probe.Kind;
import org.backboneplanner.system.hostile.Tenants.Tenant;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Bad bodies for an operation, sent by someone allowed to do it on their own initiative so that each
 * reaches the checks behind the door: broken JSON, wrong content types, bodies over the limit, deep
 * nesting, and for every field of the schema wrong types, MongoDB operators, huge strings and lists,
 * control characters, out-of-range dates and numbers, and ids from the other network.
 */
final class BodyAttacks {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final List<String> MALFORMED = List.of("", "{", "}", "{\"a\":}", "[]", "null", "\"text\"", "123",
            "{} trailing", "{\"a\":NaN}", "{\"a\":" + "9".repeat(5000) + "}", "{\"a\":\"unterminated", "{'a':'single'}",
            "\u0000{}", "{\"a\":1,}");
    /** Odd but well-formed: unknown keys may be ignored; only the answer's form is judged. */
    private static final List<String> ODD = List.of("{\"a\":1,\"a\":2}", "\uFEFF{}", "{\"a\":1e999999999}",
            "{\"a\":\"\\ud800\"}", "{\"$where\":\"sleep(5000)\",\"$set\":{\"networkId\":\"estrie\"},\"a.b\":1,\"\":0}");

    private final Targets targets;
    private final Tenants tenants;
    private int serial;

    BodyAttacks(Targets targets, Tenants tenants) {
        this.targets = targets;
        this.tenants = tenants;
    }

    List<Probe> forOperation(Operation operation) {
        List<Probe> probes = new ArrayList<>();
        if (operation.body() == null) {
            return probes;
        }
        if (operation.jsonBody()) {
            Tenant home = targets.homeTenant(operation);
            Bodies.Context context = targets.context(home);
            ObjectNode base = Bodies.sample(operation.body(), context);
            probes.add(json(operation, "valid body (baseline)", unique(base.deepCopy(), null).toString()).build());
            for (String text : MALFORMED) {
                probes.add(json(operation, "malformed: " + Report.cut(text, 30), text).allow(400).build());
            }
            for (String text : ODD) {
                probes.add(json(operation, "odd: " + Report.cut(text, 30), text).build());
            }
            probes.add(json(operation, "nested 50,000 deep", "[".repeat(50_000) + "]".repeat(50_000)).allow(400, 413).build());
            String firstField = Bodies.fields(operation.body()).stream().findFirst().map(f -> f.name()).orElse("a");
            probes.add(json(operation, "object nested 5,000 deep in " + firstField, "{\"" + firstField + "\":"
                    + "{\"a\":".repeat(5000) + "1" + "}".repeat(5000) + "}").allow(400, 413).build());
            probes.add(json(operation, "body of 300,000 bytes", padded(base, 300_000)).allow(413).build());
            probes.add(json(operation, "body of 3,000,000 bytes with Expect: 100-continue", padded(base, 3_000_000))
                    .expectContinue().allow(413).build());
            probes.add(json(operation, "chunked body of 3,000,000 bytes", padded(base, 3_000_000)).chunked().allow(413).build());
            probes.add(raw(operation, "JSON sent as text/plain", base.toString(), "text/plain").allow(415).build());
            probes.add(raw(operation, "XML", "<a><name>x</name></a>", "application/xml").allow(415).build());
            probes.add(raw(operation, "JSON declared UTF-16", base.toString(), "application/json; charset=UTF-16").build());
            for (Field field : Bodies.fields(operation.body())) {
                for (Mutation mutation : mutations(field)) {
                    ObjectNode body = Bodies.with(base, operation.body(), field, mutation.value(), context);
                    Probe.Builder probe = json(operation, field.dotted() + ": " + mutation.label(),
                            unique(body, field).toString());
                    if (mutation.refuse()) {
                        probe.on2xx(Kind.ACCEPTED);
                    }
                    probes.add(probe.build());
                }
            }
        } else {
            probes.add(raw(operation, "body of 3,000,000 bytes", "a,b\n".repeat(750_000), operation.bodyType()).allow(413).build());
            probes.add(raw(operation, "chunked body of 3,000,000 bytes", "a,b\n".repeat(750_000), operation.bodyType())
                    .chunked().allow(413).build());
            probes.add(raw(operation, "JSON instead of " + operation.bodyType(), "{}", "application/json").allow(415).build());
        }
        return probes;
    }

    /** A hostile value for a field, and whether a 2xx means the service took what it must refuse. */
    record Mutation(String label, JsonNode value, boolean refuse) {
    }

    List<Mutation> mutations(Field field) {
        List<Mutation> list = new ArrayList<>();
        list.add(new Mutation("null", NODES.nullNode(), false));
        // an operator where a value goes must never be taken; in an object it is only an unknown key
        boolean scalar = !field.type().equals("object");
        for (String operator : List.of("{\"$gt\":\"\"}", "{\"$where\":\"sleep(5000) || true\"}", "{\"$regex\":\".*\"}")) {
            list.add(new Mutation("operator " + operator, Bodies.JSON.readTree(operator), scalar));
        }
        switch (field.type()) {
            case "string" -> strings(field, list);
            case "integer", "number" -> numbers(field, list);
            case "boolean" -> {
                list.add(new Mutation("\"yes\"", NODES.stringNode("yes"), false));
                list.add(new Mutation("[true]", NODES.arrayNode().add(true), false));
            }
            case "array" -> {
                JsonNode item = Bodies.value(field.name(), field.schema().path("items"),
                        targets.context(tenants.monteregie), true);
                ArrayNode huge = NODES.arrayNode();
                for (int i = 0; i < 10_000; i++) {
                    // short items: the list must be refused for its length, not the body for its size
                    huge.add(item.isString() && !field.schema().path("items").has("enum") ? NODES.stringNode("x") : item);
                }
                list.add(new Mutation("list of 10,000 items", huge, true));
                list.add(new Mutation("a string instead of a list", NODES.stringNode("x"), false));
                list.add(new Mutation("list of lists", NODES.arrayNode().add(NODES.arrayNode().add(NODES.arrayNode())), false));
            }
            default -> {
                list.add(new Mutation("a list instead of an object", NODES.arrayNode().add(1), false));
                list.add(new Mutation("{\"$set\":...} inside", Bodies.JSON.readTree("{\"$set\":{\"networkId\":\"estrie\"},"
                        + "\"a.b\":1}"), false));
            }
        }
        return list;
    }

    private void strings(Field field, List<Mutation> list) {
        list.add(new Mutation("number instead of text", NODES.numberNode(12345), false));
        list.add(new Mutation("100,000 characters", NODES.stringNode("A".repeat(100_000)), true));
        // a date or an enum reads text through trim(), which drops control characters: not text to store
        boolean text = !field.isDate() && !field.isEnum();
        list.add(new Mutation("NUL inside", NODES.stringNode("avant\u0000après"), text));
        list.add(new Mutation("\\u0001 x 200", NODES.stringNode("\u0001".repeat(200)), text));
        list.add(new Mutation("right-to-left override", NODES.stringNode("\u202Etxt.exe"), false));
        if (field.isEnum()) {
            list.add(new Mutation("unknown enum value", NODES.stringNode("NOT_AN_ENUM"), true));
            list.add(new Mutation("lower case", NODES.stringNode(field.schema().get("enum").get(0).asString().toLowerCase()), false));
        }
        if (field.isDate()) {
            for (String date : List.of("-10000000-01-01", "+10000000-01-01", "1999-12-31", "9999-12-31", "2026-02-30", "31/12/2026")) {
                list.add(new Mutation("date " + date, NODES.stringNode(date), true));
            }
        }
        if (field.name().equals("email") && field.dotted().startsWith("owner")) {
            list.add(new Mutation("an address nobody vouches for", NODES.stringNode("attacker@evil.example"), true));
        }
        if ("email".equals(field.schema().path("format").asString(""))) {
            list.add(new Mutation("not an address", NODES.stringNode("not-an-address\r\nBcc: attacker@evil.example"), true));
        }
        if (field.isReference()) {
            Tenant other = tenants.estrie;
            String foreign = field.name().startsWith("partner") ? other.partner() : tenants.subjects.get("carol");
            list.add(new Mutation("estrie's id", NODES.stringNode(foreign), true));
            list.add(new Mutation("id of a path", NODES.stringNode("../../" + other.partner()), true));
        }
    }

    private static void numbers(Field field, List<Mutation> list) {
        list.add(new Mutation("text instead of a number", NODES.stringNode("abc"), false));
        boolean int32 = "int32".equals(field.schema().path("format").asString(""));
        list.add(new Mutation("2147483648", NODES.numberNode(2_147_483_648L), int32));
        list.add(new Mutation("-2147483649", NODES.numberNode(-2_147_483_649L), int32));
        list.add(new Mutation("1e999999999", NODES.numberNode(new java.math.BigDecimal("1e999999999")), true));
        list.add(new Mutation("-1e999999999", NODES.numberNode(new java.math.BigDecimal("-1e999999999")), true));
        list.add(new Mutation("1.5", NODES.numberNode(1.5), false));
        if (field.schema().has("minimum")) {
            list.add(new Mutation("below the minimum", NODES.numberNode(field.schema().get("minimum").asLong() - 1), true));
        }
        if (field.schema().has("maximum")) {
            list.add(new Mutation("above the maximum",
                    NODES.numberNode(field.schema().get("maximum").decimalValue().add(java.math.BigDecimal.ONE)), true));
        }
    }

    private Probe.Builder json(Operation operation, String label, String text) {
        return raw(operation, label, text, "application/json");
    }

    private Probe.Builder raw(Operation operation, String label, String text, String contentType) {
        Probe.Builder probe = Probe.of(operation.key(), "BODY", label).as(targets.homeCaller(operation))
                .request(operation.method(), targets.path(operation, targets.homeTenant(operation).network(),
                        targets.homeTenant(operation), targets.homeTenant(operation).open()))
                .body(text.getBytes(StandardCharsets.UTF_8), contentType);
        if (operation.takesIfMatch()) {
            probe.header("If-Match", Attacks.STALE).retryStale();
        }
        return probe;
    }

    /** Names must be unique (partners) and are how a probe's writes are found again: each gets its own. */
    private ObjectNode unique(ObjectNode body, Field mutated) {
        serial++;
        for (String name : List.of("name", "title")) {
            if (body.path(name).isString() && (mutated == null || !mutated.dotted().equals(name))) {
                body.put(name, body.get(name).asString() + " #" + serial);
            }
        }
        return body;
    }

    private static String padded(ObjectNode base, int size) {
        ObjectNode copy = base.deepCopy();
        copy.put("padding", "p".repeat(size));
        return copy.toString();
    }
}
