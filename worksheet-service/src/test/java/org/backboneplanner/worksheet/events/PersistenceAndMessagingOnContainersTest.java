package org.backboneplanner.worksheet.events;

import org.backboneplanner.testsupport.ApiClient;
import org.backboneplanner.testsupport.TestServers;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mongodb.MongoDBContainer;

/** The same behaviours on real MongoDB 8 and Apache Kafka containers; skipped where Docker is absent. */
@Testcontainers(disabledWithoutDocker = true)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PersistenceAndMessagingOnContainersTest implements PersistenceAndMessagingBehaviour {

    @Container
    static final MongoDBContainer MONGO = new MongoDBContainer("mongo:8.0");

    @Container
    static final KafkaContainer KAFKA = new KafkaContainer("apache/kafka:4.1.2");

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void servers(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", () -> MONGO.getReplicaSetUrl("worksheet"));
        registry.add("spring.kafka.bootstrap-servers", KAFKA::getBootstrapServers);
        TestServers.registerTokens(registry);
    }

    @Override
    public ApiClient api(String token) {
        return new ApiClient("http://127.0.0.1:" + port, token);
    }

    @Override
    public String kafkaBootstrapServers() {
        return KAFKA.getBootstrapServers();
    }
}
