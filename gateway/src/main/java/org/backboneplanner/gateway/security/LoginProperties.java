package org.backboneplanner.gateway.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How a login in progress is kept: in a cookie, sealed with a key, so no anonymous visitor costs the
 * gateway any memory.
 *
 * @param cookieKey    the secret that encrypts and authenticates the cookie (any length; at least 32
 *                     random characters outside development); the same on every gateway instance
 * @param cookieMaxAge how long a visitor has to log in at Keycloak before starting over
 */
@ConfigurationProperties("backbone.gateway.login")
public record LoginProperties(
        @DefaultValue(LoginProperties.DEV_KEY) String cookieKey,
        @DefaultValue("10m") Duration cookieMaxAge) {

    static final String DEV_KEY = "dev-only-login-cookie-key-change-me";
}
