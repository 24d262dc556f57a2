package no.tavla.shared.charts;

import java.awt.Color;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.Rectangle;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.batik.dom.GenericDOMImplementation;
import org.apache.batik.svggen.SVGGraphics2D;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Horizontal bar charts of shares in per cent (how far each item or channel reached), drawn by JFreeChart into SVG by
 * Batik on the server (Vaadin Charts is commercial). The SVG is an image with its title and description for a screen
 * reader; the caller shows the numbers as a table beside it, which is what a screen reader reads.
 */
public final class BarCharts {

    /** One bar: its label and its share in whole per cent. */
    public record Bar(String label, int percent) {
    }

    private static final Color BAR = new Color(0x0b, 0x4f, 0x9c);
    private static final Color TEXT = new Color(0x1a, 0x1a, 0x1a);
    private static final int WIDTH = 640;
    private static final int ROW = 34;
    private static final AtomicLong IDS = new AtomicLong();

    private BarCharts() {
    }

    /**
     * The chart as an SVG element's source.
     *
     * @param title       what the chart shows, as its accessible name
     * @param description the figures in words, for its description
     * @param axis        the value axis's label (e.g. "Nådd, prosent")
     */
    public static String percentBars(String title, String description, String axis, List<Bar> bars) {
        JFreeChart chart = chart(axis, bars);
        int height = height(bars);

        Document document = GenericDOMImplementation.getDOMImplementation().createDocument(
                "http://www.w3.org/2000/svg", "svg", null);
        SVGGraphics2D graphics = new SVGGraphics2D(document);
        graphics.setSVGCanvasSize(new Dimension(WIDTH, height));
        chart.draw(graphics, new Rectangle(0, 0, WIDTH, height));
        return svg(graphics, document, title, description, height);
    }

    /**
     * The same chart as a PNG at twice its size, for print: a PDF/UA document carries it as a figure whose alternative
     * text says every figure (openhtmltopdf tags an image with its {@code alt}).
     */
    public static byte[] percentBarsPng(String axis, List<Bar> bars) {
        JFreeChart chart = chart(axis, bars);
        int height = height(bars);
        try {
            return org.jfree.chart.ChartUtils.encodeAsPNG(chart.createBufferedImage(WIDTH * 2, height * 2, WIDTH,
                    height, null));
        } catch (IOException e) {
            throw new UncheckedIOException("The chart could not be drawn", e);
        }
    }

    /** Every bar in words, "label: 40 %; label: 75 %.", for the chart's description or alternative text. */
    public static String described(List<Bar> bars) {
        return bars.stream().map(bar -> bar.label() + ": " + bar.percent() + " %")
                .collect(java.util.stream.Collectors.joining("; ")) + ".";
    }

    private static int height(List<Bar> bars) {
        return 70 + ROW * Math.max(1, bars.size());
    }

    private static JFreeChart chart(String axis, List<Bar> bars) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (int i = 0; i < bars.size(); i++) {
            // a category per bar, unique even when two labels are the same
            data.addValue(bars.get(i).percent(), axis, new Category(i, bars.get(i).label()));
        }
        JFreeChart chart = ChartFactory.createBarChart(null, null, axis, data, PlotOrientation.HORIZONTAL, false,
                false, false);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0x76, 0x76, 0x76));
        plot.setOutlineVisible(false);
        Font font = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
        plot.getDomainAxis().setTickLabelFont(font);
        plot.getDomainAxis().setTickLabelPaint(TEXT);
        plot.getDomainAxis().setMaximumCategoryLabelWidthRatio(0.45f);
        NumberAxis range = (NumberAxis) plot.getRangeAxis();
        range.setRange(0, 100);
        range.setTickLabelFont(font);
        range.setTickLabelPaint(TEXT);
        range.setLabelFont(font);
        range.setLabelPaint(TEXT);
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        renderer.setSeriesPaint(0, BAR);
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setMaximumBarWidth(0.6);
        renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2} %",
                java.text.NumberFormat.getIntegerInstance()));
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultItemLabelFont(font);
        renderer.setDefaultItemLabelPaint(TEXT);
        return chart;
    }

    private static String svg(SVGGraphics2D graphics, Document document, String title, String description,
                              int height) {
        Element root = graphics.getRoot();
        long id = IDS.incrementAndGet();
        root.setAttribute("viewBox", "0 0 " + WIDTH + " " + height);
        root.setAttribute("width", "100%");
        root.removeAttribute("height");
        root.setAttribute("role", "img");
        root.setAttribute("class", "tavla-chart");
        root.setAttribute("aria-labelledby", "chart-title-" + id + " chart-desc-" + id);
        Element desc = document.createElementNS("http://www.w3.org/2000/svg", "desc");
        desc.setAttribute("id", "chart-desc-" + id);
        desc.setTextContent(description);
        root.insertBefore(desc, root.getFirstChild());
        Element name = document.createElementNS("http://www.w3.org/2000/svg", "title");
        name.setAttribute("id", "chart-title-" + id);
        name.setTextContent(title);
        root.insertBefore(name, root.getFirstChild());
        try (StringWriter out = new StringWriter()) {
            graphics.stream(root, out, true, false);
            String svg = out.toString();
            return svg.substring(svg.indexOf("<svg"));
        } catch (IOException e) {
            throw new UncheckedIOException("The chart could not be drawn", e);
        }
    }

    /** A bar's category: its place, shown by its label. */
    private record Category(int index, String label) implements Comparable<Category> {

        @Override
        public int compareTo(Category other) {
            return Integer.compare(index, other.index);
        }

        @Override
        public String toString() {
            return label.length() > 40 ? label.substring(0, 39) + "…" : label;
        }
    }
}
