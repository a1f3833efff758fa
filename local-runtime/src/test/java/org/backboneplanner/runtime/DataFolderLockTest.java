package org.backboneplanner.runtime;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A second runtime on a data folder in use stops with a clear message; once the first lets go, it may start. */
class DataFolderLockTest {

    @TempDir
    Path data;

    @Test
    void aFolderInUseIsRefusedUntilItIsReleased() throws Exception {
        DataFolderLock first = DataFolderLock.take(data);

        assertThatThrownBy(() -> DataFolderLock.take(data)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("another Backbone Planner is running with the data in " + data);

        first.close();
        DataFolderLock.take(data).close();
    }
}
