package org.backboneplanner.debrief;

import java.time.Clock;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

/** Keeps projections of worksheets and pooled resources, and answers the debrief and the dashboard. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class DebriefServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(DebriefServiceApplication.class, args);
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
