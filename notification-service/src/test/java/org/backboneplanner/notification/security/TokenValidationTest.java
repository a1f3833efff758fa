package org.backboneplanner.notification.security;

import org.backboneplanner.notification.NotificationTest;
import org.backboneplanner.testsupport.ApiClient;
import org.backboneplanner.testsupport.TokenChecks;

/**
 * notification-service checks every token itself, as the other services do (see {@link TokenChecks}); a
 * member's network does not matter to their own preferences, so any network's member reads them.
 */
class TokenValidationTest extends NotificationTest implements TokenChecks {

    @Override
    public ApiClient client(String token) {
        return api(token);
    }

    @Override
    public String readablePath(String network) {
        return "/api/me/notification-preferences";
    }
}
