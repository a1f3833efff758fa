package org.backboneplanner.debrief.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.backboneplanner.debrief.DebriefProperties;
import org.backboneplanner.debrief.analytics.CoverageScore;
import org.backboneplanner.debrief.analytics.Figures;
import org.backboneplanner.debrief.analytics.InitiativeAnalytics;
import org.backboneplanner.debrief.coverage.InitiativeCoverage;
import org.backboneplanner.debrief.resources.ResourceStatusProjection;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Each initiative's headline figures per month, so the network dashboard shows a trend. Taken again every
 * {@code backbone.debrief.monthly-snapshot-every}: the last one taken in a month stands for it. Not a
 * projection (a month past cannot be rebuilt from the topics' present state), so a rebuild keeps them. The
 * dashboard adds up only the initiatives its reader may see now.
 */
@Component
class MonthlySnapshots {

    static final String COLLECTION = "network_monthly";

    private final MongoTemplate mongo;
    private final ResourceStatusProjection resources;
    private final Clock clock;
    private final DebriefProperties properties;

    MonthlySnapshots(MongoTemplate mongo, ResourceStatusProjection resources, Clock clock,
                     DebriefProperties properties) {
        this.mongo = mongo;
        this.resources = resources;
        this.clock = clock;
        this.properties = properties;
    }

    @Scheduled(fixedDelayString = "${backbone.debrief.monthly-snapshot-every:6h}", initialDelayString = "PT1M")
    void takeNow() {
        take(LocalDate.now(clock.withZone(properties.zone())));
    }

    /** Every initiative's figures for the month of {@code today}. */
    void take(LocalDate today) {
        String month = YearMonth.from(today).toString();
        for (InitiativeCoverage coverage : mongo.find(Query.query(Criteria.where("name").exists(true)),
                InitiativeCoverage.class)) {
            InitiativeAnalytics analytics = InitiativeAnalytics.of(coverage.worksheet(
                    resources.of(coverage.networkId(), coverage.id(), null)), today);
            Figures figures = Figures.of(analytics);
            mongo.upsert(Query.query(Criteria.where("_id").is(coverage.id() + ":" + month)), new Update()
                    .set("networkId", coverage.networkId()).set("initiativeId", coverage.id()).set("month", month)
                    .set("coverageScore", CoverageScore.of(analytics)).set("openSteps", figures.openSteps())
                    .set("overdueSteps", figures.overdueSteps()).set("uncoveredRoles", figures.uncoveredRoles())
                    .set("singleCarrierRoles", figures.singleCarrierRoles())
                    .set("rolesWithoutPooledResource", figures.rolesWithoutPooledResource()), COLLECTION);
        }
    }

    /** The network's months, oldest first, adding up only {@code initiativeIds}. */
    List<Month> of(String networkId, Collection<String> initiativeIds, LocalDate today) {
        String since = YearMonth.from(today).minusMonths(properties.months() - 1L).toString();
        Map<String, List<Document>> byMonth = new TreeMap<>();
        for (Document d : mongo.find(Query.query(Criteria.where("networkId").is(networkId)
                .and("initiativeId").in(initiativeIds).and("month").gte(since)), Document.class, COLLECTION)) {
            byMonth.computeIfAbsent(d.getString("month"), m -> new ArrayList<>()).add(d);
        }
        List<Month> months = new ArrayList<>();
        byMonth.forEach((month, rows) -> months.add(new Month(month, rows.size(),
                (int) Math.round(rows.stream().mapToInt(d -> d.getInteger("coverageScore")).average().orElse(0)),
                sum(rows, "openSteps"), sum(rows, "overdueSteps"), sum(rows, "uncoveredRoles"),
                sum(rows, "singleCarrierRoles"), sum(rows, "rolesWithoutPooledResource"))));
        return months;
    }

    private static int sum(List<Document> rows, String field) {
        return rows.stream().mapToInt(d -> d.getInteger(field)).sum();
    }

    /** A month of the network: how many initiatives, their average score, and summed figures. */
    record Month(String month, int initiatives, int averageCoverageScore, int openSteps, int overdueSteps,
                 int uncoveredRoles, int singleCarrierRoles, int rolesWithoutPooledResource) {
    }
}
