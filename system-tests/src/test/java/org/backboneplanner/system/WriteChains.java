package org.backboneplanner.system;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Tells whether concurrent writes with {@code If-Match} lost anything, from their answers alone. Each
 * write answered 2xx took a part from the version its writer read ({@code If-Match}) to a new one (the
 * answer's {@code ETag}). Without lost updates, a part's 2xx writes form one chain from the version
 * first read to the version read at the end, no two of them starting from the same version, and the
 * part ends with the value of the last write of each field along the chain. Any 2xx write off the
 * chain, any fork, any other end, or another final value, is a lost write.
 */
final class WriteChains {

    /** One write answered 2xx: to {@code field} of {@code part}, from version {@code from} to {@code to}. */
    record Applied(String part, String field, String from, String to, String value) {
    }

    private final Map<String, String> firstVersions = new HashMap<>();
    private final List<Applied> applied = new ArrayList<>();

    /** The version of a part before anyone wrote it (e.g. a step as created). */
    synchronized void begins(String part, String version) {
        firstVersions.put(part, version);
    }

    synchronized void applied(Applied write) {
        applied.add(write);
    }

    /**
     * Counts lost writes against the final state.
     *
     * @param finalVersions each part's version read at the end
     * @param finalValues   each part's fields at the end, keyed {@code part + "/" + field}
     * @param problems      where each loss is described
     */
    synchronized long lost(Map<String, String> finalVersions, Map<String, String> finalValues, List<String> problems) {
        Map<String, Map<String, List<Applied>>> byPart = new HashMap<>();
        for (Applied write : applied) {
            byPart.computeIfAbsent(write.part(), p -> new HashMap<>()).computeIfAbsent(write.from(), f -> new ArrayList<>())
                    .add(write);
        }
        long lost = 0;
        for (Map.Entry<String, String> first : firstVersions.entrySet()) {
            String part = first.getKey();
            Map<String, List<Applied>> from = byPart.getOrDefault(part, Map.of());
            for (List<Applied> sameStart : from.values()) {
                if (sameStart.size() > 1) {
                    lost += sameStart.size() - 1;
                    problems.add(part + ": " + sameStart.size() + " writes applied from the same version " + sameStart);
                }
            }
            Map<String, String> lastValues = new HashMap<>();
            String version = first.getValue();
            int walked = 0;
            while (from.containsKey(version) && walked <= applied.size()) {
                Applied write = from.get(version).get(0);
                lastValues.put(write.field(), write.value());
                version = write.to();
                walked++;
            }
            long onPart = from.values().stream().mapToLong(List::size).sum();
            long offChain = onPart - walked - from.values().stream().mapToLong(l -> l.size() - 1).sum();
            if (offChain > 0) {
                lost += offChain;
                problems.add(part + ": " + offChain + " applied writes off the chain of versions");
            }
            if (!Objects.equals(version, finalVersions.get(part))) {
                lost++;
                problems.add(part + ": the chain of applied writes ends at " + version + ", the part is at "
                        + finalVersions.get(part));
            }
            for (Map.Entry<String, String> last : lastValues.entrySet()) {
                String actual = finalValues.get(part + "/" + last.getKey());
                if (!Objects.equals(last.getValue(), actual)) {
                    lost++;
                    problems.add(part + ": " + last.getKey() + " is " + actual + ", the last applied write set "
                            + last.getValue());
                }
            }
        }
        return lost;
    }
}
