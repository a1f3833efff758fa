package org.backboneplanner.worksheet;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Owns initiatives and their worksheets: the six roles, who carries them, and next steps. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class WorksheetServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(WorksheetServiceApplication.class, args);
    }
}
