package org.backboneplanner.system;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.backboneplanner.localservers.FreePorts;
import org.backboneplanner.localservers.ServerProcess;
import org.backboneplanner.runtime.ServiceProcess;
import org.backboneplanner.testsupport.TestTokens;
import org.springframework.util.FileSystemUtils;

/**
 * A system of its own for the fault suite, where every part is a process the test may stop, kill and
 * start again: a Kafka broker keeping its log, two MongoDB wire servers in H2 files (one for the
 * producing worksheet-service, one for the consuming debrief- and notification-service, so a consumer
 * can lose its database while writes go on), a mail server, and worksheet-, debrief- and
 * notification-service and the gateway from their jars. Tokens are signed by the test issuer, whose
 * JWKS is served over HTTP (no Keycloak: it saves a minute and half a gigabyte).
 */
final class FaultySystem implements AutoCloseable {

    static final String NETWORK = "monteregie";
    private static final Duration SERVER_START = Duration.ofSeconds(90);
    private static final Duration SERVICE_START = Duration.ofSeconds(180);

    final TestTokens tokens = new TestTokens();
    final ServerProcess kafka;
    final ServerProcess worksheetMongo;
    final ServerProcess consumerMongo;
    final ServerProcess mail;
    private final Path root;
    private final String version;
    private final Path logs;
    private final int gatewayPort = FreePorts.free();
    private final Map<String, ServiceProcess> services = Collections.synchronizedMap(new HashMap<>());
    private final Map<String, Map<String, String>> settings = new HashMap<>();
    /** Two instances of each service (and partner-service too), as {@link ScaleOutTest} runs it. */
    private final boolean scaled;
    private boolean closed;

    private FaultySystem(boolean scaled) {
        this.scaled = scaled;
        root = Path.of(System.getProperty("backbone.root", "..")).toAbsolutePath().normalize();
        version = System.getProperty("backbone.version", "0.1.0-SNAPSHOT");
        Path data = root.resolve("system-tests/target/faults");
        FileSystemUtils.deleteRecursively(data.toFile());
        logs = data.resolve("logs");
        String classpath = System.getProperty("java.class.path");
        CompletableFuture<ServerProcess> broker = CompletableFuture.supplyAsync(() -> ServerProcess.start("kafka",
                classpath, List.of("-Xmx384m", "-XX:+UseSerialGC"), Map.of("data", data.resolve("kafka").toString()),
                logs.resolve("kafka.log"), SERVER_START));
        CompletableFuture<ServerProcess> mongoA = CompletableFuture.supplyAsync(() -> mongo(classpath, data, "worksheet-mongo"));
        CompletableFuture<ServerProcess> mongoB = CompletableFuture.supplyAsync(() -> mongo(classpath, data, "consumer-mongo"));
        CompletableFuture<ServerProcess> smtp = CompletableFuture.supplyAsync(() -> ServerProcess.start("mail", classpath,
                List.of("-Xmx128m", "-XX:+UseSerialGC"), Map.of(), logs.resolve("mail.log"), SERVER_START));
        try {
            CompletableFuture.allOf(broker, mongoA, mongoB, smtp).join();
        } catch (RuntimeException e) {
            // leave no server behind: processes outlive the JVM that started them
            for (CompletableFuture<ServerProcess> server : List.of(broker, mongoA, mongoB, smtp)) {
                server.thenAccept(ServerProcess::close);
            }
            tokens.close();
            throw e;
        }
        kafka = broker.join();
        worksheetMongo = mongoA.join();
        consumerMongo = mongoB.join();
        mail = smtp.join();
    }

    static FaultySystem start() {
        return start(false);
    }

    /** The same system with two instances of each of the four services behind the gateway. */
    static FaultySystem startScaled() {
        return start(true);
    }

    private static FaultySystem start(boolean scaled) {
        FaultySystem system = new FaultySystem(scaled);
        Runtime.getRuntime().addShutdownHook(new Thread(system::close)); // even if the test JVM is stopped
        try {
            system.startServices();
        } catch (RuntimeException e) {
            system.close();
            throw e;
        }
        return system;
    }

