package org.backboneplanner.localservers;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * Runs one local server as a process of its own, so a test can stop it, kill it, and start it again
 * on the same port and data:
 * <pre>
 * java -cp CLASSPATH org.backboneplanner.localservers.LocalServers kafka --port=0 --data=DIR
 * java -cp CLASSPATH org.backboneplanner.localservers.LocalServers mongo --port=0 --file=FILE
 * java -cp CLASSPATH org.backboneplanner.localservers.LocalServers mail --smtp-port=0 --imap-port=0 [--delay-ms=250]
 * </pre>
 * Port 0 picks a free one. Once listening it prints one line, {@code ready <server> key=value ...},
 * giving the ports it bound and the options it runs with: started again with those, it has the same
 * address and the same data. SIGTERM stops it cleanly (Kafka flushes, the H2 file is closed).
 */
public final class LocalServers {

    /** The line a server prints once it accepts connections. */
    public static final String READY = "ready ";

    private LocalServers() {
    }

    public static void main(String[] args) throws InterruptedException {
        if (args.length == 0) {
            System.err.println("usage: LocalServers kafka|mongo|mail [--option=value ...]");
            System.exit(2);
        }
        Map<String, String> options = options(args);
        Map<String, String> effective = new LinkedHashMap<>();
        AutoCloseable server = switch (args[0]) {
            case "kafka" -> {
                Path data = Path.of(required(options, "data"));
                KraftBroker broker = KraftBroker.start(data, port(options, "port"));
                effective.put("port", String.valueOf(broker.port()));
                effective.put("data", data.toAbsolutePath().toString());
                yield broker;
            }
            case "mongo" -> {
                Path file = Path.of(required(options, "file"));
                MongoWireServer mongo = MongoWireServer.inFile(file, port(options, "port"));
                effective.put("port", String.valueOf(mongo.port()));
                effective.put("file", file.toAbsolutePath().toString());
                yield mongo;
            }
            case "mail" -> {
                Duration delay = Duration.ofMillis(Long.parseLong(options.getOrDefault("delay-ms", "0")));
                MailServer mail = MailServer.startSlow(port(options, "smtp-port"), port(options, "imap-port"), delay);
                effective.put("smtp-port", String.valueOf(mail.smtpPort()));
                effective.put("imap-port", String.valueOf(mail.imapPort()));
                effective.put("delay-ms", String.valueOf(delay.toMillis()));
                yield mail;
            }
            default -> throw new IllegalArgumentException("unknown server " + args[0] + " (kafka, mongo or mail)");
        };
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                server.close();
            } catch (Exception e) {
                System.err.println("could not stop " + args[0] + " cleanly: " + e.getMessage());
            }
            stopped.countDown();
        }, "stop-" + args[0]));
        StringBuilder ready = new StringBuilder(READY).append(args[0]);
        effective.forEach((key, value) -> ready.append(' ').append(key).append('=').append(value));
        System.out.println(ready);
        System.out.flush();
        stopped.await();
    }

    static Map<String, String> options(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            int equals = arg.indexOf('=');
            if (!arg.startsWith("--") || equals < 0) {
                throw new IllegalArgumentException("expected --name=value, got " + arg);
            }
            options.put(arg.substring(2, equals), arg.substring(equals + 1));
        }
        return options;
    }

    private static String required(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("--" + name + "= is required");
        }
        return value;
    }

    private static int port(Map<String, String> options, String name) {
        return Integer.parseInt(options.getOrDefault(name, "0"));
    }
}
