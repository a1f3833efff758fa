package org.backboneplanner.notification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.scheduling.annotation.ScheduledAnnotationBeanPostProcessor;

/**
 * With {@code backbone.notification.scheduling=false}, as in every test that drives the dispatcher and the
 * digest planner itself, nothing polls behind the test's back (TwoInstancesTest runs instances with it on).
 */
class SchedulingSwitchTest extends NotificationTest {

    @Autowired
    ApplicationContext context;

    @Test
    void testsRunWithoutTheSchedulers() {
        assertThat(context.getBeanNamesForType(ScheduledAnnotationBeanPostProcessor.class)).isEmpty();
    }
}
