package org.backboneplanner.worksheet.live;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.backboneplanner.events.EventJson;
import org.backboneplanner.events.Topics;
import org.backboneplanner.support.problem.NotFoundException;
import org.backboneplanner.support.problem.TooManyRequestsException;
import org.backboneplanner.support.security.Member;
import org.backboneplanner.support.signing.EventSignature;
import org.backboneplanner.worksheet.domain.InitiativeAccess;
import org.backboneplanner.worksheet.domain.Initiatives;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.http.MediaType;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import tools.jackson.databind.JsonNode;

/**
 * Live co-editing: members with a worksheet open hold a Server-Sent Events stream; each event of that
 * initiative is pushed to them as it comes off Kafka, so they see others' changes without reloading.
 * Every instance reads the topic in a consumer group of its own (a broadcast), from the newest record.
 * When visibility or membership changes, every watcher's right to read is checked again and streams
 * that lost it are closed; streams last minutes, and the browser's reconnection logs in again.
 */
@Component
class LiveWorksheets implements SmartLifecycle {

    private static final Duration STREAM_TIMEOUT = Duration.ofMinutes(5);
    static final int STREAMS_PER_MEMBER = 5;
    private static final Set<String> ACCESS_CHANGES = Set.of("InitiativeDetailsChanged", "MemberRoleChanged");

    private static final Logger log = LoggerFactory.getLogger(LiveWorksheets.class);

    private final Initiatives initiatives;
    private final EventSignature signature;
    private final Map<String, Set<Watcher>> watchers = new ConcurrentHashMap<>();
    private volatile boolean running;

    LiveWorksheets(Initiatives initiatives, EventSignature signature) {
        this.initiatives = initiatives;
        this.signature = signature;
    }

    /** An open stream, and who holds it. */
    private record Watcher(SseEmitter emitter, Member member, String networkId) {
    }

    SseEmitter watch(String networkId, String initiativeId, Member member) {
        long open = watchers.values().stream().flatMap(Set::stream).filter(w -> w.member().id().equals(member.id()))
                .count();
        if (open >= STREAMS_PER_MEMBER) {
            // each stream holds a connection and a thread: a member cannot take them all
            throw new TooManyRequestsException("live-limit", STREAM_TIMEOUT, "too-many.live",
                    STREAMS_PER_MEMBER);
        }
        SseEmitter emitter = new SseEmitter(STREAM_TIMEOUT.toMillis());
        Watcher watcher = new Watcher(emitter, member, networkId);
        Set<Watcher> set = watchers.computeIfAbsent(initiativeId, id -> new CopyOnWriteArraySet<>());
        set.add(watcher);
        Runnable forget = () -> set.remove(watcher);
        emitter.onCompletion(forget);
        emitter.onTimeout(forget);
        emitter.onError(e -> forget.run());
        send(set, watcher, SseEmitter.event().name("open").data("{}", MediaType.APPLICATION_JSON));
        return emitter;
    }

    @KafkaListener(topics = Topics.WORKSHEET, groupId = "worksheet-live-#{T(java.util.UUID).randomUUID()}",
            properties = {"auto.offset.reset=latest", "fetch.max.wait.ms=100"})
    void on(ConsumerRecord<String, String> record) {
        Header signed = record.headers().lastHeader(EventSignature.HEADER);
        if (signed == null || !signature.verifies(record.value(), signed.value())) {
            return; // only what a service published is shown
        }
        try {
            push(EventJson.tree(record.value()));
        } catch (RuntimeException e) {
            // live updates are a courtesy: a record this cannot read is no reason to stop or retry
            log.debug("live update skipped: {}", e.getMessage());
        }
    }

    private void push(JsonNode event) {
        String initiativeId = event.hasNonNull("initiativeId") ? event.get("initiativeId").asString() : null;
        Set<Watcher> set = initiativeId == null ? null : watchers.get(initiativeId);
        if (set == null || set.isEmpty()) {
            return;
        }
        if (ACCESS_CHANGES.contains(event.get("type").asString())) {
            set.forEach(watcher -> {
                if (!stillReads(watcher, initiativeId)) {
                    set.remove(watcher);
                    watcher.emitter().complete();
                }
            });
        }
        JsonNode payload = event.get("payload");
        JsonNode step = payload.get("step");
        String change = "{\"type\":" + event.get("type") + ",\"sequence\":" + event.get("sequence")
                + ",\"actorName\":" + event.get("actorName")
                + ",\"role\":" + (step != null ? step.get("role") : payload.get("role"))
                + ",\"plan\":" + (step != null ? step.get("plan") : payload.get("plan"))
                + ",\"stepId\":" + (step != null ? step.get("stepId") : null) + "}";
        set.forEach(watcher -> send(set, watcher, SseEmitter.event().name("change")
                .id(String.valueOf(event.get("sequence").asLong())).data(change, MediaType.APPLICATION_JSON)));
    }

    private boolean stillReads(Watcher watcher, String initiativeId) {
        try {
            return InitiativeAccess.READ.allows(initiatives.read(watcher.networkId(), initiativeId, watcher.member()),
                    watcher.member());
        } catch (NotFoundException e) {
            return false;
        }
    }

    /** Keeps quiet streams open through proxies, and finds streams whose reader left. */
    @Scheduled(fixedRate = 15_000)
    void heartbeat() {
        watchers.values().forEach(set -> set.forEach(watcher -> send(set, watcher, SseEmitter.event().comment("♥"))));
    }

    int watching(String initiativeId) {
        return watchers.getOrDefault(initiativeId, Set.of()).size();
    }

    @Override
    public void start() {
        running = true;
    }

    /** Ends every stream before the web server drains its requests, so shutdown does not wait on them. */
    @Override
    public void stop() {
        running = false;
        watchers.values().forEach(set -> set.forEach(watcher -> watcher.emitter().complete()));
        watchers.clear();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private static void send(Set<Watcher> set, Watcher watcher, SseEmitter.SseEventBuilder event) {
        try {
            watcher.emitter().send(event);
        } catch (IOException | IllegalStateException e) {
            set.remove(watcher);
        }
    }
}
