package org.backboneplanner.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LocalRuntimeTest {

    @Test
    void eachServiceGetsItsOwnDatabaseOnAGivenMongoDb() {
        assertThat(LocalRuntime.withDatabase("mongodb://db.example:27017", "worksheet"))
                .isEqualTo("mongodb://db.example:27017/worksheet");
        assertThat(LocalRuntime.withDatabase("mongodb://u:p@a:1,b:2/admin?replicaSet=rs0", "debrief"))
                .isEqualTo("mongodb://u:p@a:1,b:2/debrief?replicaSet=rs0");
    }
}
