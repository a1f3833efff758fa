package org.backboneplanner.localservers;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/** Servers as processes of their own: stopped or killed, then started again where they were, with their data. */
class ServerProcessTest {

    private static final String CLASSPATH = System.getProperty("java.class.path");
    private static final List<String> JVM = List.of("-Xmx256m", "-XX:+UseSerialGC");
    private static final Duration START = Duration.ofSeconds(60);

    @TempDir
    Path data;

    @Test
    void aBrokerStoppedAndStartedAgainKeepsItsTopicsAndAGroupsOffsets() throws Exception {
        try (ServerProcess kafka = ServerProcess.start("kafka", CLASSPATH, JVM, Map.of("data", data.resolve("kafka").toString()),
                data.resolve("kafka.log"), START)) {
            String bootstrap = "127.0.0.1:" + kafka.port("port");
            try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                    ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                    ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class))) {
                producer.send(new ProducerRecord<>("kept", "k", "first")).get();
                producer.send(new ProducerRecord<>("kept", "k", "second")).get();
            }
            assertThat(readAll(bootstrap, 1)).containsExactly("first");

            kafka.stop(Duration.ofSeconds(30));
            assertThat(kafka.isAlive()).isFalse();
            kafka.restart(START);

            assertThat("127.0.0.1:" + kafka.port("port")).isEqualTo(bootstrap);
            assertThat(readAll(bootstrap, 1)).as("the group goes on after its committed offset").containsExactly("second");
        }
    }

    @Test
    void aWireServerStoppedAndStartedAgainKeepsItsData() {
        try (ServerProcess mongo = ServerProcess.start("mongo", CLASSPATH, JVM,
                Map.of("file", data.resolve("mongo").resolve("data.mv").toString()), data.resolve("mongo.log"), START)) {
            String uri = "mongodb://127.0.0.1:" + mongo.port("port") + "/?serverSelectionTimeoutMS=20000";
            try (MongoClient client = MongoClients.create(uri)) {
                client.getDatabase("kept").getCollection("things").insertOne(new Document("_id", "one"));
            }
            mongo.stop(Duration.ofSeconds(30));
            mongo.restart(START);
            try (MongoClient client = MongoClients.create(uri)) {
                assertThat(client.getDatabase("kept").getCollection("things").find().first()).containsEntry("_id", "one");
            }
        }
    }

    @Test
    void aMailServerStartedAgainListensWhereItWasAndSaysHowSlowItIs() throws Exception {
        try (ServerProcess mail = ServerProcess.start("mail", CLASSPATH, JVM, Map.of(), data.resolve("mail.log"), START)) {
            int smtp = mail.port("smtp-port");
            mail.kill();
            mail.restart(Map.of("delay-ms", "50"), START);

            assertThat(mail.port("smtp-port")).isEqualTo(smtp);
            assertThat(mail.value("delay-ms")).isEqualTo("50");
            Properties properties = new Properties();
            properties.put("mail.smtp.host", "127.0.0.1");
            properties.put("mail.smtp.port", String.valueOf(smtp));
            MimeMessage message = new MimeMessage(Session.getInstance(properties));
            message.setFrom("test@example.org");
            message.setRecipient(Message.RecipientType.TO, new InternetAddress("someone@example.org"));
            message.setSubject("still here");
            message.setText("after a restart");
            Transport.send(message);
        }
    }

    /** Reads up to {@code count} records of topic "kept" as group "reader", committing what it read. */
    private static List<String> readAll(String bootstrap, int count) {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        properties.put(ConsumerConfig.GROUP_ID_CONFIG, "reader");
        properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        properties.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, String.valueOf(count));
        properties.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        properties.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        List<String> values = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(properties)) {
            consumer.subscribe(List.of("kept"));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (values.size() < count && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    values.add(record.value());
                }
            }
            consumer.commitSync();
        }
        return values;
    }
}
