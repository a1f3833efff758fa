package org.backboneplanner.notification;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The polls that send due mail and plan weekly digests run on their own, unless
 * {@code backbone.notification.scheduling=false}: tests drive them, so no poll acts on a test's data behind its back.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(prefix = "backbone.notification", name = "scheduling", havingValue = "true", matchIfMissing = true)
class Scheduling {
}
