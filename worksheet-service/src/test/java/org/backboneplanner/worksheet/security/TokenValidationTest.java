package org.backboneplanner.worksheet.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.backboneplanner.testsupport.ApiClient;
import org.backboneplanner.testsupport.ApiClient.Response;
import org.backboneplanner.testsupport.ServiceIntegrationTest;
import org.backboneplanner.testsupport.TokenChecks;
import org.junit.jupiter.api.Test;

/** Only a token from our issuer, for our audience, signed with its key and not expired, gets in (see {@link TokenChecks}). */
class TokenValidationTest extends ServiceIntegrationTest implements TokenChecks {

    @Override
    public ApiClient client(String token) {
        return api(token);
    }

    @Override
    public String readablePath(String network) {
        return "/api/networks/" + network + "/initiatives";
    }

    @Test
    void healthIsOpenAndReportsMongoAndKafka() {
        Response health = api(null).get("/actuator/health");
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().get("components").get("mongo").get("status").asString()).isEqualTo("UP");
        assertThat(health.json().get("components").get("kafka").get("status").asString()).isEqualTo("UP");
    }
}
