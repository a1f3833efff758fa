package org.backboneplanner.system.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The issue's own measure: wrk reading one worksheet with a member's token, through the gateway and
 * straight at worksheet-service, alternating, 10 s each (wrk is a C load driver: it takes less CPU from the
 * processes measured than the Java members do). Skipped when wrk is not installed.
 */
final class WrkReads {

    /** {@code bytesPerAnswer}: wrk's bytes read per request, headers included (its Transfer/sec over Requests/sec). */
    record Figures(double perSecond, double p50, double p99, Map<String, Double> cpuMillisPerRequest,
                   double bytesPerAnswer) {
    }

    record Result(List<Figures> gateway, List<Figures> direct) {
        boolean ran() {
            return !gateway.isEmpty();
        }
    }

    /** {@code -Dbench.wrk-cpus=1}: wrk pinned to those CPUs ({@code taskset -c}); unset, wrk runs anywhere. */
    static final String CPUS = System.getProperty("bench.wrk-cpus", "");
    private static final Pattern RATE = Pattern.compile("Requests/sec:\\s+([0-9.]+)");
    private static final Pattern TOTAL = Pattern.compile("([0-9]+) requests in");
    private static final Pattern TRANSFER = Pattern.compile("Transfer/sec:\\s+([0-9.]+)(B|KB|MB|GB)");

    private WrkReads() {
    }

    static Result run(String token, String path, String gateway, String direct, int rounds, Map<String, Long> pids)
            throws IOException, InterruptedException {
        List<Figures> viaGateway = new ArrayList<>();
        List<Figures> straight = new ArrayList<>();
        if (!Files.isExecutable(Path.of("/usr/bin/wrk"))) {
            return new Result(viaGateway, straight);
        }
        for (int round = 0; round < rounds; round++) {
            boolean gatewayFirst = round % 2 == 0;
            for (boolean viaTheGateway : gatewayFirst ? new boolean[]{true, false} : new boolean[]{false, true}) {
                Figures figures = once(token, (viaTheGateway ? gateway : direct) + path, pids);
                (viaTheGateway ? viaGateway : straight).add(figures);
            }
        }
        return new Result(viaGateway, straight);
    }

    private static Figures once(String token, String url, Map<String, Long> pids)
            throws IOException, InterruptedException {
        Map<String, Long> before = new LinkedHashMap<>();
        pids.forEach((name, pid) -> before.put(name, ProcessFigures.cpuMillis(pid)));
        List<String> command = new ArrayList<>();
        if (!CPUS.isBlank()) {
            // the same CPUs for wrk in both paths' rounds: it then takes from the processes measured only there
            command.addAll(List.of("taskset", "-c", CPUS));
        }
        command.addAll(List.of("wrk", "-t2", "-c16", "-d10s", "--latency", "-H", "Authorization: Bearer " + token, url));
        Process wrk = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(wrk.getInputStream().readAllBytes());
        wrk.waitFor();
        Matcher total = TOTAL.matcher(output);
        long requests = total.find() ? Long.parseLong(total.group(1)) : 0;
        Map<String, Double> cpu = new LinkedHashMap<>();
        pids.forEach((name, pid) -> cpu.put(name,
                (ProcessFigures.cpuMillis(pid) - before.get(name)) / (double) Math.max(1, requests)));
        Matcher rate = RATE.matcher(output);
        if (!rate.find()) {
            throw new IllegalStateException("wrk said: " + output);
        }
        double perSecond = Double.parseDouble(rate.group(1));
        return new Figures(perSecond, millis(output, "50%"), millis(output, "99%"), cpu,
                bytesPerSecond(output) / Math.max(1, perSecond));
    }

    private static double bytesPerSecond(String output) {
        Matcher transfer = TRANSFER.matcher(output);
        if (!transfer.find()) {
            return Double.NaN;
        }
        int power = List.of("B", "KB", "MB", "GB").indexOf(transfer.group(2));
        return Double.parseDouble(transfer.group(1)) * Math.pow(1024, power);
    }

    /** A line of wrk's latency distribution, e.g. {@code 50%    3.21ms}, in milliseconds. */
    private static double millis(String output, String quantile) {
        Matcher line = Pattern.compile(quantile.replace("%", "%") + "\\s+([0-9.]+)(us|ms|s)").matcher(output);
        if (!line.find()) {
            return Double.NaN;
        }
        double value = Double.parseDouble(line.group(1));
        return switch (line.group(2)) {
            case "us" -> value / 1000;
            case "s" -> value * 1000;
            default -> value;
        };
    }
}
