package org.backboneplanner.runtime;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The realm a developer machine (and the system tests) run: the production realm file
 * ({@value #REALM_FILE}: no users, no direct-grant client) with the dev overlay ({@value #OVERLAY_FILE}:
 * the demo users alice, bob and carol, their two networks, the public client {@code backbone-cli})
 * merged in. Keycloak resolves the realm's placeholders (the gateway's client secret, the gateway's
 * public address) from its environment when it imports the realm; {@link #environment} gives the dev values.
 */
public final class DevRealm {

    public static final String REALM_FILE = "keycloak/backbone-realm.json";
    public static final String OVERLAY_FILE = "keycloak/backbone-realm.dev.json";
    /** The gateway's client secret in the dev realm, also the gateway's default. */
    public static final String GATEWAY_CLIENT_SECRET = "gateway-dev-secret";

    /** Array items with the same value for the first of these keys are one item, merged. */
    private static final List<String> IDENTITIES = List.of("clientId", "username", "alias", "name");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private DevRealm() {
    }

    /** Writes the dev realm, from the realm files under {@code root}, to {@code target}. */
    public static Path write(Path root, Path target) throws IOException {
        ObjectNode realm = (ObjectNode) JSON.readTree(Files.readString(root.resolve(REALM_FILE)));
        ObjectNode overlay = (ObjectNode) JSON.readTree(Files.readString(root.resolve(OVERLAY_FILE)));
        merge(realm, overlay);
        Files.createDirectories(target.toAbsolutePath().getParent());
        Files.writeString(target, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(realm));
        return target;
    }

    /** The environment Keycloak imports the dev realm with, for a gateway at {@code gatewayUrl}. */
    public static Map<String, String> environment(String gatewayUrl) {
        return Map.of("GATEWAY_CLIENT_SECRET", GATEWAY_CLIENT_SECRET, "BACKBONE_PUBLIC_URL", gatewayUrl);
    }

    /** Merges {@code overlay} into {@code base}: objects field by field, lists item by item, values replaced. */
    static void merge(ObjectNode base, ObjectNode overlay) {
        for (Map.Entry<String, JsonNode> field : overlay.properties()) {
            JsonNode mine = base.get(field.getKey());
            JsonNode theirs = field.getValue();
            if (mine instanceof ObjectNode object && theirs instanceof ObjectNode more) {
                merge(object, more);
            } else if (mine instanceof ArrayNode items && theirs instanceof ArrayNode more) {
                mergeItems(items, more);
            } else {
                base.set(field.getKey(), theirs.deepCopy());
            }
        }
    }

    private static void mergeItems(ArrayNode items, ArrayNode more) {
        for (JsonNode item : more) {
            Optional<ObjectNode> same = identity(item).flatMap(id -> find(items, id));
            if (same.isPresent() && item instanceof ObjectNode object) {
                merge(same.get(), object);
            } else if (!contains(items, item)) {
                items.add(item.deepCopy());
            }
        }
    }

    private static Optional<Map.Entry<String, String>> identity(JsonNode item) {
        return IDENTITIES.stream().filter(key -> item.hasNonNull(key) && item.get(key).isString())
                .findFirst().map(key -> Map.entry(key, item.get(key).asString()));
    }

    private static Optional<ObjectNode> find(ArrayNode items, Map.Entry<String, String> id) {
        for (JsonNode item : items) {
            if (item instanceof ObjectNode object && identity(object).filter(id::equals).isPresent()) {
                return Optional.of(object);
            }
        }
        return Optional.empty();
    }

    private static boolean contains(ArrayNode items, JsonNode item) {
        for (JsonNode existing : items) {
            if (existing.equals(item)) {
                return true;
            }
        }
        return false;
    }
}
