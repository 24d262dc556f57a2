package no.tavla.reach;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongFunction;

import javax.imageio.ImageIO;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import no.tavla.crisis.CrisisPaper;
import no.tavla.news.reading.FollowUp;
import no.tavla.news.Item;
import no.tavla.news.ItemKind;
import no.tavla.news.reading.NewsFeed;
import no.tavla.organisation.AccessPolicy;
import no.tavla.organisation.Action;
import no.tavla.organisation.Audiences;
import no.tavla.organisation.People;
import no.tavla.organisation.UnitPages;
import no.tavla.shared.Language;
import no.tavla.shared.CurrentActor;
import no.tavla.shared.MunicipalityLogo;
import no.tavla.shared.MunicipalityProperties;
import no.tavla.shared.Refusal;
import no.tavla.shared.SafeMarkdown;
import no.tavla.shared.TavlaTime;
import no.tavla.shared.Translations;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Document;
import no.tavla.reach.internal.PrintStore;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;

/**
 * Printed notices (oppslag), made on the server: A4, tagged PDF (PDF/UA) with the fonts embedded so æøå print, the
 * municipality's logo, the title in large type, the lead and text readable at wall distance, the unit, contact person,
 * release and valid-until dates, page numbers, and a QR code that opens the item in Tavla. A manager's notice of a
 * must-read item has a sign-off sheet after it: their staff who have not confirmed, those without a PC first.
 */
@Service
public class Notices implements CrisisPaper {

    /** Most notices in one batch. */
    public static final int MAX_BATCH = 100;
    private static final String FONT = "Liberation Sans";

    /** Which items a batch covers. */
    public enum Period {
        /** Released since Monday. */
        THIS_WEEK,
        /** Released since the unit's last batch (the last 14 days if there was none). */
        SINCE_LAST_PRINT
    }

    /** A batch of notices as one PDF. */
    public record Batch(byte[] pdf, List<Long> items, Instant coveredFrom) {
    }

    /** A batch printed earlier for a unit. */
    public record Printed(Instant printedAt, String printedBy, Instant coveredFrom, int items) {
    }

    /** Hears how far a batch has come: items prepared out of all, then the PDF made. */
    public interface Progress {
        /** For a caller who does not follow the progress. */
        Progress NONE = new Progress() {
            @Override
            public void prepared(int done, int total) {
            }

            @Override
            public void rendering() {
            }
        };

        void prepared(int done, int total);

        void rendering();
    }

    private final NewsFeed feed;
    private final FollowUp followUp;
    private final Reach reach;
    private final Audiences audiences;
    private final AccessPolicy policy;
    private final People people;
    private final CurrentActor current;
    private final PrintStore prints;
    private final MunicipalityProperties municipality;
    private final MunicipalityLogo logo;
    private final Clock clock;
    private final Translations translations;
    private final UnitPages units;

    Notices(NewsFeed feed, FollowUp followUp, Reach reach, Audiences audiences, AccessPolicy policy, People people,
            CurrentActor current, PrintStore prints, MunicipalityProperties municipality, MunicipalityLogo logo,
            Clock clock, Translations translations, UnitPages units) {
        this.units = units;
        this.feed = feed;
        this.followUp = followUp;
        this.reach = reach;
        this.audiences = audiences;
        this.policy = policy;
        this.people = people;
        this.current = current;
        this.prints = prints;
        this.municipality = municipality;
        this.logo = logo;
        this.clock = clock;
        this.translations = translations;
    }

    /**
     * The notice as PDF bytes; empty when the item does not exist for the signed-in person. For a manager and a
     * must-read item, a sign-off sheet with their staff not yet reached follows.
     *
     * @param itemUrl  the address the QR code opens
     * @param language the language the person printing reads Tavla in
     */
    @Transactional(readOnly = true)
    public Optional<byte[]> notice(long itemId, String itemUrl, Locale language) {
        return notice(itemId, itemUrl, language, null);
    }

