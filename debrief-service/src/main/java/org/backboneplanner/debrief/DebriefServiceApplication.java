package org.backboneplanner.debrief;

import java.time.Clock;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Keeps projections of worksheets and pooled resources, and answers the debrief and the dashboard; takes the
 * network's monthly snapshots on a schedule.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class DebriefServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(DebriefServiceApplication.class, args);
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
