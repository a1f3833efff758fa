package org.backboneplanner.debrief.initiative;

import java.time.LocalDate;
import java.util.List;

import org.backboneplanner.debrief.DebriefProperties;
import org.backboneplanner.debrief.analytics.Figures;
import org.backboneplanner.debrief.analytics.InitiativeAnalytics;
import org.backboneplanner.debrief.analytics.Trend;
import org.backboneplanner.debrief.coverage.WorksheetSnapshots;
import org.backboneplanner.debrief.resources.ResourceStatusProjection;
import org.springframework.stereotype.Component;

/**
 * The figures of every adopted version: each from the snapshot of the worksheet at its adoption, with the
 * pooled resources as they stood then, judged on the day it was adopted.
 */
@Component
class TrendReader {

    private final WorksheetSnapshots snapshots;
    private final ResourceStatusProjection resources;
    private final DebriefProperties properties;

    TrendReader(WorksheetSnapshots snapshots, ResourceStatusProjection resources, DebriefProperties properties) {
        this.snapshots = snapshots;
        this.resources = resources;
        this.properties = properties;
    }

    Trend trend(String networkId, String initiativeId, InitiativeAnalytics now) {
        List<Trend.VersionFigures> versions = snapshots.of(networkId, initiativeId).stream().map(snapshot -> {
            LocalDate day = LocalDate.ofInstant(snapshot.adoptedAt(), properties.zone());
            InitiativeAnalytics then = InitiativeAnalytics.of(snapshot.coverage()
                    .worksheet(resources.of(networkId, initiativeId, snapshot.adoptedAt())), day);
            return new Trend.VersionFigures(new Trend.Version(snapshot.versionId(), snapshot.number(), snapshot.name(),
                    snapshot.adoptedAt()), Figures.of(then), List.of());
        }).toList();
        return Trend.of(versions, Figures.of(now));
    }
}
