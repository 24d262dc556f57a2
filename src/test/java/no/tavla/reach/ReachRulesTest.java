package no.tavla.reach;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

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
    void aLogoIsCarriedAsSvgPngOrJpegAndAnythingElseIsLeftOut() {
        assertThat(PrintLogo.asDataUrl("<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\"/>"
                .getBytes(StandardCharsets.UTF_8))).get().asString().startsWith("data:image/svg+xml;base64,");
        assertThat(PrintLogo.asDataUrl(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10})).get().asString()
                .startsWith("data:image/png;base64,");
        assertThat(PrintLogo.asDataUrl(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0})).get().asString()
                .startsWith("data:image/jpeg;base64,");
        assertThat(PrintLogo.asDataUrl("<html><script>".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(PrintLogo.asDataUrl(new byte[0])).isEmpty();
    }

    @Test
    void sharesRoundDownSoOneHundredMeansEveryone() {
        assertThat(new ReachFigures(null, null, 3, 0, 0, 0, 2, 0, 1).percent()).isEqualTo(66);
        assertThat(new ReachFigures(null, null, 200, 0, 0, 0, 199, 0, 1).percent()).isEqualTo(99);
        assertThat(new ReachFigures(null, null, 0, 0, 0, 0, 0, 0, 0).percent()).isEqualTo(100);
    }
}
