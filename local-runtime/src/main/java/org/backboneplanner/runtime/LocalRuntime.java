package org.backboneplanner.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import org.backboneplanner.localservers.KeycloakServer;
import org.backboneplanner.localservers.KraftBroker;
import org.backboneplanner.localservers.MailServer;
import org.backboneplanner.localservers.MongoWireServer;
import org.springframework.util.FileSystemUtils;

/**
 * The whole system on one machine, no Docker: a KRaft Kafka broker, a MongoDB wire-protocol server
 * kept in a file (or a real MongoDB from {@code MONGODB_URI}), a mail server, Keycloak with the realm,
 * then the five services, each a process of its own. Ctrl-C stops everything it started.
 */
public final class LocalRuntime {

    static final int GATEWAY = 8080;
    static final int KEYCLOAK = 8180;
    static final int KAFKA = 9092;
    static final int MONGODB = 27017;
    static final int SMTP = 3025;
    static final int IMAP = 3143;
    static final Map<String, Integer> SERVICES = Map.of("worksheet", 8081, "partner", 8082, "debrief", 8083,
            "notification", 8084);
    /**
     * Five JVMs share a laptop: a small heap, the serial collector, small thread stacks, and C1 only
     * (TieredStopAtLevel=1), which starts them fastest. A young generation of 10 MiB rather than a third of
     * the heap: all of it is touched between collections, so it is resident memory at rest. The C library's
     * free memory given back every 5 s (TrimNativeHeapInterval): glibc keeps what start-up freed. A heap
     * starting at 32 MiB and shrinking after each collection saved no resident memory at rest and cost
     * collections under load (docs/performance.md).
     */
    private static final List<String> SERVICE_JVM = List.of("-Xmx160m", "-Xmn10m", "-Xss512k", "-XX:+UseSerialGC",
            "-XX:TieredStopAtLevel=1", "-XX:MaxMetaspaceSize=160m", "-XX:ReservedCodeCacheSize=64m",
            "-XX:TrimNativeHeapInterval=5000", "-XX:+ExitOnOutOfMemoryError");
    /**
     * The gateway is on every call's path, so it gets C2 as well: with C1 alone the RSA check of a token ran
     * without C2's BigInteger intrinsics, a quarter of its CPU per call. C2 frees much of what it compiles
     * with, hence the trim; its young generation is 8 MiB, not 53.
     */
    private static final List<String> GATEWAY_JVM = List.of("-Xmx160m", "-Xmn8m", "-Xss512k", "-XX:+UseSerialGC",
            "-XX:MaxMetaspaceSize=160m", "-XX:ReservedCodeCacheSize=64m", "-XX:TrimNativeHeapInterval=5000",
            "-XX:+ExitOnOutOfMemoryError");

    private final Path root;
    private final Path data;
    private final Properties build;
    private final List<AutoCloseable> started = Collections.synchronizedList(new ArrayList<>());
    /** The services and the gateway: stopped first, all at once (each may be writing its class-data archive). */
    private final List<AutoCloseable> processes = Collections.synchronizedList(new ArrayList<>());
    private final Map<String, Long> pids = new LinkedHashMap<>();

    LocalRuntime(Path root, Path data, Properties build) {
        this.root = root;
        this.data = data;
        this.build = build;
    }

