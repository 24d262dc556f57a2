package no.tavla.shared.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/** A chart is an SVG image a screen reader can name and describe, with a bar and its figure for each row. */
class BarChartsTest {

    @Test
    void theChartIsAnImageWithItsTitleDescriptionAndEveryBar() {
        String svg = BarCharts.percentBars("Nådd per tiltak", "Sak om turnus: 80 %. Oppslag: 35 %.", "Nådd, prosent",
                List.of(new BarCharts.Bar("Sak om turnus", 80), new BarCharts.Bar("Oppslag", 35),
                        new BarCharts.Bar("Oppslag", 0)));
        Document document = Jsoup.parse(svg, "", Parser.xmlParser());
        Element root = document.selectFirst("svg");
        assertThat(root).isNotNull();
        assertThat(root.attr("role")).isEqualTo("img");
        assertThat(root.attr("viewBox")).startsWith("0 0 640 ");
        String[] names = root.attr("aria-labelledby").split(" ");
        assertThat(document.getElementById(names[0]).text()).isEqualTo("Nådd per tiltak");
        assertThat(document.getElementById(names[1]).text()).isEqualTo("Sak om turnus: 80 %. Oppslag: 35 %.");
        assertThat(document.select("text").eachText()).contains("Sak om turnus", "80 %", "35 %", "0 %", "Nådd, prosent");
        assertThat(document.select("text").eachText()).as("two bars of the same name are both there")
                .filteredOn("Oppslag"::equals).hasSize(2);
    }

    @Test
    void forPrintTheSameChartIsAPngAtTwiceItsSizeAndItsBarsInWords() throws Exception {
        List<BarCharts.Bar> bars = List.of(new BarCharts.Bar("Sak om turnus", 80), new BarCharts.Bar("Oppslag", 35));
        java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(
                BarCharts.percentBarsPng("Nådd, prosent", bars)));
        assertThat(image.getWidth()).isEqualTo(1280);
        assertThat(image.getHeight()).isEqualTo(2 * (70 + 34 * 2));
        assertThat(BarCharts.described(bars)).isEqualTo("Sak om turnus: 80 %; Oppslag: 35 %.");
    }
}
