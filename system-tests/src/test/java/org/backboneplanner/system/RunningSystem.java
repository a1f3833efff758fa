package org.backboneplanner.system;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.backboneplanner.localservers.FreePorts;
import org.backboneplanner.localservers.KeycloakServer;
import org.backboneplanner.localservers.MailServer;
import org.backboneplanner.localservers.MongoWireServer;
import org.backboneplanner.runtime.DevRealm;
import org.backboneplanner.runtime.ServiceProcess;
import org.backboneplanner.testsupport.KafkaTestBroker;
import org.springframework.util.FileSystemUtils;

import tools.jackson.databind.json.JsonMapper;

/**
 * The whole system as it runs for real, once per test JVM: a KRaft Kafka broker, the MongoDB
 * wire-protocol server, an SMTP server, the real Keycloak from its distribution with the project's
 * realm, and the five services, each a process started from its built jar.
 */
public final class RunningSystem implements AutoCloseable {

    static final List<String> JVM = List.of("-Xmx192m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
            "-Xss512k");
    private static RunningSystem shared;

    final KafkaTestBroker kafka = KafkaTestBroker.start();
    final MongoWireServer mongo = MongoWireServer.inMemory(0);
    final MailServer mail = MailServer.start(0, 0);
    private final List<AutoCloseable> processes = new ArrayList<>();
    private final Map<String, String> serviceUrls = new HashMap<>();
    private KeycloakServer keycloak;
    private ServiceProcess gateway;
    private Map<String, String> gatewayProperties;
    private Path logs;

    /** The one system of this test JVM, started on first use and stopped when the JVM ends. */
    public static synchronized RunningSystem shared() {
        if (shared == null) {
            shared = new RunningSystem();
            Runtime.getRuntime().addShutdownHook(new Thread(shared::close));
            shared.start();
        }
        return shared;
    }

    private void start() {
        Path root = Path.of(System.getProperty("backbone.root", "..")).toAbsolutePath().normalize();
        String version = System.getProperty("backbone.version", "0.1.0-SNAPSHOT");
        Path target = root.resolve("system-tests/target");
        Path logs = target.resolve("service-logs");
        int gatewayPort = FreePorts.free();
        int keycloakPort = FreePorts.free();
        keycloak = startKeycloak(root, target, keycloakPort, gatewayPort, logs);
        processes.add(keycloak);
        String issuer = keycloak.issuer("backbone");

        Map<String, String> urls = new HashMap<>();
        List<ServiceProcess> services = new ArrayList<>();
        for (String service : List.of("worksheet", "partner", "debrief", "notification")) {
            Map<String, String> properties = new HashMap<>(tokenProperties(issuer));
            properties.put("spring.mongodb.uri", mongo.uri(service));
            properties.put("spring.kafka.bootstrap-servers", kafka.bootstrapServers());
            if (service.equals("notification")) {
                properties.put("spring.mail.host", "127.0.0.1");
                properties.put("spring.mail.port", String.valueOf(mail.smtpPort()));
                properties.put("backbone.notification.poll-interval", "1s");
                properties.put("backbone.notification.public-url", "http://localhost:" + gatewayPort);
                // as a deployment does: its own key, never the development one the repository holds
                properties.put("backbone.notification.unsubscribe-secret", UUID.randomUUID().toString());
            }
            ServiceProcess process = ServiceProcess.start(service + "-service",
                    jar(root, service + "-service", version), FreePorts.free(), properties, JVM, logs);
            processes.add(process);
            services.add(process);
            urls.put("backbone.services." + service, process.url());
            serviceUrls.put(service, process.url());
        }
        Map<String, String> gatewayProperties = new HashMap<>(urls);
        gatewayProperties.putAll(tokenProperties(issuer));
        gatewayProperties.put("backbone.keycloak.url", keycloak.url());
        gatewayProperties.put("spring.mongodb.uri", mongo.uri("gateway"));
        this.gatewayProperties = gatewayProperties;
        this.logs = logs;
        gateway = ServiceProcess.start("gateway", jar(root, "gateway", version), gatewayPort, gatewayProperties, JVM, logs);
        processes.add(gateway);
        services.add(gateway);
        keycloak.awaitReady("backbone", Duration.ofSeconds(240));
        services.forEach(s -> s.awaitHealthy(Duration.ofSeconds(180)));
    }

