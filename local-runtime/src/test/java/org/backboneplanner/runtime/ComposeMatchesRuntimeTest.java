package org.backboneplanner.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

/**
 * docker-compose.yml offers the system of the local runtime, fit for a server: nothing but the TLS proxy
 * public, infrastructure unpublished, every secret from the .env that deploy/generate-env.sh writes,
 * Keycloak in production mode with the production realm.
 */
class ComposeMatchesRuntimeTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Path COMPOSE_BINARY = Path.of("/usr/bin/docker-compose");
    /** A secret in compose is only ever a required variable from .env. */
    private static final Pattern FROM_ENV_FILE = Pattern.compile("(.*)\\$\\{[A-Z_]+:\\?[^}]+}(.*)");
    private static final Pattern SECRET_NAME = Pattern.compile("(.*_)?(SECRET|PASSWORD|KEY|TOKEN)(_.*)?");

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> services() throws IOException {
        Map<String, Object> compose = new Yaml().load(Files.readString(ROOT.resolve("docker-compose.yml")));
        return (Map<String, Map<String, Object>>) compose.get("services");
    }

    @SuppressWarnings("unchecked")
    private static List<String> ports(Map<String, Object> service) {
        return service.get("ports") == null ? List.of() : (List<String>) service.get("ports");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> environment(Map<String, Object> service) {
        return service.get("environment") == null ? Map.of() : (Map<String, Object>) service.get("environment");
    }

    @Test
    void onlyTheProxyIsPublicAndTheGatewayAndKeycloakAreOnTheRuntimesPortsOnLocalhost() throws IOException {
        Map<String, Map<String, Object>> services = services();

        assertThat(ports(services.get("proxy"))).containsExactlyInAnyOrder("80:80", "443:443");
        assertThat(ports(services.get("gateway"))).containsExactly("127.0.0.1:" + LocalRuntime.GATEWAY + ":" + LocalRuntime.GATEWAY);
        assertThat(ports(services.get("keycloak")))
                .containsExactly("127.0.0.1:" + LocalRuntime.KEYCLOAK + ":" + LocalRuntime.KEYCLOAK);
        services.forEach((name, service) -> {
            if (!name.equals("proxy")) {
                assertThat(ports(service)).as(name).allSatisfy(port -> assertThat(port).startsWith("127.0.0.1:"));
            }
        });
        for (String infrastructure : List.of("mongodb", "kafka", "keycloak-db")) {
            assertThat(ports(services.get(infrastructure))).as(infrastructure).isEmpty();
        }
        assertThat(ports(services.get("mail"))).noneMatch(port -> port.contains(String.valueOf(LocalRuntime.SMTP)));
        LocalRuntime.SERVICES.forEach((name, port) -> {
            assertThat(ports(services.get(name + "-service"))).as(name).isEmpty();
            assertThat(environment(services.get(name + "-service"))).containsEntry("SERVER_PORT", String.valueOf(port));
        });
    }

    @Test
    void everySecretComesFromTheEnvFileAndNoneIsWrittenInCompose() throws IOException {
        List<String> secrets = new ArrayList<>();
        services().forEach((name, service) -> environment(service).forEach((key, value) -> {
            if (SECRET_NAME.matcher(key).matches()) {
                secrets.add(name + "." + key);
                assertThat(String.valueOf(value)).as(name + " " + key).matches(FROM_ENV_FILE);
            }
        }));
        String compose = Files.readString(ROOT.resolve("docker-compose.yml"));

        assertThat(secrets).contains("keycloak.KC_BOOTSTRAP_ADMIN_PASSWORD", "keycloak.GATEWAY_CLIENT_SECRET",
                "gateway.BACKBONE_KEYCLOAK_CLIENT_SECRET", "gateway.BACKBONE_GATEWAY_LOGIN_COOKIE_KEY",
                "notification-service.BACKBONE_NOTIFICATION_UNSUBSCRIBE_SECRET",
                "worksheet-service.BACKBONE_EVENT_SIGNING_KEY", "keycloak.KC_DB_PASSWORD");
        assertThat(compose).doesNotContain("change-me").doesNotContain("dev-secret").doesNotContain("dev-only")
                .doesNotContainPattern("PASSWORD: *admin");
        assertThat(Files.readAllLines(ROOT.resolve(".gitignore"))).contains(".env");
        // the Dockerfile copies the build context: the secrets stay out of it
        assertThat(Files.readAllLines(ROOT.resolve(".dockerignore"))).contains(".env");
    }

    @Test
    @SuppressWarnings("unchecked")
    void keycloakRunsInProductionModeAndImportsTheProductionRealmOnly() throws IOException {
        Map<String, Object> keycloak = services().get("keycloak");
        List<String> command = (List<String>) keycloak.get("command");
        List<String> volumes = (List<String>) keycloak.get("volumes");

        assertThat(command.get(0)).isEqualTo("start");
        assertThat(String.join(" ", command)).doesNotContain("start-dev").contains("--import-realm")
                .contains("--http-port " + LocalRuntime.KEYCLOAK).contains("--hostname https://");
        assertThat(environment(keycloak)).containsEntry("KC_DB", "postgres");
        assertThat(volumes).anySatisfy(volume -> assertThat(volume)
                .startsWith("./" + DevRealm.REALM_FILE + ":/opt/keycloak/data/import/"));
        assertThat(volumes).noneMatch(volume -> volume.contains(DevRealm.OVERLAY_FILE));
        assertThat(ROOT.resolve(DevRealm.REALM_FILE)).isRegularFile();
        assertThat(ROOT.resolve("deploy/Caddyfile")).isRegularFile();
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
    void theGeneratorWritesAFreshRandomValueForEverySecret(@TempDir Path directory) throws Exception {
        Path first = directory.resolve("first.env");
        Path second = directory.resolve("second.env");

        assertThat(generate(first).exitValue()).isZero();
        assertThat(generate(second).exitValue()).isZero();
        assertThat(generate(first).exitValue()).as("keeps an existing file").isNotZero();

        Map<String, String> one = values(first);
        Map<String, String> two = values(second);
        assertThat(one).containsEntry("BACKBONE_PUBLIC_HOST", "planner.example.org")
                .containsEntry("KEYCLOAK_PUBLIC_HOST", "login.example.org")
                .containsKeys("KEYCLOAK_ADMIN_PASSWORD", "KEYCLOAK_DB_PASSWORD", "GATEWAY_CLIENT_SECRET",
                        "GATEWAY_LOGIN_COOKIE_KEY", "UNSUBSCRIBE_SECRET", "BACKBONE_EVENT_SIGNING_KEY");
        one.forEach((key, value) -> {
            if (SECRET_NAME.matcher(key).matches()) {
                assertThat(value).as(key).matches("[0-9a-f]{64}").isNotEqualTo(two.get(key));
            }
        });
        assertThat(Files.getPosixFilePermissions(first).toString()).isEqualTo("[OWNER_READ, OWNER_WRITE]");
    }

    @Test
    void dockerComposeAcceptsTheFileWithAGeneratedEnvFile(@TempDir Path directory) throws Exception {
        assumeTrue(Files.isExecutable(COMPOSE_BINARY), "Debian's docker-compose is installed by .ci/run");
        Path env = directory.resolve(".env");
        assertThat(generate(env).exitValue()).isZero();

        Process check = compose(env);
        assertThat(check.exitValue()).as(output(check)).isZero();
    }

    @Test
    void dockerComposeRefusesToStartWithoutTheEnvFile(@TempDir Path directory) throws Exception {
        assumeTrue(Files.isExecutable(COMPOSE_BINARY), "Debian's docker-compose is installed by .ci/run");
        Path empty = Files.writeString(directory.resolve("empty.env"), "");

        Process check = compose(empty);
        assertThat(check.exitValue()).isNotZero();
        assertThat(output(check)).contains("generate-env.sh");
    }

    private static Process generate(Path target) throws Exception {
        Process process = new ProcessBuilder(ROOT.resolve("deploy/generate-env.sh").toString(), "planner.example.org",
                "login.example.org", target.toString()).redirectErrorStream(true).start();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return process;
    }

    /** docker-compose config with only this env file: none of the shell's variables. */
    private static Process compose(Path envFile) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(COMPOSE_BINARY.toString(), "--env-file", envFile.toString(),
                "-f", ROOT.resolve("docker-compose.yml").toString(), "config", "-q").redirectErrorStream(true);
        String path = System.getenv("PATH");
        builder.environment().clear();
        builder.environment().put("PATH", path == null ? "/usr/bin:/bin" : path);
        Process process = builder.start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return process;
    }

    private static String output(Process process) throws IOException {
        return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }

    private static Map<String, String> values(Path envFile) throws IOException {
        Map<String, String> values = new java.util.LinkedHashMap<>();
        for (String line : Files.readAllLines(envFile)) {
            int equals = line.indexOf('=');
            if (!line.startsWith("#") && equals > 0) {
                values.put(line.substring(0, equals), line.substring(equals + 1));
            }
        }
        return values;
    }
}
