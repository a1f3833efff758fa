package org.backboneplanner.system.hostile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Request bodies from an operation's schema: a valid one (required fields, plausible values for the
 * caller's own network), and the list of every field in it, nested ones included, for the mutations.
 */
final class Bodies {

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** Enum values that make a valid sample on their own (a carrier to find needs no partner). */
    private static final List<String> PREFERRED = List.of("TO_FIND", "COMMITTED");

    /** A field of a body: its path ({@code "tasks", 0, "task"}) and its schema. */
    record Field(List<Object> path, JsonNode schema) {

        String name() {
            for (int i = path.size() - 1; i >= 0; i--) {
                if (path.get(i) instanceof String s) {
                    return s;
                }
            }
            return "";
        }

        String dotted() {
            StringBuilder text = new StringBuilder();
            for (Object step : path) {
                text.append(step instanceof Integer i ? "[" + i + "]" : (text.isEmpty() ? "" : ".") + step);
            }
            return text.toString();
        }

        String type() {
            return schema.path("type").asString("object");
        }

        boolean isEnum() {
            return schema.has("enum");
        }

        boolean isDate() {
            return "date".equals(schema.path("format").asString(""));
        }

        /** A field that names something else by id. */
        boolean isReference() {
            String name = name();
            return name.endsWith("Id") || name.endsWith("Ids") || name.equals("mentions");
        }
    }

    /** Values a sample takes from the caller's own network. */
    record Context(String partnerId, String memberId, int year) {
    }

    private Bodies() {
    }

    /** A valid body: the required fields, each with a plausible value. */
    static ObjectNode sample(JsonNode schema, Context context) {
        return (ObjectNode) value("", schema, context, true, 0);
    }

    static JsonNode value(String name, JsonNode schema, Context context, boolean requiredOnly) {
        return value(name, schema, context, requiredOnly, 1);
    }

    private static JsonNode value(String name, JsonNode schema, Context context, boolean requiredOnly, int depth) {
        String type = schema.path("type").asString(schema.has("properties") ? "object" : "string");
        switch (type) {
            case "object" -> {
                ObjectNode node = NODES.objectNode();
                List<String> required = new ArrayList<>();
                schema.path("required").forEach(r -> required.add(r.asString()));
                for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
                    String key = property.getKey();
                    // booleans always (a missing one is refused, documented or not); a name inside lists and
                    // objects, where a carrier to find or a contact needs one
                    boolean flag = "boolean".equals(property.getValue().path("type").asString(""));
                    if (!requiredOnly || required.contains(key) || flag || depth > 0 && key.equals("name")) {
                        node.set(key, value(key, property.getValue(), context, true, depth + 1));
                    }
                }
                return node;
            }
            case "array" -> {
                ArrayNode array = NODES.arrayNode();
                array.add(value(singular(name), schema.path("items"), context, true, depth + 1));
                return array;
            }
            case "integer" -> {
                return NODES.numberNode(integer(name, schema, context));
            }
            case "number" -> {
                return NODES.numberNode(100);
            }
            case "boolean" -> {
                return NODES.booleanNode(name.equals("shared"));
            }
            default -> {
                return NODES.stringNode(text(name, schema, context));
            }
        }
    }

    private static int integer(String name, JsonNode schema, Context context) {
        if (name.equals("startYear")) {
            return context.year();
        }
        if (name.equals("endYear")) {
            return context.year() + 2;
        }
        if (name.equals("offsetsDays") || name.equals("offsetsDay")) {
            return 7;
        }
        return schema.has("minimum") ? schema.get("minimum").asInt() : 1;
    }

    private static String text(String name, JsonNode schema, Context context) {
        if (schema.has("enum")) {
            for (JsonNode option : schema.get("enum")) {
                if (PREFERRED.contains(option.asString())) {
                    return option.asString();
                }
            }
            return schema.get("enum").get(0).asString();
        }
        if ("date".equals(schema.path("format").asString(""))) {
            return LocalDate.now().plusDays(30).toString();
        }
        return switch (name) {
            case "partnerId", "partnerIds" -> context.partnerId();
            case "memberId", "mentions", "mention" -> context.memberId();
            case "email" -> "bob@partenaires.example";
            case "language", "languages" -> "fr";
            case "website" -> "https://example.org/sonde";
            case "phone" -> "450 555-0100";
            case "unit" -> "CAD";
            default -> "Sonde " + name;
        };
    }

    private static String singular(String name) {
        return name.endsWith("s") ? name.substring(0, name.length() - 1) : name;
    }

    /** Every field a schema describes, nested objects and the items of lists included. */
    static List<Field> fields(JsonNode schema) {
        List<Field> fields = new ArrayList<>();
        collect(schema, new ArrayList<>(), fields, 0);
        return fields;
    }

    private static void collect(JsonNode schema, List<Object> path, List<Field> fields, int depth) {
        if (depth > 4) {
            return;
        }
        for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
            List<Object> here = new ArrayList<>(path);
            here.add(property.getKey());
            JsonNode sub = property.getValue();
            fields.add(new Field(List.copyOf(here), sub));
            if (sub.has("properties")) {
                collect(sub, here, fields, depth + 1);
            } else if (sub.path("items").has("properties")) {
                List<Object> item = new ArrayList<>(here);
                item.add(0);
                collect(sub.get("items"), item, fields, depth + 1);
            }
        }
    }

    /**
     * A copy of {@code base} with {@code value} at the field's path; missing objects and lists on the
     * way are created from the schema.
     */
    static ObjectNode with(ObjectNode base, JsonNode rootSchema, Field field, JsonNode value, Context context) {
        ObjectNode copy = base.deepCopy();
        JsonNode node = copy;
        JsonNode schema = rootSchema;
        List<Object> path = field.path();
        for (int i = 0; i < path.size() - 1; i++) {
            Object step = path.get(i);
            if (step instanceof String key) {
                schema = schema.path("properties").path(key);
                ObjectNode parent = (ObjectNode) node;
                if (!parent.has(key) || parent.get(key).isNull()) {
                    parent.set(key, value(key, schema, context, true));
                }
                node = parent.get(key);
            } else {
                schema = schema.path("items");
                ArrayNode parent = (ArrayNode) node;
                if (parent.isEmpty()) {
                    parent.add(value("", schema, context, true));
                }
                node = parent.get(0);
            }
        }
        Object last = path.get(path.size() - 1);
        if (last instanceof String key) {
            // a carrier's partner or member counts only with the kind that names it
            JsonNode kinds = schema.path("properties").path("kind").path("enum");
            String kind = key.endsWith("Id") ? key.substring(0, key.length() - 2).toUpperCase(java.util.Locale.ROOT) : "";
            for (JsonNode option : kinds) {
                if (option.asString().equals(kind)) {
                    ((ObjectNode) node).put("kind", kind);
                }
            }
            ((ObjectNode) node).set(key, value);
        } else {
            ((ArrayNode) node).set(0, value);
        }
        return copy;
    }
}
