package org.backboneplanner.localservers;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * A real Keycloak from its distribution zip (org.keycloak:keycloak-quarkus-dist, fetched by Maven),
 * unpacked once under a data folder and started in dev mode with the project's realm imported. Its
 * dev database lives in the unpacked folder, so a second start is faster and keeps what changed
 * (an existing realm is never re-imported: delete the folder to reset it).
 */
public final class KeycloakServer implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final Process process;
    private final int port;
    private final Path log;

    private KeycloakServer(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /**
     * Unpacks (if needed) and starts Keycloak; returns once it has started, not once it is ready.
     *
     * @param distribution the keycloak-quarkus-dist zip
     * @param dataDirectory where it is unpacked and keeps its dev database
     * @param realmFile    the realm to import on first start
     * @param javaHome     the JDK to run it on (17 or newer)
     */
    public static KeycloakServer start(Path distribution, Path dataDirectory, int port, Path realmFile, Path javaHome,
                                       Path logFile) {
        return start(distribution, dataDirectory, port, realmFile, javaHome, logFile, Map.of());
    }

    /**
     * As {@link #start(Path, Path, int, Path, Path, Path)}, with environment variables for Keycloak: the
     * realm file's placeholders ({@code ${NAME}}) are resolved from them when it is imported.
     */
    public static KeycloakServer start(Path distribution, Path dataDirectory, int port, Path realmFile, Path javaHome,
                                       Path logFile, Map<String, String> environment) {
        try {
            Path home = unpack(distribution, dataDirectory);
            Path imports = home.resolve("data").resolve("import");
            Files.createDirectories(imports);
            Files.copy(realmFile, imports.resolve("backbone-realm.json"), StandardCopyOption.REPLACE_EXISTING);
            List<String> command = new ArrayList<>(List.of(home.resolve("bin").resolve("kc.sh").toString(),
                    "start-dev", "--http-port", String.valueOf(port), "--http-host", "127.0.0.1",
                    "--hostname", "http://localhost:" + port, "--import-realm", "--health-enabled", "true",
                    // its management interface (health) on a free port, not 9000: other Keycloaks may run here
                    "--http-management-port", String.valueOf(FreePorts.free())));
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
            Files.createDirectories(logFile.toAbsolutePath().getParent());
            builder.redirectOutput(logFile.toFile());
            Map<String, String> env = builder.environment();
            env.put("JAVA_HOME", javaHome.toString());
            env.put("PATH", javaHome.resolve("bin") + ":" + env.getOrDefault("PATH", "/usr/bin:/bin"));
            env.put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
            env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin");
            env.putAll(environment);
            // modest heap: it shares a laptop with Kafka and five services
            env.put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx512m -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=30");
            if (Runtime.version().feature() >= 25 || javaHome.toString().contains("25")) {
                env.put("JAVA_OPTS_APPEND", "--add-opens=java.base/java.lang=ALL-UNNAMED");
            }
            return new KeycloakServer(builder.start(), port, logFile);
        } catch (IOException e) {
            throw new IllegalStateException("cannot start Keycloak: " + e.getMessage(), e);
        }
    }

    /** Waits until the realm answers its OpenID configuration. */
    public void awaitReady(String realm, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        URI discovery = URI.create(url() + "/realms/" + realm + "/.well-known/openid-configuration");
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak stopped (exit " + process.exitValue() + "); see " + log);
            }
            try {
                HttpResponse<Void> response = HTTP.send(HttpRequest.newBuilder(discovery).timeout(Duration.ofSeconds(3))
                        .build(), HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("Keycloak realm " + realm + " not ready after " + timeout.toSeconds()
                + " s; see " + log);
    }

    public String url() {
        return "http://localhost:" + port;
    }

    public String issuer(String realm) {
        return url() + "/realms/" + realm;
    }

    public long pid() {
        return process.pid();
    }

    public Path log() {
        return log;
    }

    /** Stops Keycloak and the JVM its script started. */
    @Override
    public void close() {
        List<ProcessHandle> tree = new ArrayList<>(process.descendants().toList());
        process.destroy();
        tree.forEach(ProcessHandle::destroy);
        try {
            if (!process.waitFor(15, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        tree.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    }

    /** Unpacks the zip under {@code dataDirectory} unless already there; returns Keycloak's home. */
    static Path unpack(Path distribution, Path dataDirectory) throws IOException {
        String name = distribution.getFileName().toString().replace(".zip", "").replace("keycloak-quarkus-dist-", "keycloak-");
        Path home = dataDirectory.resolve(name);
        if (Files.isExecutable(home.resolve("bin").resolve("kc.sh"))) {
            return home;
        }
        Path partial = dataDirectory.resolve(name + ".unpacking");
        org.springframework.util.FileSystemUtils.deleteRecursively(partial);
        Files.createDirectories(partial);
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(distribution))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                // the zip has one top folder, e.g. keycloak-26.5.6/; drop it
                String relative = entry.getName().substring(entry.getName().indexOf('/') + 1);
                if (relative.isEmpty()) {
                    continue;
                }
                Path target = partial.resolve(relative).normalize();
                if (!target.startsWith(partial)) {
                    throw new IOException("unsafe entry in " + distribution + ": " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    copy(zip, target);
                }
            }
        }
        for (String script : List.of("kc.sh", "kcadm.sh", "kcreg.sh")) {
            Path file = partial.resolve("bin").resolve(script);
            if (Files.exists(file)) {
                file.toFile().setExecutable(true);
            }
        }
        Files.move(partial, home);
        return home;
    }

    private static void copy(InputStream in, Path target) throws IOException {
        Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
    }
}
