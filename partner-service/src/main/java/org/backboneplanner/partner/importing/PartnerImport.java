package org.backboneplanner.partner.importing;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.backboneplanner.events.Topics;
import org.backboneplanner.partner.directory.Partner;
import org.backboneplanner.partner.directory.PartnerDescription;
import org.backboneplanner.partner.directory.PartnerDirectory;
import org.backboneplanner.partner.importing.PartnerCsv.LineProblem;
import org.backboneplanner.support.outbox.OutboxStore;
import org.backboneplanner.support.problem.ConflictException;
import org.backboneplanner.support.problem.ForbiddenException;
import org.backboneplanner.support.security.Member;
import org.backboneplanner.support.store.AggregateStore;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Imports a network's partners from a CSV file, all or nothing: every row is checked first (and every
 * bad row reported with its line); then the partners are stored held and released together, so the
 * directory and the events see all of them or none.
 */
@Service
class PartnerImport {

    static final int MAX_ROWS = 5000;
    private static final Duration ABANDONED = Duration.ofMinutes(10);
    private static final String BATCH = "importBatch";
    private static final Logger log = LoggerFactory.getLogger(PartnerImport.class);

    private final MongoTemplate mongo;
    private final OutboxStore outbox;
    private final AggregateStore store;
    private final PartnerDirectory directory;
    private final Clock clock;

    PartnerImport(MongoTemplate mongo, OutboxStore outbox, AggregateStore store, PartnerDirectory directory,
                  Clock clock) {
        this.mongo = mongo;
        this.outbox = outbox;
        this.store = store;
        this.directory = directory;
        this.clock = clock;
    }

    /** @throws ImportRejected with every problem found, when anything is wrong; then nothing is stored */
    int importCsv(String networkId, String text, Member member) {
        if (!member.administers(networkId)) {
            throw new ForbiddenException("forbidden.import");
        }
        PartnerCsv.Parsed parsed = PartnerCsv.parse(text, MAX_ROWS);
        List<LineProblem> problems = new ArrayList<>(parsed.problems());
        List<Partner> partners = new ArrayList<>();
        Map<String, Integer> names = new HashMap<>();
        Map<String, Integer> websites = new HashMap<>();
        for (int i = 0; i < parsed.partners().size(); i++) {
            PartnerDescription description = parsed.partners().get(i);
            int line = parsed.lines().get(i);
            Partner partner = Partner.register(UUID.randomUUID().toString(), networkId, description, member.id(),
                    clock.instant());
            Integer sameName = names.putIfAbsent(partner.nameKey(), line);
            Integer sameSite = partner.websiteKey() == null ? null : websites.putIfAbsent(partner.websiteKey(), line);
            if (sameName != null) {
                problems.add(LineProblem.of(line, "name", "duplicate", "line.same-partner", sameName));
            } else if (sameSite != null) {
                problems.add(LineProblem.of(line, "website", "duplicate", "line.same-website", sameSite));
            } else {
                try {
                    directory.refuseDuplicate(partner, null);
                    partners.add(partner);
                } catch (ConflictException e) {
                    problems.add(new LineProblem(line, "name", e.code(), e.messageKey(), e.arguments()));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new ImportRejected(problems);
        }
        store(networkId, partners, member);
        return partners.size();
    }

    private void store(String networkId, List<Partner> partners, Member member) {
        ImportBatch batch = new ImportBatch(UUID.randomUUID().toString(), networkId, ImportBatch.Status.PENDING,
                partners.size(), member.id(), clock.instant());
        mongo.insert(batch);
        try {
            for (Partner partner : partners) {
                store.insertHeld(partner, Topics.PARTNER, member.actor(), List.of(partner.registered()),
                        new Document(BATCH, batch.id()));
            }
        } catch (RuntimeException e) {
            rollBack(batch.id());
            throw new ConflictException("import-interrupted", "conflict.import-interrupted");
        }
        mark(batch.id(), ImportBatch.Status.COMPLETE);
        outbox.release(Partner.class, Query.query(Criteria.where(BATCH).is(batch.id())), BATCH);
    }

    /** Finishes or undoes imports a crash left behind. */
    @Scheduled(initialDelayString = "${backbone.partner.import-recovery.first-after:PT10S}", fixedDelayString = "PT1M")
    void recover() {
        for (ImportBatch batch : mongo.find(Query.query(Criteria.where("status").is(ImportBatch.Status.PENDING)
                .and("startedAt").lt(clock.instant().minus(ABANDONED))), ImportBatch.class)) {
            log.warn("Rolling back abandoned partner import {}", batch.id());
            rollBack(batch.id());
        }
        for (ImportBatch batch : mongo.find(Query.query(Criteria.where("status").is(ImportBatch.Status.COMPLETE)),
                ImportBatch.class)) {
            Query held = Query.query(Criteria.where(BATCH).is(batch.id()));
            if (mongo.exists(held, Partner.class)) {
                outbox.release(Partner.class, held, BATCH);
            }
        }
    }

    private void rollBack(String batchId) {
        mongo.remove(Query.query(Criteria.where(BATCH).is(batchId).and(OutboxStore.HELD).is(true)), Partner.class);
        mark(batchId, ImportBatch.Status.ROLLED_BACK);
    }

    private void mark(String batchId, ImportBatch.Status status) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(batchId)), new Update().set("status", status),
                ImportBatch.class);
    }

    /** An import refused, with every problem of the file. */
    static final class ImportRejected extends RuntimeException {
        private final transient List<LineProblem> problems;
        private final int found;

        /** The first problems are reported; a file with thousands of them gets a bounded answer. */
        static final int REPORTED = 100;

        ImportRejected(List<LineProblem> problems) {
            super(problems.size() + " problem(s) in the file");
            this.found = problems.size();
            this.problems = List.copyOf(problems.subList(0, Math.min(REPORTED, problems.size())));
        }

        /** How many problems the file has, all told. */
        int found() {
            return found;
        }

        List<LineProblem> problems() {
            return problems;
        }
    }
}
