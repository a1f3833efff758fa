package org.backboneplanner.support.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

class CsvCellsTest {

    @Test
    void formulaSignsAreNeutralisedEvenAfterATabOrCarriageReturn() {
        assertThat(CsvCells.escape("=SUM(A1)")).isEqualTo("'=SUM(A1)");
        assertThat(CsvCells.escape("\t=1+1")).isEqualTo("'\t=1+1");
        assertThat(CsvCells.escape("\r=1+1")).isEqualTo("\"'\r=1+1\"");
        assertThat(CsvCells.escape("-5")).isEqualTo("'-5");
        assertThat(CsvCells.escape("plain")).isEqualTo("plain");
    }

    @Test
    void cellsWithSeparatorsQuotesOrBreaksAreQuoted() {
        assertThat(CsvCells.line(Arrays.asList("a,b", "say \"hi\"", null, "x\ny")))
                .isEqualTo("\"a,b\",\"say \"\"hi\"\"\",,\"x\ny\"\r\n");
    }
}
