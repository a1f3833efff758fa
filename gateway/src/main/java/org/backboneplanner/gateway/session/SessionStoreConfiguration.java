package org.backboneplanner.gateway.session;

import org.mongodb.spring.session.JdkMongoSessionConverter;
import org.mongodb.spring.session.ReactiveMongoSessionRepository;
import org.springframework.boot.health.contributor.ReactiveHealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.ReactiveMongoOperations;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.security.oauth2.client.web.server.ServerOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.server.WebSessionServerOAuth2AuthorizedClientRepository;
import org.springframework.session.config.annotation.web.server.SpringWebSessionConfiguration;

/**
 * WebFlux sessions in MongoDB (Spring Session): a member who signed in through one gateway is known to
 * every other. A session is stored only once something is put in it (a finished login), so anonymous
 * visitors still cost nothing. Whether a session has expired is decided on every read, from the expiry
 * stored with it; {@link ExpiredSessions} removes the ones never read again.
 */
@Configuration(proxyBeanMethods = false)
@Import(SpringWebSessionConfiguration.class)
@EnableScheduling
class SessionStoreConfiguration {

    @Bean
    ReactiveMongoSessionRepository sessionRepository(ReactiveMongoOperations mongo, SessionProperties properties) {
        ReactiveMongoSessionRepository sessions = new ReactiveMongoSessionRepository(mongo);
        sessions.setCollectionName(properties.collection());
        sessions.setDefaultMaxInactiveInterval(properties.timeout());
        sessions.setMongoSessionConverter(new JdkMongoSessionConverter(properties.timeout()));
        return sessions;
    }

    /**
     * The member's tokens live in their session, not in this gateway's memory (Boot's default): the
     * gateway that did not see the login still has the access token to relay, and its refresh token.
     */
    @Bean
    ServerOAuth2AuthorizedClientRepository authorizedClients() {
        return new WebSessionServerOAuth2AuthorizedClientRepository();
    }

    @Bean
    ExpiredSessions expiredSessions(ReactiveMongoOperations mongo, SessionProperties properties, java.time.Clock clock) {
        return new ExpiredSessions(mongo, properties.collection(), clock);
    }

    /** By {@code ping}, which MongoDB and the wire-protocol server both answer; Boot's asks {@code hello}. */
    @Bean
    ReactiveHealthIndicator mongoHealthContributor(ReactiveMongoOperations mongo) {
        return new SessionStoreHealth(mongo);
    }
}
