package org.backboneplanner.worksheet.events;

import org.backboneplanner.testsupport.ServiceIntegrationTest;
import org.backboneplanner.testsupport.TestServers;

/** The behaviours on an in-JVM KRaft broker and the MongoDB wire-protocol server. */
class PersistenceAndMessagingOnEmbeddedServersTest extends ServiceIntegrationTest
        implements PersistenceAndMessagingBehaviour {

    @Override
    public String kafkaBootstrapServers() {
        return TestServers.kafka().bootstrapServers();
    }

    @Override
    public org.backboneplanner.testsupport.ApiClient api(String token) {
        return super.api(token);
    }
}
