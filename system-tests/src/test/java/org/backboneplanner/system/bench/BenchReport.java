package org.backboneplanner.system.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/**
 * A benchmark's figures, written to {@code target/bench/<name>.json} and {@code .md}, and into
 * {@code docs/performance.md} between {@code <!-- bench:<name> -->} and {@code <!-- /bench:<name> -->}
 * when the note has those markers, so the note always shows the last run.
 */
final class BenchReport {

    private BenchReport() {
    }

    static void write(Path root, String name, Map<String, Object> figures, String markdown) throws IOException {
        Path folder = root.resolve("target").resolve("bench");
        Files.createDirectories(folder);
        Files.writeString(folder.resolve(name + ".json"),
                JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValueAsString(figures));
        Files.writeString(folder.resolve(name + ".md"), markdown);
        Path note = root.resolve("docs").resolve("performance.md");
        if (!Files.isRegularFile(note)) {
            return;
        }
        String text = Files.readString(note);
        String begin = "<!-- bench:" + name + " -->";
        String end = "<!-- /bench:" + name + " -->";
        int from = text.indexOf(begin);
        int to = text.indexOf(end);
        if (from >= 0 && to > from) {
            Files.writeString(note, text.substring(0, from + begin.length()) + "\n" + markdown
                    + text.substring(to));
        }
    }

    /** The q-quantile (0.5, 0.95, 0.99) of latencies in nanoseconds, in milliseconds. */
    static double quantileMillis(List<Long> sortedNanos, double q) {
        if (sortedNanos.isEmpty()) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(q * sortedNanos.size()) - 1;
        return sortedNanos.get(Math.max(0, Math.min(index, sortedNanos.size() - 1))) / 1e6;
    }

    static List<Long> sorted(List<Long> values) {
        List<Long> copy = new ArrayList<>(values);
        Collections.sort(copy);
        return copy;
    }
}
