package no.tavla.reach;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import javax.imageio.ImageIO;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import no.tavla.news.Item;
import no.tavla.news.NewsFeed;
import no.tavla.shared.MunicipalityProperties;
import no.tavla.shared.SafeMarkdown;
import no.tavla.shared.TavlaTime;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.springframework.stereotype.Service;
import org.springframework.web.util.HtmlUtils;

/**
 * A printable notice (oppslag) for any item, made on the server: an A4, tagged PDF (PDF/UA) with the font embedded so
 * æøå print, the title in large type, the lead and text readable at wall distance, the unit, contact person, release
 * and valid-until dates, page numbers, and a QR code that opens the item in Tavla. For those who may open the item.
 */
@Service
public class Notices {

    private static final String FONT = "Liberation Sans";

    private final NewsFeed feed;
    private final MunicipalityProperties municipality;

    Notices(NewsFeed feed, MunicipalityProperties municipality) {
        this.feed = feed;
        this.municipality = municipality;
    }

    /**
     * The notice as PDF bytes; empty when the item does not exist for the signed-in person.
     *
     * @param itemUrl the address the QR code opens
     */
    public Optional<byte[]> notice(long itemId, String itemUrl) {
        return feed.forPrinting(itemId).map(item -> render(item, itemUrl));
    }

    private byte[] render(Item item, String itemUrl) {
        Locale norwegian = Locale.forLanguageTag("nb");
        StringBuilder html = new StringBuilder()
                .append("<!DOCTYPE html><html lang=\"nb\"><head><meta charset=\"utf-8\"/><title>")
                .append(escape(item.title())).append("</title><meta name=\"subject\" content=\"")
                .append(escape(municipality.name())).append("\"/><style>")
                .append("@page { size: A4; margin: 18mm 18mm 22mm 18mm;")
                .append(" @bottom-left { content: \"").append(escape(municipality.name()))
                .append(" · Tavla\"; font-family: '").append(FONT).append("'; font-size: 10pt; color: #4a4a4a; }")
                .append(" @bottom-right { content: \"Side \" counter(page) \" av \" counter(pages);")
                .append(" font-family: '").append(FONT).append("'; font-size: 10pt; color: #4a4a4a; } }")
                .append("body { font-family: '").append(FONT).append("'; font-size: 16pt; line-height: 1.4;")
                .append(" color: #1a1a1a; }")
                .append("h1 { font-size: 34pt; line-height: 1.15; margin: 0 0 8mm 0; }")
                .append(".lead { font-size: 19pt; margin: 0 0 6mm 0; }")
                .append("h2 { font-size: 22pt; } h3 { font-size: 19pt; }")
                .append(".facts { border-top: 1px solid #1a1a1a; margin-top: 10mm; padding-top: 4mm;")
                .append(" font-size: 13pt; page-break-inside: avoid; }")
                .append(".qr { float: right; width: 40mm; height: 40mm; margin-left: 6mm; }")
                .append("img { max-width: 100%; }")
                .append("</style></head><body>")
                .append("<p>").append(escape(municipality.name())).append("</p>")
                .append("<h1>").append(escape(item.title())).append("</h1>");
        if (!item.lead().isBlank()) {
            html.append("<p class=\"lead\">").append(escape(item.lead())).append("</p>");
        }
        html.append("<div>").append(SafeMarkdown.toHtml(item.body()).replaceAll("<img[^>]*>", "")).append("</div>");
        html.append("<div class=\"facts\"><img class=\"qr\" alt=\"QR-kode som åpner saken i Tavla\" src=\"")
                .append(qr(itemUrl)).append("\"/>")
                .append("<p>Fra: ").append(escape(item.unitName())).append("</p>");
        if (item.contactName() != null) {
            html.append("<p>Kontaktperson: ").append(escape(item.contactName())).append("</p>");
        }
        if (item.releaseAt() != null) {
            html.append("<p>Publisert: ").append(escape(TavlaTime.dateTime(item.releaseAt(), norwegian))).append("</p>");
        }
        html.append("<p>Gjelder til: ").append(item.expiresAt() == null ? "videre"
                : escape(TavlaTime.dateTime(item.expiresAt(), norwegian))).append("</p>")
                .append("<p>Les saken i Tavla: skann koden, eller gå til ").append(escape(itemUrl)).append("</p>")
                .append("<p>Sak nr. ").append(item.id()).append("</p></div></body></html>");
        org.w3c.dom.Document document = new W3CDom().fromJsoup(Jsoup.parse(html.toString()));
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePdfUaAccessibility(true);
            // one embedded font for every weight and style, so nothing falls back to a font the PDF does not carry
            for (int weight : new int[] {400, 700}) {
                for (BaseRendererBuilder.FontStyle style : BaseRendererBuilder.FontStyle.values()) {
                    builder.useFont(() -> Notices.class.getResourceAsStream("/org/apache/pdfbox/resources/ttf/"
                            + "LiberationSans-Regular.ttf"), FONT, weight, style, true);
                }
            }
            builder.withW3cDocument(document, "/");
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("The notice could not be made", e);
        }
    }

    /** A QR code as a PNG data address, large enough to scan from a printed page. */
    static String qr(String text) {
        try {
            BitMatrix matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 400, 400,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 2));
            BufferedImage image = new BufferedImage(matrix.getWidth(), matrix.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
            for (int x = 0; x < matrix.getWidth(); x++) {
                for (int y = 0; y < matrix.getHeight(); y++) {
                    image.setRGB(x, y, matrix.get(x, y) ? 0x000000 : 0xFFFFFF);
                }
            }
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            ImageIO.write(image, "png", png);
            return "data:image/png;base64," + Base64.getEncoder().encodeToString(png.toByteArray());
        } catch (WriterException | IOException e) {
            throw new IllegalStateException("The QR code could not be made", e);
        }
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text == null ? "" : text);
    }
}
