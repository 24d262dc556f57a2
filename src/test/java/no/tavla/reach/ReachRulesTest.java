package no.tavla.reach;

import static org.assertj.core.api.Assertions.assertThat;


import org.junit.jupiter.api.Test;

/** The small rules of reach: CSV cells that a spreadsheet never runs, logos the PDF can carry, the shares. */
class ReachRulesTest {

    @Test
    void aCsvCellIsNeitherSplitNorRunAsAFormula() {
        assertThat(Reach.cell("Hjemmetjenesten")).isEqualTo("Hjemmetjenesten");
        assertThat(Reach.cell("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(Reach.cell("+47")).isEqualTo("'+47");
        assertThat(Reach.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(Reach.cell("Drift; vei")).isEqualTo("\"Drift; vei\"");
        assertThat(Reach.cell(null)).isEmpty();
    }

    @Test
    void sharesRoundDownSoOneHundredMeansEveryone() {
        assertThat(new ReachFigures(null, null, 3, 0, 0, 0, 2, 0, 1).percent()).isEqualTo(66);
        assertThat(new ReachFigures(null, null, 200, 0, 0, 0, 199, 0, 1).percent()).isEqualTo(99);
        assertThat(new ReachFigures(null, null, 0, 0, 0, 0, 0, 0, 0).percent()).isEqualTo(100);
    }
}