    /** The system kept in {@code data}, as {@code ./run-local.sh} starts it; for benchmarks that start it themselves. */
    public static LocalRuntime at(Path root, Path data) throws IOException {
        return new LocalRuntime(root, data, buildProperties());
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(System.getProperty("backbone.root", ".")).toAbsolutePath().normalize();
        Path data = Path.of(System.getenv().getOrDefault("BACKBONE_DATA", root.resolve(".data").toString()));
        LocalRuntime runtime = new LocalRuntime(root, data, buildProperties());
        if (List.of(args).contains("--reset-keycloak")) {
            runtime.resetKeycloak();
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            runtime.stop();
            stopped.countDown();
        }, "stop-everything"));
        try {
            runtime.start();
        } catch (RuntimeException e) {
            System.err.println();
            System.err.println("Backbone Planner did not start: " + e.getMessage());
            System.exit(1);
        }
        stopped.await();
    }

    /** Starts everything and waits until it is ready; returns how long that took. */
    public Duration start() throws IOException {
        Instant begin = Instant.now();
        started.add(DataFolderLock.take(data)); // let go last, once everything else stopped
        Path logs = data.resolve("logs");
        say("Starting Backbone Planner (data in " + data + ", logs in " + logs + ")");

        // Keycloak first: it takes longest, and needs none of the others
        Path realm = DevRealm.write(root, data.resolve("backbone-realm.dev.json"));
        KeycloakServer keycloak = KeycloakServer.start(Path.of(build.getProperty("keycloak.distribution")),
                data, KEYCLOAK, realm, Path.of(System.getProperty("java.home")), logs.resolve("keycloak.log"),
                DevRealm.environment("http://localhost:" + GATEWAY));
        started.add(keycloak);
        pids.put("keycloak", keycloak.pid());
        // while Keycloak starts: each service's jar extracted for class-data sharing (once per build)
        Map<String, CompletableFuture<ClassDataArchive>> archives = new LinkedHashMap<>();
        for (String name : names()) {
            archives.put(name, CompletableFuture.supplyAsync(() -> classData(name)));
        }

        KraftBroker kafka = KraftBroker.start(data.resolve("kafka"), KAFKA);
        started.add(kafka);
        say("  Kafka (KRaft)            " + kafka.bootstrapServers());

        String mongoUri = System.getenv("MONGODB_URI");
        if (mongoUri == null || mongoUri.isBlank()) {
            MongoWireServer mongo = MongoWireServer.inFile(data.resolve("mongo").resolve("backbone.mv"), MONGODB);
            started.add(mongo);
            mongoUri = "mongodb://127.0.0.1:" + mongo.port();
            say("  MongoDB wire server      " + mongoUri + " (kept in " + data.resolve("mongo") + ")");
        } else {
            say("  MongoDB                  " + mongoUri + " (from MONGODB_URI)");
        }

        MailServer mail = MailServer.start(SMTP, IMAP);
        started.add(mail);
        say("  Mail (SMTP / IMAP)       localhost:" + SMTP + " / localhost:" + IMAP);

        // all five at once: none needs another to start (tokens are checked against Keycloak's keys on first use)
        List<ServiceProcess> services = new ArrayList<>();
        for (Map.Entry<String, Integer> service : SERVICES.entrySet()) {
            Map<String, String> properties = new LinkedHashMap<>();
            properties.put("spring.mongodb.uri", withDatabase(mongoUri, service.getKey()));
            String name = service.getKey() + "-service";
            services.add(startService(name, service.getValue(), properties, logs, archives.get(name).join()));
        }
        // sign-in sessions live in the gateway's own database (Spring Session)
        ServiceProcess gateway = startService("gateway", GATEWAY,
                Map.of("spring.mongodb.uri", withDatabase(mongoUri, "gateway")), logs, archives.get("gateway").join());
        keycloak.awaitReady("backbone", Duration.ofSeconds(180));
        say("  Keycloak                 " + keycloak.url() + " (admin console: admin / admin)");
        for (ServiceProcess service : services) {
            service.awaitHealthy(Duration.ofSeconds(180));
            say("  " + pad(service.name()) + service.url());
        }
        gateway.awaitHealthy(Duration.ofSeconds(120));

        long seconds = Duration.between(begin, Instant.now()).toSeconds();
        say("");
        say("Backbone Planner is ready in " + seconds + " s:  http://localhost:" + GATEWAY);
        say("  Log in as alice / alice (Réseau Montérégie), bob / bob (Montérégie and Estrie),");
        say("            carol / carol (administrator of Réseau Estrie).");
        say("  Mail: read over IMAP at localhost:" + IMAP + ", user and password = the address");
        say("        (alice@monteregie.example, bob@partenaires.example, carol@estrie.example).");
        say("  Processes: " + pids);
        say("Press Ctrl-C to stop everything.");
        return Duration.between(begin, Instant.now());
    }

    /** The process ids of Keycloak, the services and the gateway, by name. */
    public Map<String, Long> pids() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(pids));
    }

    private static List<String> names() {
        List<String> names = new ArrayList<>();
        SERVICES.keySet().forEach(service -> names.add(service + "-service"));
        names.add("gateway");
        return names;
    }

    private Path jar(String name) {
        return root.resolve(name).resolve("target").resolve(name + "-" + build.getProperty("version") + ".jar");
    }

    /** The service's jar extracted, with its class-data archive; none with BACKBONE_CLASS_DATA=off or no jar. */
    private ClassDataArchive classData(String name) {
        if ("off".equals(System.getenv("BACKBONE_CLASS_DATA")) || !Files.isRegularFile(jar(name))) {
            return null;
        }
        try {
            return ClassDataArchive.prepare(name, jar(name), data.resolve("class-data").resolve(name),
                    ClassDataArchive.Extraction.springBootTools(Path.of(System.getProperty("java.home"), "bin", "java")));
        } catch (IOException e) {
            System.err.println("  " + name + ": no class-data sharing (" + e.getMessage() + ")");
            return null;
        }
    }

    private ServiceProcess startService(String name, int port, Map<String, String> properties, Path logs,
                                        ClassDataArchive classData) {
        Path jar = classData == null ? jar(name) : classData.jar();
        List<String> jvm = new ArrayList<>(name.equals("gateway") ? GATEWAY_JVM : SERVICE_JVM);
        if (classData != null) {
            jvm.addAll(classData.jvmOptions());
        }
        String recordings = System.getenv("BACKBONE_JFR");
        if (recordings != null && !recordings.isBlank()) {
            // a Flight Recorder profile of each process, written when it stops
            jvm.add("-XX:StartFlightRecording=settings=profile,dumponexit=true,filename="
                    + Path.of(recordings).toAbsolutePath().resolve(name + ".jfr"));
        }
        ServiceProcess process = ServiceProcess.start(name, jar, port, properties, jvm, logs);
        if (classData == null) {
            processes.add(process);
        } else {
            // a JVM recording its archive writes it as it stops: a few seconds more
            Duration grace = Duration.ofSeconds(classData.recording() ? 60 : 10);
            processes.add(() -> classData.processEnded(process.stop(grace)));
        }
        pids.put(name, process.pid());
        return process;
    }

    /** Stops the services and the gateway at once, then the rest in reverse order of start; safe to call twice. */
    public void stop() {
        List<AutoCloseable> services;
        List<AutoCloseable> toStop;
        synchronized (started) {
            services = new ArrayList<>(processes);
            processes.clear();
            toStop = new ArrayList<>(started);
            started.clear();
        }
        Collections.reverse(toStop);
        if (!services.isEmpty() || !toStop.isEmpty()) {
            say("Stopping Backbone Planner...");
        }
        CompletableFuture.allOf(services.stream()
                .map(service -> CompletableFuture.runAsync(() -> close(service)))
                .toArray(CompletableFuture[]::new)).join();
        toStop.forEach(LocalRuntime::close);
    }

    private static void close(AutoCloseable part) {
        try {
            part.close();
        } catch (Exception e) {
            System.err.println("  could not stop " + part + ": " + e.getMessage());
        }
    }

    private void resetKeycloak() throws IOException {
        try (var folders = Files.list(data)) {
            for (Path folder : folders.filter(p -> p.getFileName().toString().startsWith("keycloak-")).toList()) {
                FileSystemUtils.deleteRecursively(folder.resolve("data").resolve("h2"));
                say("Keycloak's database in " + folder + " removed: the realm file will be imported again.");
            }
        } catch (java.nio.file.NoSuchFileException e) {
            // nothing to reset
        }
    }

    static String withDatabase(String uri, String database) {
        int query = uri.indexOf('?');
        String base = query < 0 ? uri : uri.substring(0, query);
        String options = query < 0 ? "" : uri.substring(query);
        int hostsStart = base.indexOf("://") + 3;
        int path = base.indexOf('/', hostsStart);
        String hosts = path < 0 ? base : base.substring(0, path);
        return hosts + "/" + database + options;
    }

    private static Properties buildProperties() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = LocalRuntime.class.getResourceAsStream("/local-runtime.properties")) {
            if (in == null) {
                throw new IllegalStateException("local-runtime.properties missing from the jar");
            }
            properties.load(in);
        }
        return properties;
    }

    private static String pad(String name) {
        return String.format("%-25s", name);
    }

    private static void say(String line) {
        System.out.println(line);
    }
}
