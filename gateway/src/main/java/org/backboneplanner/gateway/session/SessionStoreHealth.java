package org.backboneplanner.gateway.session;

import org.bson.Document;
import org.springframework.boot.health.contributor.AbstractReactiveHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.data.mongodb.core.ReactiveMongoOperations;

import reactor.core.publisher.Mono;

/** Health of the session store: MongoDB by {@code ping} (the wire-protocol server does not know {@code hello}). */
class SessionStoreHealth extends AbstractReactiveHealthIndicator {

    private final ReactiveMongoOperations mongo;

    SessionStoreHealth(ReactiveMongoOperations mongo) {
        super("Session store health check failed");
        this.mongo = mongo;
    }

    @Override
    protected Mono<Health> doHealthCheck(Health.Builder builder) {
        return mongo.executeCommand(new Document("ping", 1))
                .map(answer -> builder.up().withDetail("ping", answer.get("ok")).build());
    }
}
