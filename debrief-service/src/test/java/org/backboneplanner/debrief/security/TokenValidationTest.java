package org.backboneplanner.debrief.security;

import org.backboneplanner.testsupport.ApiClient;
import org.backboneplanner.testsupport.ServiceIntegrationTest;
import org.backboneplanner.testsupport.TokenChecks;

/** debrief-service checks every token itself, as the other services do (see {@link TokenChecks}). */
class TokenValidationTest extends ServiceIntegrationTest implements TokenChecks {

    @Override
    public ApiClient client(String token) {
        return api(token);
    }

    @Override
    public String readablePath(String network) {
        return "/api/networks/" + network + "/dashboard";
    }
}
