package org.backboneplanner.localservers;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One {@link LocalServers} server running as a separate process, started from a classpath with
 * {@code java -cp}: it can be stopped (SIGTERM), killed (SIGKILL) and started again on the ports it
 * bound first and on the same data, as a real broker or database goes down and comes back.
 */
public final class ServerProcess implements AutoCloseable {

    private final String server;
    private final String classpath;
    private final List<String> jvmOptions;
    private final Path log;
    private final Map<String, String> options;
    private Process process;
    private long logOffset;
    private Map<String, String> ready = Map.of();

    private ServerProcess(String server, String classpath, List<String> jvmOptions, Path log,
                          Map<String, String> options) {
        this.server = server;
        this.classpath = classpath;
        this.jvmOptions = List.copyOf(jvmOptions);
        this.log = log;
        this.options = new LinkedHashMap<>(options);
    }

    /**
     * Starts {@code server} (kafka, mongo, mail) and waits until it listens.
     *
     * @param classpath  where {@link LocalServers} and the servers' jars are, e.g. this JVM's class path
     * @param options    the server's options without their leading {@code --} (see {@link LocalServers})
     * @param log        its output, appended to across restarts
     */
    public static ServerProcess start(String server, String classpath, List<String> jvmOptions,
                                      Map<String, String> options, Path log, Duration timeout) {
        ServerProcess process = new ServerProcess(server, classpath, jvmOptions, log, options);
        process.launch(timeout);
        return process;
    }

    /** Starts it again after a stop or a kill, on the same ports and data, with {@code changes} to its options. */
    public void restart(Map<String, String> changes, Duration timeout) {
        if (process.isAlive()) {
            throw new IllegalStateException(server + " is still running (pid " + process.pid() + ")");
        }
        options.putAll(ready); // the ports it bound, so clients find it where it was
        options.putAll(changes);
        launch(timeout);
    }

    public void restart(Duration timeout) {
        restart(Map.of(), timeout);
    }

    /** What the server printed once ready: its ports and data. */
    public String value(String key) {
        String value = ready.get(key);
        if (value == null) {
            throw new IllegalStateException(server + " reported no " + key + ": " + ready);
        }
        return value;
    }

    public int port(String key) {
        return Integer.parseInt(value(key));
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process != null && process.isAlive();
    }

    /** Stops it as an operator would (SIGTERM, then SIGKILL after {@code grace}); returns once it is gone. */
    public void stop(Duration grace) {
        if (!isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    /** Kills it at once (SIGKILL), as a crash would; returns once it is gone. */
    public void kill() {
        if (!isAlive()) {
            return;
        }
        try {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        stop(Duration.ofSeconds(20));
    }

    private void launch(Duration timeout) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(classpath);
        command.add(LocalServers.class.getName());
        command.add(server);
        options.forEach((key, value) -> command.add("--" + key + "=" + value));
        try {
            Files.createDirectories(log.toAbsolutePath().getParent());
            logOffset = Files.exists(log) ? Files.size(log) : 0;
            process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        } catch (IOException e) {
            throw new IllegalStateException(server + ": cannot start: " + e.getMessage(), e);
        }
        ready = awaitReadyLine(timeout);
    }

    /** Reads this life's part of the log until the ready line; fails early if the process dies. */
    private Map<String, String> awaitReadyLine(Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            String line = readyLine();
            if (line != null) {
                Map<String, String> values = new LinkedHashMap<>();
                for (String part : line.substring(LocalServers.READY.length() + server.length()).trim().split(" ")) {
                    int equals = part.indexOf('=');
                    if (equals > 0) {
                        values.put(part.substring(0, equals), part.substring(equals + 1));
                    }
                }
                return values;
            }
            if (!process.isAlive()) {
                throw new IllegalStateException(server + " stopped before it was ready (exit " + process.exitValue()
                        + "); see " + log);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        process.destroyForcibly();
        throw new IllegalStateException(server + " not ready after " + timeout.toSeconds() + " s; see " + log);
    }

    private String readyLine() {
        try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "r")) {
            if (file.length() <= logOffset) {
                return null;
            }
            file.seek(logOffset);
            byte[] bytes = new byte[(int) Math.min(file.length() - logOffset, 4 * 1024 * 1024)];
            file.readFully(bytes);
            String text = new String(bytes, StandardCharsets.UTF_8);
            // only whole lines: the ready line may be half written
            for (String line : text.substring(0, text.lastIndexOf('\n') + 1).split("\n")) {
                if (line.startsWith(LocalServers.READY + server + " ")) {
                    return line.strip();
                }
            }
            return null;
        } catch (IOException e) {
            return null;
        }
    }

    @Override
    public String toString() {
        return server + (isAlive() ? " (pid " + process.pid() + ")" : " (stopped)") + " " + ready;
    }
}
