package org.backboneplanner.support.consumption;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.AbstractMessageListenerContainer;
import org.springframework.kafka.listener.MessageListenerContainer;

/**
 * Rebuilds a service's projections from the topics, which keep every event (unlimited retention): the
 * projection collections are dropped and the service's consumer group starts again from the beginning
 * of each topic, applying every event once more, in order. Started with
 * {@code --backbone.consumption.rebuild=true}, it runs before the listeners start, so run that one
 * instance with the service's other instances stopped (Kafka refuses to move the offsets of a group
 * with members). {@link #rebuildNow()} does the same in a running instance.
 */
public class ProjectionRebuild implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ProjectionRebuild.class);

    private final MongoTemplate mongo;
    private final KafkaListenerEndpointRegistry listeners;
    private final Map<String, Object> adminProperties;
    private final String groupId;
    private final EventConsumptionProperties properties;
    private volatile boolean running;

    public ProjectionRebuild(MongoTemplate mongo, KafkaListenerEndpointRegistry listeners,
                             Map<String, Object> adminProperties, String groupId, EventConsumptionProperties properties) {
        this.mongo = mongo;
        this.listeners = listeners;
        this.adminProperties = new HashMap<>(adminProperties);
        this.groupId = groupId;
        this.properties = properties;
    }

    /** Stops this service's projection listeners, rebuilds, and starts them again. */
    public void rebuildNow() {
        List<MessageListenerContainer> projecting = projecting();
        projecting.forEach(MessageListenerContainer::stop);
        rebuild(projecting);
        projecting.forEach(MessageListenerContainer::start);
    }

    private void rebuild(List<MessageListenerContainer> projecting) {
        for (String collection : properties.projections()) {
            mongo.dropCollection(collection);
        }
        List<String> topics = projecting.stream()
                .flatMap(c -> c.getContainerProperties().getTopics() == null ? java.util.stream.Stream.<String>empty()
                        : java.util.Arrays.stream(c.getContainerProperties().getTopics()))
                .distinct().toList();
        try (Admin admin = Admin.create(adminProperties)) {
            Map<TopicPartition, OffsetSpec> earliest = new HashMap<>();
            admin.describeTopics(topics).allTopicNames().get(30, TimeUnit.SECONDS).forEach((topic, description) ->
                    description.partitions().forEach(p -> earliest.put(new TopicPartition(topic, p.partition()),
                            OffsetSpec.earliest())));
            Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
            ListOffsetsResult listed = admin.listOffsets(earliest);
            for (TopicPartition partition : earliest.keySet()) {
                offsets.put(partition, new OffsetAndMetadata(listed.partitionResult(partition).get(30, TimeUnit.SECONDS)
                        .offset()));
            }
            admin.alterConsumerGroupOffsets(groupId, offsets).all().get(30, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot rewind consumer group " + groupId + " (is another instance of "
                    + "this service still running?)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while rebuilding", e);
        }
        log.warn("Projections {} dropped; group {} reads {} again from the beginning", properties.projections(),
                groupId, topics);
    }

    /** The listeners of this service's own consumer group (not per-instance ones, e.g. live updates). */
    private List<MessageListenerContainer> projecting() {
        List<MessageListenerContainer> projecting = new ArrayList<>();
        for (MessageListenerContainer container : listeners.getListenerContainers()) {
            if (groupId != null && groupId.equals(container.getGroupId())) {
                projecting.add(container);
            }
        }
        return projecting;
    }

    @Override
    public void start() {
        running = true;
        if (properties.rebuild()) {
            rebuild(projecting());
        }
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Before the listener containers start, so they begin from the rewound offsets. */
    @Override
    public int getPhase() {
        return AbstractMessageListenerContainer.DEFAULT_PHASE - 1000;
    }
}