    private static ServerProcess mongo(String classpath, Path data, String name) {
        return ServerProcess.start("mongo", classpath, List.of("-Xmx256m", "-XX:+UseSerialGC"),
                Map.of("file", data.resolve(name).resolve("data.mv").toString()), data.resolve("logs").resolve(name + ".log"),
                SERVER_START);
    }

    private void startServices() {
        settings.put("worksheet-service", withTokens(Map.of(
                "spring.mongodb.uri", mongoUri(worksheetMongo, "worksheet"),
                "spring.kafka.bootstrap-servers", kafkaBootstrap())));
        settings.put("debrief-service", withTokens(Map.of(
                "spring.mongodb.uri", mongoUri(consumerMongo, "debrief"),
                "spring.kafka.bootstrap-servers", kafkaBootstrap())));
        Map<String, String> notification = new HashMap<>(Map.of(
                "spring.mongodb.uri", mongoUri(consumerMongo, "notification"),
                "spring.kafka.bootstrap-servers", kafkaBootstrap(),
                "spring.mail.host", "127.0.0.1",
                "spring.mail.port", String.valueOf(mail.port("smtp-port")),
                "backbone.notification.public-url", gatewayUrl(),
                "backbone.notification.poll-interval", "1s",
                // short waits so an SMTP outage of seconds is retried within the test
                "backbone.notification.retry-backoff", "1s",
                "backbone.notification.max-retry-backoff", "4s"));
        // a claim outlives a live sender by far only if it is renewed per mail: 5 s, not 2 min, so two
        // instances meet over a slow server within the test's time (each mail takes 0.3 s there)
        // with two instances of everything on two cores a send may take seconds: 30 s still frees the claims
        // of a stopped instance within the scale test's time
        notification.put("backbone.notification.lease", scaled ? "30s" : "5s");
        settings.put("notification-service", withTokens(notification));
        settings.put("partner-service", withTokens(Map.of(
                "spring.mongodb.uri", mongoUri(worksheetMongo, "partner"),
                "spring.kafka.bootstrap-servers", kafkaBootstrap())));
        List<String> modules = scaled
                ? List.of("worksheet-service", "partner-service", "debrief-service", "notification-service")
                : List.of("worksheet-service", "debrief-service", "notification-service");
        List<String> started = new ArrayList<>();
        for (String module : modules) {
            launch(module, module, FreePorts.free());
            started.add(module);
            if (scaled) {
                launch(module + "-2", module, FreePorts.free());
                started.add(module + "-2");
            }
        }
        Map<String, String> gateway = new HashMap<>(withTokens(Map.of()));
        gateway.put("backbone.services.worksheet", addresses("worksheet-service"));
        gateway.put("backbone.services.debrief", addresses("debrief-service"));
        gateway.put("backbone.services.notification", addresses("notification-service"));
        gateway.put("backbone.services.partner", scaled ? addresses("partner-service") : "http://127.0.0.1:9");
        gateway.put("backbone.keycloak.url", "http://127.0.0.1:9");
        gateway.put("spring.mongodb.uri", mongoUri(worksheetMongo, "gateway"));
        settings.put("gateway", gateway);
        launch("gateway", "gateway", gatewayPort);
        started.add("gateway");
        started.forEach(name -> service(name).awaitHealthy(SERVICE_START));
    }

    /** The addresses of a service's instances, comma-separated, as the gateway takes them. */
    private String addresses(String module) {
        return scaled ? service(module).url() + "," + service(module + "-2").url() : service(module).url();
    }

    private ServiceProcess launch(String name, String module, int port) {
        Path jar = root.resolve(module).resolve("target").resolve(module + "-" + version + ".jar");
        Map<String, String> properties = new HashMap<>(settings.get(module));
        if (scaled && !module.equals("gateway")) {
            // a stopping instance serves on, closing each connection after its answer, before it closes its port
            properties.put("backbone.web.shutdown-drain", "5s");
        }
        ServiceProcess process = ServiceProcess.start(name, jar, port, properties, RunningSystem.JVM, logs);
        services.put(name, process);
        return process;
    }