    /**
     * Keycloak unpacked once under target/, its database new for each run so the dev realm (the production
     * realm file with the dev overlay) is imported fresh.
     */
    private static KeycloakServer startKeycloak(Path root, Path target, int port, int gatewayPort, Path logs) {
        try {
            Path data = target.resolve("keycloak");
            Files.createDirectories(data);
            try (var homes = Files.list(data)) {
                homes.filter(home -> home.getFileName().toString().startsWith("keycloak-"))
                        .forEach(home -> FileSystemUtils.deleteRecursively(home.resolve("data").toFile()));
            }
            Path realm = DevRealm.write(root, data.resolve("backbone-realm.json"));
            Path distribution = Path.of(System.getProperty("backbone.keycloak.distribution"));
            // the realm lets browsers back to the gateway of this run
            return KeycloakServer.start(distribution, data, port, realm, Path.of(System.getProperty("java.home")),
                    logs.resolve("keycloak.log"), DevRealm.environment("http://localhost:" + gatewayPort));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * One more gateway, as a second replica would be: the same settings and the same session store, on a
     * port of its own; the caller closes it.
     */
    public ServiceProcess startAnotherGateway() {
        Path root = Path.of(System.getProperty("backbone.root", "..")).toAbsolutePath().normalize();
        ServiceProcess second = ServiceProcess.start("gateway-2", jar(root, "gateway",
                System.getProperty("backbone.version", "0.1.0-SNAPSHOT")), FreePorts.free(), gatewayProperties, JVM, logs);
        second.awaitHealthy(Duration.ofSeconds(180));
        return second;
    }

    public String gatewayUrl() {
        return "http://localhost:" + gateway.port();
    }

    public String keycloakIssuer() {
        return keycloak.issuer("backbone");
    }

    public String keycloakUrl() {
        return keycloak.url();
    }

    /** A service's own address, behind the gateway: {@code worksheet}, {@code partner}, {@code debrief}, {@code notification}. */
    public String serviceUrl(String service) {
        String url = serviceUrls.get(service);
        if (url == null) {
            throw new IllegalArgumentException("no service " + service);
        }
        return url;
    }

    /** A real access token from Keycloak for a demo user, through the dev-only public client. */
    public String token(String username) {
        String form = "grant_type=password&client_id=backbone-cli&username=" + username + "&password=" + username
                + "&scope=" + URLEncoder.encode("openid organization:*", StandardCharsets.UTF_8);
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create(keycloakIssuer() + "/protocol/openid-connect/token"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("no token for " + username + ": " + response.body());
            }
            return JsonMapper.builder().build().readTree(response.body()).get("access_token").asString();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> tokenProperties(String issuer) {
        return Map.of(
                "spring.security.oauth2.resourceserver.jwt.issuer-uri", issuer,
                "spring.security.oauth2.resourceserver.jwt.jwk-set-uri", issuer + "/protocol/openid-connect/certs",
                "spring.security.oauth2.resourceserver.jwt.audiences", "backbone-api");
    }

    private static Path jar(Path root, String module, String version) {
        return root.resolve(module).resolve("target").resolve(module + "-" + version + ".jar");
    }

    @Override
    public void close() {
        List<AutoCloseable> reversed = new ArrayList<>(processes);
        java.util.Collections.reverse(reversed);
        for (AutoCloseable process : reversed) {
            try {
                process.close();
            } catch (Exception e) {
                // stopping anyway
            }
        }
        mail.close();
        mongo.close();
        kafka.close();
    }
}
