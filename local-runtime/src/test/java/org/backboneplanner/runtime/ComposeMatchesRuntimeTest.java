package org.backboneplanner.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** docker-compose.yml and the local runtime must offer the same system on the same ports and realm. */
class ComposeMatchesRuntimeTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> services() throws IOException {
        Map<String, Object> compose = new Yaml().load(Files.readString(ROOT.resolve("docker-compose.yml")));
        return (Map<String, Map<String, Object>>) compose.get("services");
    }

    @SuppressWarnings("unchecked")
    private static List<String> ports(Map<String, Object> service) {
        return (List<String>) service.get("ports");
    }

    @Test
    void everyServiceAndServerIsPublishedOnTheRuntimesPort() throws IOException {
        Map<String, Map<String, Object>> services = services();

        assertThat(ports(services.get("gateway"))).contains(LocalRuntime.GATEWAY + ":" + LocalRuntime.GATEWAY);
        LocalRuntime.SERVICES.forEach((name, port) ->
                assertThat(ports(services.get(name + "-service"))).contains(port + ":" + port));
        assertThat(ports(services.get("keycloak"))).contains(LocalRuntime.KEYCLOAK + ":" + LocalRuntime.KEYCLOAK);
        assertThat(ports(services.get("kafka"))).contains(LocalRuntime.KAFKA + ":" + LocalRuntime.KAFKA);
        assertThat(ports(services.get("mongodb"))).contains(LocalRuntime.MONGODB + ":" + LocalRuntime.MONGODB);
        assertThat(ports(services.get("mail"))).contains(LocalRuntime.SMTP + ":" + LocalRuntime.SMTP);
    }

    @Test
    @SuppressWarnings("unchecked")
    void keycloakImportsTheRealmFileTheRuntimeUses() throws IOException {
        List<String> volumes = (List<String>) services().get("keycloak").get("volumes");

        assertThat(volumes).anySatisfy(volume -> assertThat(volume)
                .startsWith("./" + LocalRuntime.REALM_FILE + ":/opt/keycloak/data/import/"));
        assertThat(ROOT.resolve(LocalRuntime.REALM_FILE)).isRegularFile();
        assertThat(String.join(" ", (List<String>) services().get("keycloak").get("command")))
                .contains("--http-port " + LocalRuntime.KEYCLOAK).contains("--hostname http://localhost:" + LocalRuntime.KEYCLOAK);
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyServiceWaitsForHealthyDependenciesAndHasAMemoryLimitAndAHealthcheck() throws IOException {
        services().forEach((name, service) -> {
            assertThat(service).as(name).containsKey("mem_limit").containsKey("healthcheck");
            if (service.get("depends_on") instanceof Map<?, ?> dependsOn) {
                dependsOn.values().forEach(condition -> assertThat((Map<String, String>) condition)
                        .as(name).containsEntry("condition", "service_healthy"));
            }
        });
    }

    @Test
    void dockerComposeAcceptsTheFile() throws Exception {
        Path binary = Path.of("/usr/bin/docker-compose");
        assumeTrue(Files.isExecutable(binary), "Debian's docker-compose is installed by .ci/run");
        Process check = new ProcessBuilder(binary.toString(), "-f", ROOT.resolve("docker-compose.yml").toString(),
                "config", "-q").redirectErrorStream(true).start();
        assertThat(check.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(check.exitValue()).as(new String(check.getInputStream().readAllBytes())).isZero();
    }
}
