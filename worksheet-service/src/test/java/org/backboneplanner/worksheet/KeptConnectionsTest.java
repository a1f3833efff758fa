package org.backboneplanner.worksheet;

import static org.assertj.core.api.Assertions.assertThat;

import org.backboneplanner.testsupport.OneConnection;
import org.backboneplanner.testsupport.ServiceIntegrationTest;
import org.junit.jupiter.api.Test;

/**
 * The gateway sends all its calls to an instance over a few kept-alive connections: the service keeps one open for
 * far more than Tomcat's default of 100 requests, so the gateway seldom pays for a new connection.
 */
class KeptConnectionsTest extends ServiceIntegrationTest {

    @Test
    void aConnectionServesManyMoreThanAHundredRequests() throws Exception {
        assertThat(OneConnection.answered(port, "/actuator/health/liveness", 250)).isEqualTo(250);
    }
}
