package org.rejoin.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** OWASP's CSV injection advice: text a spreadsheet would read as a formula is prefixed with a quote. */
class SpreadsheetCellsTests {

    @Test
    void textStartingAFormulaIsPrefixedWithAQuote() {
        for (String risky : new String[] {"=1+1", "+1", "-1+A1", "@SUM(A1)", "\tx", "\rx"}) {
            assertThat(SpreadsheetCells.cell(risky)).isEqualTo("'" + risky);
        }
    }

    @Test
    void everythingElseIsLeftAsItIs() {
        assertThat(SpreadsheetCells.cell("Pupil Dale")).isEqualTo("Pupil Dale");
        assertThat(SpreadsheetCells.cell("a=b")).isEqualTo("a=b");
        assertThat(SpreadsheetCells.cell("")).isEqualTo("");
        assertThat(SpreadsheetCells.cell(-5)).isEqualTo(-5);
        assertThat(SpreadsheetCells.cell(null)).isNull();
    }
}
