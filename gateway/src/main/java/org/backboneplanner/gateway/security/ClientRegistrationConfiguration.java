package org.backboneplanner.gateway.security;

import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.InMemoryReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;

/**
 * The gateway's Keycloak client, built from its known endpoints rather than discovered at start-up,
 * so the gateway starts (and serves bearer-token calls) even while Keycloak is still starting. The
 * end-session endpoint is listed so logout ends the Keycloak session too.
 */
@Configuration(proxyBeanMethods = false)
class ClientRegistrationConfiguration {

    @Bean
    ReactiveClientRegistrationRepository clientRegistrations(KeycloakProperties keycloak) {
        ClientRegistration registration = ClientRegistration.withRegistrationId(SecurityConfiguration.REGISTRATION)
                .clientId(keycloak.clientId())
                .clientSecret(keycloak.clientSecret())
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                // organization:* asks Keycloak for all the member's organizations (networks)
                .scope("openid", "profile", "email", "organization:*")
                .authorizationUri(keycloak.endpoint("auth"))
                .tokenUri(keycloak.backchannel("token"))
                .userInfoUri(keycloak.backchannel("userinfo"))
                .jwkSetUri(keycloak.backchannel("certs"))
                .issuerUri(keycloak.issuer())
                .userNameAttributeName("preferred_username")
                .providerConfigurationMetadata(Map.of("end_session_endpoint", keycloak.endpoint("logout")))
                .clientName("Keycloak")
                .build();
        return new InMemoryReactiveClientRegistrationRepository(registration);
    }
}