    /**
     * The notice with the item's words in one of its languages (the version the reader chose on its page); as written
     * when {@code text} is null or the item has no version in it.
     */
    @Transactional(readOnly = true)
    public Optional<byte[]> notice(long itemId, String itemUrl, Locale language, Language text) {
        return feed.forPrinting(itemId, text).map(item -> {
            List<PersonReach> names = item.kind() == ItemKind.MUST_READ && reach.mayFollowUp(itemId)
                    ? reach.signOffNames(itemId, null) : List.of();
            StringBuilder body = new StringBuilder();
            notice(body, item, itemUrl, names, true, language);
            return render(item.title(), body, language);
        });
    }

    /**
     * All notices for a unit released in the period, as one PDF, with sign-off sheets for the must-read ones; the batch
     * is remembered for the unit. For the unit's managers. It is printed in the unit's language (its setting on the
     * unit page, Bokmål unless changed), since it goes on the unit's wall whoever prints it.
     */
    @Transactional
    public Batch batch(long unitId, Period period, LongFunction<String> itemUrl, Progress progress) {
        if (!policy.may(people.currentActor(), Action.FOLLOW_UP_REACH, unitId)) {
            throw new AccessDeniedException("Only the unit's managers print its notices");
        }
        Locale language = units.printLanguage(unitId).locale();
        Instant now = clock.instant();
        Instant from = switch (period) {
            case THIS_WEEK -> LocalDate.ofInstant(now, TavlaTime.ZONE)
                    .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).atStartOfDay(TavlaTime.ZONE).toInstant();
            case SINCE_LAST_PRINT -> lastPrints(unitId).stream().findFirst().map(Printed::printedAt)
                    .orElse(now.minus(Duration.ofDays(14)));
        };
        Set<Long> scope = audiences.withSubUnits(List.of(unitId));
        List<Item> items = new ArrayList<>(followUp.releasedTo(scope, from, now, EnumSet.allOf(ItemKind.class),
                MAX_BATCH)).reversed();
        if (items.isEmpty()) {
            throw new Refusal("notices.batch.empty");
        }
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            List<PersonReach> names = item.kind() == ItemKind.MUST_READ ? reach.signOffNames(item.id(), scope)
                    : List.of();
            notice(body, item, itemUrl.apply(item.id()), names, i == 0, language);
            progress.prepared(i + 1, items.size());
        }
        progress.rendering();
        byte[] pdf = render(t(language, "notice.batch.title", TavlaTime.dateTime(now, language)), body, language);
        prints.record(unitId, now, current.nameOrSystem(), from, items.stream().map(Item::id).toList());
        return new Batch(pdf, items.stream().map(Item::id).toList(), from);
    }


    @Override
    public byte[] crisisNotice(CrisisPrint print) {
        Locale language = print.language();
        StringBuilder html = new StringBuilder("<section class=\"notice crisis").append(print.drill() ? " drill" : "")
                .append("\">");
        masthead(html);
        String mark = t(language, print.drill() ? "notice.crisis.drill" : "notice.crisis.label");
        html.append("<p class=\"mark\">").append(escape(mark)).append("</p>");
        html.append("<h1>").append(escape(print.title())).append("</h1>");
        html.append("<p class=\"crisis-message\">").append(escape(print.message())).append("</p>");
        if (print.latest() != null) {
            html.append("<h2>").append(escape(t(language, "notice.crisis.latest", TavlaTime.dateTime(print.at(), language))))
                    .append("</h2><p class=\"crisis-latest\">").append(escape(print.latest())).append("</p>");
        }
        html.append("<div class=\"facts\"><img class=\"qr\" alt=\"").append(escape(t(language, "notice.crisis.qr.alt")))
                .append("\" src=\"").append(qr(print.url())).append("\"/>")
                .append("<p>").append(escape(t(language, "notice.crisis.read", print.url()))).append("</p>")
                .append("<p>").append(escape(t(language, "notice.printed", TavlaTime.dateTime(clock.instant(), language))))
                .append("</p>");
        if (print.drill()) {
            html.append("<p class=\"mark-line\">").append(escape(t(language, "notice.crisis.drill.line"))).append("</p>");
        }
        html.append("</div></section>");
        if (!print.notConfirmed().isEmpty()) {
            html.append("<section class=\"sheet\"><h1>").append(escape((print.drill() ? mark + ": " : "")
                            + t(language, "notice.sheet.title", print.title()))).append("</h1><p>")
                    .append(escape(t(language, "notice.crisis.sheet.explain"))).append("</p>");
            sheetTable(html, language, print.notConfirmed().stream().map(member -> new String[] {member.name(),
                    member.unitName(), member.hasWorkComputer() ? "" : t(language, "notice.sheet.yes")}).toList());
        }
        return render((print.drill() ? mark + ": " : "") + print.title(), html, language);
    }

    /**
     * A document in the notices' A4 form (PDF/UA, the municipality's name, Liberation Sans), in a language: from HTML
     * whose text the caller has escaped (HtmlUtils.htmlEscape). For other modules' prints, such as a plan.
     */
    @Override
    public byte[] document(String title, String bodyHtml, Locale language) {
        return render(title, new StringBuilder(bodyHtml), language);
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text == null ? "" : text);
    }

    /** The batches printed for a unit, newest first. */
    @Transactional(readOnly = true)
    public List<Printed> lastPrints(long unitId) {
        if (!policy.may(people.currentActor(), Action.FOLLOW_UP_REACH, unitId)) {
            throw new AccessDeniedException("Only the unit's managers print its notices");
        }
        return prints.last(unitId, 10);
    }

    /** One notice, and its sign-off sheet when there are names for it. */
    private void notice(StringBuilder html, Item item, String itemUrl, List<PersonReach> names, boolean first,
            Locale language) {
        html.append("<section class=\"notice").append(first ? "" : " next").append("\">");
        masthead(html);
        // the item's own words in the language they are written in, the notice's frame in the language printed in
        String written = item.language().tag();
        html.append("<h1 lang=\"").append(written).append("\">").append(escape(item.title())).append("</h1>");
        if (!item.lead().isBlank()) {
            html.append("<p class=\"lead\" lang=\"").append(written).append("\">").append(escape(item.lead()))
                    .append("</p>");
        }
        html.append("<div class=\"body\" lang=\"").append(written).append("\">").append(bodyHtml(item.body()))
                .append("</div>");
        html.append("<div class=\"facts\"><img class=\"qr\" alt=\"").append(escape(t(language, "notice.qr.alt"))).append("\" src=\"")
                .append(qr(itemUrl)).append("\"/>")
                .append("<p>").append(escape(t(language, "notice.from", item.unitName()))).append("</p>");
        if (item.contactName() != null) {
            html.append("<p>").append(escape(t(language, "notice.contact", item.contactName()))).append("</p>");
        }
        if (item.releaseAt() != null) {
            html.append("<p>").append(escape(t(language, "notice.published", TavlaTime.dateTime(item.releaseAt(), language))))
                    .append("</p>");
        }
        html.append("<p>").append(escape(t(language, "notice.valid-until", item.expiresAt() == null ? t(language, "notice.valid-until.open")
                        : TavlaTime.dateTime(item.expiresAt(), language)))).append("</p>")
                .append("<p>").append(escape(t(language, "notice.read-in-tavla", itemUrl))).append("</p>")
                .append("<p>").append(escape(t(language, "notice.number", String.valueOf(item.id())))).append("</p></div></section>");
        if (!names.isEmpty()) {
            signOffSheet(html, item, names, language);
        }
    }

    /** The municipality's logo and name at the top. */
    private void masthead(StringBuilder html) {
        html.append("<div class=\"masthead\">");
        // the name is written beside it: the logo adds nothing to hear, so it is drawn as a background, which the PDF
        // marks as an artifact, not as a figure that says the name twice
        logo.logo().map(MunicipalityLogo.Logo::dataUrl).ifPresent(src -> html.append(
                "<span class=\"logo\" style=\"background-image: url('")
                .append(src).append("')\"></span>"));
        html.append("<p class=\"sender\">").append(escape(municipality.name())).append("</p></div>");
    }

    private void signOffSheet(StringBuilder html, Item item, List<PersonReach> names, Locale language) {
        html.append("<section class=\"sheet\"><h1>").append(escape(t(language, "notice.sheet.title", item.title())))
                .append("</h1><p>").append(escape(t(language, "notice.sheet.explain", String.valueOf(item.id())))).append("</p>");
        sheetTable(html, language, names.stream().map(person -> new String[] {person.name(), person.unitName(),
                person.hasWorkComputer() ? "" : t(language, "notice.sheet.yes")}).toList());
    }

    /** The sign-off table: name, unit, no PC, and room to sign and date. */
    private void sheetTable(StringBuilder html, Locale language, List<String[]> rows) {
        html.append("<table><thead><tr><th scope=\"col\">").append(t(language, "notice.sheet.name"))
                .append("</th><th scope=\"col\">").append(t(language, "notice.sheet.unit"))
                .append("</th><th scope=\"col\">").append(t(language, "notice.sheet.no-pc"))
                .append("</th><th scope=\"col\" class=\"signature\">").append(t(language, "notice.sheet.signature"))
                .append("</th><th scope=\"col\" class=\"date\">").append(t(language, "notice.sheet.date"))
                .append("</th></tr></thead><tbody>");
        for (String[] row : rows) {
            html.append("<tr><td>").append(escape(row[0])).append("</td><td>").append(escape(row[1]))
                    .append("</td><td>").append(escape(row[2])).append("</td><td></td><td></td></tr>");
        }
        html.append("</tbody></table></section>");
    }

    /** The item's text, without images (SafeMarkdown already steps its headings down from the title: PDF/UA). */
    private static String bodyHtml(String markdown) {
        Document fragment = Jsoup.parseBodyFragment(SafeMarkdown.toHtml(markdown));
        fragment.select("img").remove();
        return fragment.body().html();
    }

    private byte[] render(String title, StringBuilder body, Locale language) {
        String html = "<!DOCTYPE html><html lang=\"" + Language.of(language).tag() + "\"><head><meta charset=\"utf-8\"/><title>" + escape(title)
                + "</title><meta name=\"subject\" content=\"" + escape(municipality.name()) + "\"/><style>" + style(language)
                + "</style></head><body>" + body + "</body></html>";
        org.w3c.dom.Document document = new W3CDom().fromJsoup(Jsoup.parse(html));
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePdfUaAccessibility(true);
            builder.useSVGDrawer(new BatikSVGDrawer());
            font(builder, "Regular", 400, BaseRendererBuilder.FontStyle.NORMAL);
            font(builder, "Bold", 700, BaseRendererBuilder.FontStyle.NORMAL);
            font(builder, "Italic", 400, BaseRendererBuilder.FontStyle.ITALIC);
            font(builder, "BoldItalic", 700, BaseRendererBuilder.FontStyle.ITALIC);
            font(builder, "Italic", 400, BaseRendererBuilder.FontStyle.OBLIQUE);
            font(builder, "BoldItalic", 700, BaseRendererBuilder.FontStyle.OBLIQUE);
            builder.withW3cDocument(document, "/");
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("The notice could not be made", e);
        }
    }

    private static void font(PdfRendererBuilder builder, String file, int weight, BaseRendererBuilder.FontStyle style) {
        builder.useFont(() -> Notices.class.getResourceAsStream("/fonts/LiberationSans-" + file + ".ttf"), FONT, weight,
                style, true);
    }

    /** A text of the notice in the language it is printed in. */
    private String t(Locale language, String key, Object... arguments) {
        return translations.text(key, language, arguments);
    }

    private String style(Locale language) {
        return "@page { size: A4; margin: 18mm 18mm 22mm 18mm;"
            + " @bottom-left { content: \"Tavla\"; font-family: '" + FONT + "'; font-size: 10pt; color: #4a4a4a; }"
            + " @bottom-right { content: \"" + t(language, "notice.page") + " \" counter(page) \" " + t(language, "notice.page.of")
            + " \" counter(pages); font-family: '" + FONT + "';"
            + " font-size: 10pt; color: #4a4a4a; } }"
            + "body { font-family: '" + FONT + "'; font-size: 16pt; line-height: 1.4; color: #1a1a1a; }"
            + ".next, .sheet { page-break-before: always; }"
            + ".masthead { border-bottom: 3px solid #0b4f9c; margin-bottom: 8mm; padding-bottom: 3mm; }"
            + ".logo { display: inline-block; height: 14mm; width: 14mm; vertical-align: middle; margin-right: 4mm;"
            + " background-size: contain; background-repeat: no-repeat; background-position: center; }"
            + ".sender { display: inline; font-size: 15pt; font-weight: bold; vertical-align: middle; }"
            + "h1 { font-size: 34pt; line-height: 1.15; margin: 0 0 8mm 0; font-weight: bold; }"
            + ".sheet h1 { font-size: 22pt; }"
            + ".lead { font-size: 19pt; font-weight: bold; margin: 0 0 6mm 0; }"
            + "h2 { font-size: 22pt; } h3 { font-size: 19pt; } h4, h5, h6 { font-size: 17pt; }"
            + ".facts { border-top: 1px solid #1a1a1a; margin-top: 10mm; padding-top: 4mm; font-size: 13pt;"
            + " page-break-inside: avoid; }"
            // not floated: a float is tagged last, after the sign-off sheet, where a screen reader would meet it
            + ".qr { display: block; width: 40mm; height: 40mm; margin: 0 0 3mm auto; }"
            + "table { width: 100%; border-collapse: collapse; font-size: 12pt; -fs-table-paginate: paginate; }"
            + "th, td { border: 1px solid #1a1a1a; padding: 2mm; text-align: left; vertical-align: top; }"
            + "tr { page-break-inside: avoid; } td { height: 9mm; }"
            + ".signature { width: 35%; } .date { width: 14%; }"
            // a crisis notice: read from across the room, marked in red (a drill in black on yellow)
            + ".crisis .mark { font-size: 30pt; font-weight: bold; color: #ffffff; background: #a4000f;"
            + " padding: 2mm 4mm; margin: 0 0 6mm 0; }"
            + ".crisis.drill .mark { color: #1a1a1a; background: #ffd400; border: 2px solid #1a1a1a; }"
            + ".crisis h1 { font-size: 46pt; }"
            + ".crisis-message { font-size: 26pt; line-height: 1.3; white-space: pre-line; }"
            + ".crisis-latest { font-size: 22pt; white-space: pre-line; }"
            + ".mark-line { font-weight: bold; }"
            // a communication plan (issue 16): a case-file document, read at a desk
            + ".plan { font-size: 11pt; line-height: 1.35; } .plan h1 { font-size: 24pt; margin-bottom: 4mm; }"
            + ".plan h2 { font-size: 16pt; margin: 7mm 0 2mm 0; } .plan h3 { font-size: 13pt; margin: 4mm 0 1mm 0; }"
            + ".plan .text { white-space: pre-line; } .plan table { font-size: 10pt; } .plan td { height: auto; }"
            + ".plan .number { text-align: right; } .plan dt { font-weight: bold; } .plan dd { margin: 0 0 2mm 0; }"
            + ".plan .chart { display: block; width: 160mm; margin: 3mm 0; }";
    }

    /** A QR code as a PNG data address, large enough to scan from a printed page. */
    static String qr(String text) {
        try {
            BitMatrix matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 400, 400,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 2));
            BufferedImage image = new BufferedImage(matrix.getWidth(), matrix.getHeight(),
                    BufferedImage.TYPE_BYTE_GRAY);
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

}
