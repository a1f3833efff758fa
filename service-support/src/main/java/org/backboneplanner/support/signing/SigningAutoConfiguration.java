package org.backboneplanner.support.signing;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/** The services' shared event signature, from {@code backbone.event.signing.*}. */
@AutoConfiguration
@ConditionalOnClass(name = "org.springframework.kafka.core.KafkaTemplate")
@EnableConfigurationProperties(EventSigningProperties.class)
public class SigningAutoConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SigningAutoConfiguration.class);

    @Bean
    EventSignature eventSignature(EventSigningProperties properties) {
        if (EventSignature.DEVELOPMENT_KEY.equals(properties.key())) {
            log.warn("Events are signed with the development key: set backbone.event.signing.key "
                    + "(BACKBONE_EVENT_SIGNING_KEY) outside development");
        }
        return new EventSignature(properties.key(), properties.previousKey());
    }
}