    ServiceProcess service(String name) {
        ServiceProcess process = services.get(name);
        if (process == null) {
            throw new IllegalStateException("no " + name + " in this system");
        }
        return process;
    }

    /** SIGKILL, as a crash or an OOM killer would: no shutdown hook, no graceful anything. */
    void kill(String name) {
        ServiceProcess process = service(name);
        ProcessHandle.of(process.pid()).ifPresent(ProcessHandle::destroyForcibly);
        ProcessHandle.of(process.pid()).ifPresent(handle -> handle.onExit().join());
    }

    /** Stops a service's process in its tracks (SIGSTOP), as a long pause would; {@link #resume} lets it go on. */
    void pause(String name) {
        signal("STOP", name);
    }

    void resume(String name) {
        signal("CONT", name);
    }

    private void signal(String signal, String name) {
        try {
            Process kill = new ProcessBuilder("kill", "-" + signal, String.valueOf(service(name).pid())).inheritIO().start();
            if (kill.waitFor() != 0) {
                throw new IllegalStateException("kill -" + signal + " " + name + " failed");
            }
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Starts a service again on its port, with its settings; returns once it is healthy. */
    Duration restart(String name) {
        Instant begin = Instant.now();
        ServiceProcess old = service(name);
        old.close();
        String module = name.replaceFirst("-\\d+$", "");
        launch(name, module, old.port()).awaitHealthy(SERVICE_START);
        return Duration.between(begin, Instant.now());
    }

    /** One more notification-service instance in the same consumer group, on the same database. */
    ServiceProcess startAnotherNotificationService() {
        ServiceProcess second = launch("notification-service-2", "notification-service", FreePorts.free());
        second.awaitHealthy(SERVICE_START);
        return second;
    }

    void stopService(String name) {
        service(name).close();
    }

    /**
     * SIGTERM, then waits as an orchestrator does (Kubernetes: terminationGracePeriodSeconds) for the drain
     * and the graceful shutdown to end; answers how long it took.
     */
    Duration stopGracefully(String name, Duration grace) {
        Instant begin = Instant.now();
        ProcessHandle.of(service(name).pid()).ifPresent(process -> {
            process.destroy();
            try {
                process.onExit().get(grace.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
            } catch (java.util.concurrent.TimeoutException e) {
                throw new IllegalStateException(name + " did not stop within " + grace, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (java.util.concurrent.ExecutionException e) {
                throw new IllegalStateException(e);
            }
        });
        return Duration.between(begin, Instant.now());
    }

    String gatewayUrl() {
        return "http://localhost:" + gatewayPort;
    }

    String kafkaBootstrap() {
        return "127.0.0.1:" + kafka.port("port");
    }

    String consumerMongoUri() {
        return "mongodb://127.0.0.1:" + consumerMongo.port("port");
    }

    int imapPort() {
        return mail.port("imap-port");
    }

    /** A member of the network with a verified address of their own, for one scenario's mail. */
    String token(String who) {
        return tokens.of(who).networks(List.of(NETWORK)).email(who + "@faults.example").name("Fault " + who)
                .expiresAt(Instant.now().plus(Duration.ofHours(1))).sign();
    }

    private static String mongoUri(ServerProcess mongo, String database) {
        return "mongodb://127.0.0.1:" + mongo.port("port") + "/" + database;
    }

    private Map<String, String> withTokens(Map<String, String> properties) {
        Map<String, String> all = new HashMap<>(properties);
        all.put("spring.security.oauth2.resourceserver.jwt.issuer-uri", tokens.issuer());
        all.put("spring.security.oauth2.resourceserver.jwt.jwk-set-uri", tokens.jwkSetUri());
        all.put("spring.security.oauth2.resourceserver.jwt.audiences", TestTokens.AUDIENCE);
        return all;
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        List<ServiceProcess> running = new ArrayList<>(services.values());
        running.forEach(ServiceProcess::close);
        for (ServerProcess server : new ServerProcess[] {mail, consumerMongo, worksheetMongo, kafka}) {
            if (server != null) {
                server.close();
            }
        }
        tokens.close();
    }
}
