package org.backboneplanner.debrief.analytics;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The same figures for every adopted version, oldest first, and now; with what changed from each
 * version to the next and since the last one, so a group sees what moved since its last debrief.
 */
public record Trend(List<VersionFigures> versions, Figures now, Version lastVersion,
                    List<Figures.Change> sinceLastVersion) {

    public static Trend of(List<VersionFigures> adopted, Figures now) {
        List<VersionFigures> sorted = adopted.stream().sorted(Comparator.comparingInt(v -> v.version().number()))
                .toList();
        List<VersionFigures> versions = new ArrayList<>();
        Figures previous = null;
        for (VersionFigures version : sorted) {
            versions.add(new VersionFigures(version.version(), version.figures(),
                    previous == null ? List.of() : version.figures().changesSince(previous)));
            previous = version.figures();
        }
        return new Trend(versions, now, sorted.isEmpty() ? null : sorted.get(sorted.size() - 1).version(),
                previous == null ? List.of() : now.changesSince(previous));
    }

    /** An adopted version: its id, number, name and when it was adopted. */
    public record Version(String versionId, int number, String name, Instant adoptedAt) {
    }

    /** A version's figures, and what changed from the version before it. */
    public record VersionFigures(Version version, Figures figures, List<Figures.Change> changes) {

        public VersionFigures {
            changes = changes == null ? List.of() : List.copyOf(changes);
        }
    }
}
