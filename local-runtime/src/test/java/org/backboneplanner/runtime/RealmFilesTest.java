package org.backboneplanner.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The production realm holds no user and no client a password can be sent to, and locks out password
 * guessing; the demo users, their networks and the scripts' client come only with the dev overlay.
 */
class RealmFilesTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static JsonNode read(Path file) throws IOException {
        return JSON.readTree(Files.readString(file));
    }

    private static List<String> values(JsonNode list, String field) {
        return list == null ? List.of() : list.valueStream().map(item -> item.get(field).asString()).toList();
    }

    private static JsonNode client(JsonNode realm, String clientId) {
        return realm.get("clients").valueStream().filter(c -> c.get("clientId").asString().equals(clientId))
                .findFirst().orElseThrow();
    }

    @Test
    void theProductionRealmHasNoUserNoDirectGrantClientAndBruteForceProtection() throws IOException {
        JsonNode realm = read(ROOT.resolve(DevRealm.REALM_FILE));
        String text = Files.readString(ROOT.resolve(DevRealm.REALM_FILE));

        assertThat(realm.has("users")).isFalse();
        assertThat(realm.has("organizations")).isFalse();
        assertThat(realm.get("bruteForceProtected").asBoolean()).isTrue();
        assertThat(realm.get("passwordPolicy").asString()).contains("length(12)");
        assertThat(values(realm.get("clients"), "clientId")).containsExactly("gateway", "admin-cli");
        realm.get("clients").forEach(client -> {
            assertThat(client.path("directAccessGrantsEnabled").asBoolean(false)).isFalse();
            assertThat(client.path("implicitFlowEnabled").asBoolean(false)).isFalse();
        });
        assertThat(client(realm, "gateway").get("publicClient").asBoolean()).isFalse();
        // Keycloak would add its own admin-cli, open to password grants, to a realm without one
        assertThat(client(realm, "admin-cli").get("enabled").asBoolean()).isFalse();
        assertThat(client(realm, "gateway").get("secret").asString()).isEqualTo("${GATEWAY_CLIENT_SECRET}");
        assertThat(text).doesNotContain("localhost").doesNotContain("gateway-dev-secret").doesNotContain("alice");
    }

    @Test
    void theDevRealmAddsTheDemoUsersTheirNetworksAndTheScriptsClient(@TempDir Path directory) throws IOException {
        JsonNode realm = read(DevRealm.write(ROOT, directory.resolve("dev.json")));

        assertThat(values(realm.get("users"), "username")).containsExactly("alice", "bob", "carol");
        assertThat(values(realm.get("organizations"), "alias")).containsExactly("monteregie", "estrie");
        assertThat(values(realm.get("roles").get("realm"), "name"))
                .containsExactly("network-admin:monteregie", "network-admin:estrie");
        assertThat(values(realm.get("clients"), "clientId")).containsExactly("gateway", "admin-cli", "backbone-cli");
        assertThat(client(realm, "backbone-cli").get("directAccessGrantsEnabled").asBoolean()).isTrue();
        // the gateway's client is the production one, its placeholders resolved from Keycloak's environment
        assertThat(client(realm, "gateway")).isEqualTo(client(read(ROOT.resolve(DevRealm.REALM_FILE)), "gateway"));
        assertThat(realm.get("bruteForceProtected").asBoolean()).isTrue();
        assertThat(DevRealm.environment("http://localhost:8080"))
                .containsEntry("GATEWAY_CLIENT_SECRET", "gateway-dev-secret")
                .containsEntry("BACKBONE_PUBLIC_URL", "http://localhost:8080");
    }

    @Test
    void anOverlayItemWithTheSameIdentityIsMergedNotRepeated() {
        ObjectNode base = (ObjectNode) JSON.readTree("""
                {"enabled": true, "clients": [{"clientId": "gateway", "secret": "s", "redirectUris": ["a"]}]}""");
        ObjectNode overlay = (ObjectNode) JSON.readTree("""
                {"enabled": false, "clients": [{"clientId": "gateway", "redirectUris": ["b"]}, {"clientId": "cli"}]}""");

        DevRealm.merge(base, overlay);

        assertThat(base.get("enabled").asBoolean()).isFalse();
        assertThat(values(base.get("clients"), "clientId")).containsExactly("gateway", "cli");
        assertThat(base.get("clients").get(0).get("secret").asString()).isEqualTo("s");
        assertThat(base.get("clients").get(0).get("redirectUris").valueStream().map(JsonNode::asString))
                .containsExactly("a", "b");
    }
}
