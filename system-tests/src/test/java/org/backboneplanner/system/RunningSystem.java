package org.backboneplanner.system;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.backboneplanner.localservers.MailServer;
import org.backboneplanner.localservers.MongoWireServer;
import org.backboneplanner.runtime.Ports;
import org.backboneplanner.runtime.ServiceProcess;
import org.backboneplanner.testsupport.KafkaTestBroker;
import org.backboneplanner.testsupport.TestTokens;

/**
 * The five services, each a process started from its built jar, against real servers started here:
 * a KRaft Kafka broker, the MongoDB wire-protocol server, an SMTP server and a token issuer.
 */
final class RunningSystem implements AutoCloseable {

    private static final List<String> JVM = List.of("-Xmx192m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
            "-Xss512k");

    final KafkaTestBroker kafka = KafkaTestBroker.start();
    final MongoWireServer mongo = MongoWireServer.inMemory(0);
    final MailServer mail = MailServer.start(0, 0);
    final TestTokens tokens = new TestTokens();
    private final List<ServiceProcess> services = new ArrayList<>();
    private ServiceProcess gateway;

    RunningSystem start() {
        Path root = Path.of(System.getProperty("backbone.root", "..")).toAbsolutePath().normalize();
        String version = System.getProperty("backbone.version", "0.1.0-SNAPSHOT");
        Path logs = root.resolve("system-tests/target/service-logs");
        Map<String, String> urls = new HashMap<>();
        for (String service : List.of("worksheet", "partner", "debrief", "notification")) {
            Map<String, String> properties = new HashMap<>(common(service));
            if (service.equals("notification")) {
                properties.put("spring.mail.host", "127.0.0.1");
                properties.put("spring.mail.port", String.valueOf(mail.smtpPort()));
                properties.put("backbone.notification.poll-interval", "1s");
            }
            ServiceProcess process = ServiceProcess.start(service + "-service",
                    jar(root, service + "-service", version), Ports.free(), properties, JVM, logs);
            services.add(process);
            urls.put("backbone.services." + service, process.url());
        }
        Map<String, String> gatewayProperties = new HashMap<>(urls);
        gatewayProperties.putAll(tokenProperties());
        gateway = ServiceProcess.start("gateway", jar(root, "gateway", version), Ports.free(), gatewayProperties, JVM, logs);
        services.add(gateway);
        services.forEach(s -> s.awaitHealthy(Duration.ofSeconds(120)));
        return this;
    }

    String gatewayUrl() {
        return gateway.url();
    }

    private Map<String, String> common(String service) {
        Map<String, String> properties = new HashMap<>(tokenProperties());
        properties.put("spring.mongodb.uri", mongo.uri(service));
        properties.put("spring.kafka.bootstrap-servers", kafka.bootstrapServers());
        return properties;
    }

    private Map<String, String> tokenProperties() {
        return Map.of(
                "spring.security.oauth2.resourceserver.jwt.issuer-uri", tokens.issuer(),
                "spring.security.oauth2.resourceserver.jwt.jwk-set-uri", tokens.jwkSetUri(),
                "spring.security.oauth2.resourceserver.jwt.audiences", TestTokens.AUDIENCE);
    }

    private static Path jar(Path root, String module, String version) {
        return root.resolve(module).resolve("target").resolve(module + "-" + version + ".jar");
    }

    @Override
    public void close() {
        services.forEach(ServiceProcess::close);
        tokens.close();
        mail.close();
        mongo.close();
        kafka.close();
    }
}
