package org.backboneplanner.system;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.backboneplanner.events.EventJson;
import org.backboneplanner.events.Topics;
import org.bson.Document;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Filters;

import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;

/**
 * What became of the writes, seen from outside the services: the records on the worksheet topic and
 * its dead-letter topic, what debrief-service's projection and notification-service's mail queue
 * hold (read from their database), and the mails in a mailbox, read over IMAP as a mail client would.
 */
final class Effects implements AutoCloseable {

    private final FaultySystem system;
    private final MongoClient consumers;

    Effects(FaultySystem system) {
        this.system = system;
        this.consumers = MongoClients.create(system.consumerMongoUri() + "/?serverSelectionTimeoutMS=5000");
    }

    /** An aggregate's records on the topic: how many, how many distinct events, the highest sequence. */
    record OnTopic(long records, long distinct, long maxSequence) {
        long duplicates() {
            return records - distinct;
        }
    }

    /** Reads the worksheet topic from its start to its current end. */
    Map<String, OnTopic> worksheetTopic() {
        Map<String, Set<String>> ids = new HashMap<>();
        Map<String, Long> records = new HashMap<>();
        Map<String, Long> sequences = new HashMap<>();
        for (ConsumerRecord<String, String> record : readAll(Topics.WORKSHEET)) {
            var event = EventJson.tree(record.value());
            String aggregate = event.get("aggregateId").asString();
            ids.computeIfAbsent(aggregate, k -> new HashSet<>()).add(event.get("id").asString());
            records.merge(aggregate, 1L, Long::sum);
            sequences.merge(aggregate, event.get("sequence").asLong(), Math::max);
        }
        Map<String, OnTopic> topic = new HashMap<>();
        ids.forEach((aggregate, distinct) -> topic.put(aggregate,
                new OnTopic(records.get(aggregate), distinct.size(), sequences.get(aggregate))));
        return topic;
    }

