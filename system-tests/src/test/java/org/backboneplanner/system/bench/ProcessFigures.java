package org.backboneplanner.system.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * What Linux says of a process and its children (Keycloak runs under its start script): CPU time from
 * {@code /proc/<pid>/stat} and resident memory from {@code /proc/<pid>/status}.
 */
final class ProcessFigures {

    /** Linux's USER_HZ: clock ticks in {@code /proc/<pid>/stat} are hundredths of a second. */
    private static final int TICKS_PER_SECOND = 100;

    private ProcessFigures() {
    }

    /** User plus system CPU time of the process and its descendants, in milliseconds. */
    static long cpuMillis(long pid) {
        return tree(pid).mapToLong(ProcessFigures::ownCpuTicks).sum() * 1000 / TICKS_PER_SECOND;
    }

    /** Resident set of the process and its descendants, in MiB. */
    static long residentMiB(long pid) {
        return tree(pid).mapToLong(ProcessFigures::ownResidentKiB).sum() / 1024;
    }

    /** The process, and its descendants unless it is this JVM (whose children are the processes measured). */
    private static Stream<Long> treeBoxed(long pid) {
        if (pid == ProcessHandle.current().pid()) {
            return Stream.of(pid);
        }
        return Stream.concat(Stream.of(pid), ProcessHandle.of(pid).stream()
                .flatMap(ProcessHandle::descendants).map(ProcessHandle::pid));
    }

    private static Stream<Long> tree(long pid) {
        return treeBoxed(pid);
    }

    private static long ownCpuTicks(long pid) {
        String stat = read(Path.of("/proc", String.valueOf(pid), "stat"));
        if (stat.isEmpty()) {
            return 0;
        }
        // the command name, in parentheses, may hold spaces: fields are counted after its closing one
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // utime and stime, fields 14 and 15
    }

    private static long ownResidentKiB(long pid) {
        return read(Path.of("/proc", String.valueOf(pid), "status")).lines()
                .filter(line -> line.startsWith("VmRSS:"))
                .mapToLong(line -> Long.parseLong(line.replaceAll("[^0-9]", "")))
                .findFirst().orElse(0);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return ""; // the process ended
        }
    }
}