    /**
     * Publishes again every record of these aggregates on the worksheet topic, exactly as it was: what
     * a producer retry or a relay crash does, and what consumers must absorb.
     *
     * @return how many records were published again
     */
    int deliverAgain(Collection<String> aggregateIds) {
        List<ConsumerRecord<String, String>> records = readAll(Topics.WORKSHEET).stream()
                .filter(record -> aggregateIds.contains(record.key())).toList();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, system.kafkaBootstrap(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class))) {
            for (ConsumerRecord<String, String> record : records) {
                // with its headers: the signature too, as a producer retry would send it
                producer.send(new ProducerRecord<>(Topics.WORKSHEET, null, record.key(), record.value(), record.headers()));
            }
            producer.flush();
        }
        return records.size();
    }

    /** Whether these consumer groups have committed every record now on the worksheet topic. */
    boolean consumed(String... groups) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, system.kafkaBootstrap()))) {
            Map<TopicPartition, Long> end = new HashMap<>();
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            for (var partition : admin.describeTopics(List.of(Topics.WORKSHEET)).allTopicNames().get()
                    .get(Topics.WORKSHEET).partitions()) {
                latest.put(new TopicPartition(Topics.WORKSHEET, partition.partition()), OffsetSpec.latest());
            }
            admin.listOffsets(latest).all().get().forEach((partition, offset) -> end.put(partition, offset.offset()));
            for (String group : groups) {
                Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                        .partitionsToOffsetAndMetadata().get();
                for (Map.Entry<TopicPartition, Long> partition : end.entrySet()) {
                    OffsetAndMetadata offset = committed.get(partition.getKey());
                    if (partition.getValue() > 0 && (offset == null || offset.offset() < partition.getValue())) {
                        return false;
                    }
                }
            }
            return true;
        } catch (Exception e) {
            throw new IllegalStateException("cannot read the consumer groups' offsets: " + e.getMessage(), e);
        }
    }

    /** Records on every dead-letter topic: each is an event a consumer gave up on. */
    long deadLettered() {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, system.kafkaBootstrap()))) {
            Set<String> topics = admin.listTopics().names().get();
            long total = 0;
            for (String topic : topics) {
                if (topic.endsWith(Topics.deadLetter(""))) {
                    total += readAll(topic).size();
                }
            }
            return total;
        } catch (Exception e) {
            throw new IllegalStateException("cannot list topics: " + e.getMessage(), e);
        }
    }

    private List<ConsumerRecord<String, String>> readAll(String topic) {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, system.kafkaBootstrap());
        properties.put(ConsumerConfig.GROUP_ID_CONFIG, "effects-" + UUID.randomUUID());
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        properties.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        properties.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        List<ConsumerRecord<String, String>> all = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(properties)) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (PartitionInfo partition : consumer.partitionsFor(topic, Duration.ofSeconds(10))) {
                partitions.add(new TopicPartition(topic, partition.partition()));
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            Instant deadline = Instant.now().plusSeconds(30);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException("could not read " + topic + " to its end");
                }
                consumer.poll(Duration.ofMillis(200)).forEach(all::add);
            }
        }
        return all;
    }

    /** debrief-service's projection of an initiative: events applied, the last sequence, its next steps. */
    record Coverage(long changes, long sequence, Set<String> steps) {
        static final Coverage NONE = new Coverage(0, 0, Set.of());
    }

    Coverage coverage(String initiativeId) {
        Document coverage = consumers.getDatabase("debrief").getCollection("initiative_coverage")
                .find(Filters.eq("_id", initiativeId)).first();
        if (coverage == null) {
            return Coverage.NONE;
        }
        Document steps = coverage.get("steps", Document.class);
        return new Coverage(((Number) coverage.get("changes")).longValue(), ((Number) coverage.get("sequence")).longValue(),
                steps == null ? Set.of() : Set.copyOf(steps.keySet()));
    }

    /** The initiatives' mails in notification-service's queue that are due and not settled yet (waiting or being sent). */
    long mailsInFlight(Collection<String> initiativeIds) {
        return consumers.getDatabase("notification").getCollection("mails").countDocuments(Filters.and(
                Filters.in("initiativeId", initiativeIds),
                Filters.or(Filters.eq("status", "SENDING"),
                        Filters.and(Filters.eq("status", "PENDING"), Filters.lte("sendAt", new Date())))));
    }

    /** The initiatives' mails by status, e.g. {@code {SENT=40, PENDING=80}} (the later reminders wait). */
    Map<String, Long> mailsByStatus(Collection<String> initiativeIds) {
        Map<String, Long> counts = new HashMap<>();
        consumers.getDatabase("notification").getCollection("mails").find(Filters.in("initiativeId", initiativeIds))
                .forEach(mail -> counts.merge(mail.getString("status"), 1L, Long::sum));
        return counts;
    }

    /** The initiatives' mails waiting for another try after at least {@code attempts} failed ones. */
    long mailsRetrying(Collection<String> initiativeIds, int attempts) {
        return consumers.getDatabase("notification").getCollection("mails").countDocuments(Filters.and(
                Filters.in("initiativeId", initiativeIds), Filters.eq("status", "PENDING"),
                Filters.gte("attempts", attempts)));
    }

    /** How many mails in {@code address}'s inbox name each marker starting with {@code prefix}. */
    Map<String, Integer> mailsReceived(String address, String prefix) {
        Pattern marker = Pattern.compile(Pattern.quote(prefix) + "-\\d{5}");
        Map<String, Integer> counts = new HashMap<>();
        Session session = Session.getInstance(new Properties());
        try (Store store = session.getStore("imap")) {
            try {
                store.connect("127.0.0.1", system.imapPort(), address, address);
            } catch (jakarta.mail.AuthenticationFailedException noMailYet) {
                return counts; // the mail server opens a mailbox with its first mail
            }
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            for (Message message : inbox.getMessages()) {
                Matcher found = marker.matcher(String.valueOf(message.getSubject()));
                if (found.find()) {
                    counts.merge(found.group(), 1, Integer::sum);
                }
            }
            inbox.close(false);
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException("cannot read " + address + " over IMAP: " + e.getMessage(), e);
        }
        return counts;
    }

    @Override
    public void close() {
        consumers.close();
    }
}
