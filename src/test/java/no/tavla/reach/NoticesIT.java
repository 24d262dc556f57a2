package no.tavla.reach;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import no.tavla.shared.Language;
import no.tavla.organisation.People;
import no.tavla.organisation.SignIn;
import no.tavla.support.PdfUa;
import no.tavla.support.ServiceSignIn;
import no.tavla.support.TavlaIntegrationTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/** A printed notice: its text, a tagged PDF with embedded fonts, page numbers, and a QR code that opens the item. */
@TavlaIntegrationTest
class NoticesIT {

    private static final java.util.Locale NB = Language.BOKMAAL.locale();

    @Autowired
    Notices notices;
    @Autowired
    People people;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ObjectProvider<SecurityContextHolderStrategy> strategies;

    @AfterEach
    void signOut() {
        ServiceSignIn.out(strategies);
    }

    private void as(String subject, String name, String number) {
        people.signedIn(new SignIn(subject, name, null, number));
        ServiceSignIn.as(strategies, subject);
    }

    private long demoItem() {
        return jdbc.queryForObject("SELECT MIN(id) FROM news_item WHERE title = 'Ny rutine for legemiddelhåndtering'",
                Long.class);
    }

    private static String decodeQr(PDDocument pdf) throws Exception {
        BufferedImage page = new PDFRenderer(pdf).renderImageWithDPI(pdf.getNumberOfPages() - 1, 150);
        int[] pixels = page.getRGB(0, 0, page.getWidth(), page.getHeight(), null, 0, page.getWidth());
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(
                new RGBLuminanceSource(page.getWidth(), page.getHeight(), pixels)));
        return new QRCodeReader().decode(bitmap).getText();
    }

    @Test
    void anEmployeePrintsATaggedNoticeWhoseQrCodeOpensTheItem() throws Exception {
        long item = demoItem();
        String url = "https://tavla.demo.kommune.no/news/" + item;
        as("demo-kari", "Kari Nordmann", "10001");
        byte[] bytes = notices.notice(item, url, NB).orElseThrow();
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains("Ny rutine for legemiddelhåndtering", "Gjelder alle i helse og omsorg",
                    "Dobbeltkontroll", "Demo kommune", "Fra: Helse og omsorg", "Kontaktperson: Ingrid Solheim",
                    "Gjelder til: videre",
                    "Side 1 av 1", "Sak nr. " + item).doesNotContain("notice.");
            assertThat(pdf.getDocumentCatalog().getStructureTreeRoot()).as("tagged for screen readers").isNotNull();
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("nb");
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("Ny rutine for legemiddelhåndtering");
            for (var name : pdf.getPage(0).getResources().getFontNames()) {
                PDFont font = pdf.getPage(0).getResources().getFont(name);
                assertThat(font.isEmbedded()).as(font.getName() + " embedded, so æøå print").isTrue();
            }
            assertThat(decodeQr(pdf)).isEqualTo(url);
        }
        assertThat(PdfUa.failures(bytes)).as("PDF/UA-1 according to veraPDF").isEmpty();
    }

    @Test
    void aNoticeIsPrintedInTheLanguageOfThePersonPrintingIt() throws Exception {
        long item = demoItem();
        as("demo-kari", "Kari Nordmann", "10001");
        try (PDDocument pdf = Loader.loadPDF(notices.notice(item, "https://x/news/" + item,
                Language.NYNORSK.locale()).orElseThrow())) {
            assertThat(new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ")).contains("Frå: Helse og omsorg",
                    "Gjeld til: vidare", "Side 1 av 1", "Les saka i Tavla").doesNotContain("Gjelder til");
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("nn");
        }
        byte[] swedish = notices.notice(item, "https://x/news/" + item, Language.SWEDISH.locale()).orElseThrow();
        try (PDDocument pdf = Loader.loadPDF(swedish)) {
            assertThat(new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ")).contains("Från: Helse og omsorg",
                    "Gäller till: tills vidare", "Sida 1 av 1", "Inlägg nr " + item);
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("sv");
        }
        assertThat(PdfUa.failures(swedish)).as("PDF/UA-1 in Swedish too").isEmpty();
    }

    @Test
    void aLongItemFlowsOntoNumberedPages() throws Exception {
        long item = demoItem();
        String body = jdbc.queryForObject("SELECT body FROM news_item WHERE id = ?", String.class, item);
        try {
            jdbc.update("UPDATE news_item SET body = ? WHERE id = ?", (body + "\n\n").repeat(60), item);
            as("demo-kari", "Kari Nordmann", "10001");
            try (PDDocument pdf = Loader.loadPDF(notices.notice(item, "https://x/news/" + item, NB).orElseThrow())) {
                assertThat(pdf.getNumberOfPages()).isGreaterThan(1);
                assertThat(new PDFTextStripper().getText(pdf)).contains("Side 2 av " + pdf.getNumberOfPages());
            }
        } finally {
            jdbc.update("UPDATE news_item SET body = ? WHERE id = ?", body, item);
        }
    }

    @Test
    void aTableInTheTextPrintsAsATaggedTableWithItsHeaderRow() throws Exception {
        long item = demoItem();
        String body = jdbc.queryForObject("SELECT body FROM news_item WHERE id = ?", String.class, item);
        try {
            jdbc.update("UPDATE news_item SET body = ? WHERE id = ?",
                    body + "\n\n| Vakt | Tid |\n|---|:---:|\n| Dagvakt | 07–15 |\n| Kveldsvakt | 15–23 |\n", item);
            as("demo-kari", "Kari Nordmann", "10001");
            byte[] bytes = notices.notice(item, "https://x/news/" + item, NB).orElseThrow();
            try (PDDocument pdf = Loader.loadPDF(bytes)) {
                assertThat(new PDFTextStripper().getText(pdf).replaceAll("\\s+", " "))
                        .contains("Vakt Tid", "Dagvakt 07–15", "Kveldsvakt 15–23");
            }
            assertThat(PdfUa.failures(bytes)).as("PDF/UA-1 with a table in the text").isEmpty();
        } finally {
            jdbc.update("UPDATE news_item SET body = ? WHERE id = ?", body, item);
        }
    }

    @Test
    void someoneOutsideTheAudienceGetsNoNotice() {
        as("demo-ola", "Ola Hansen", "10003");
        assertThat(notices.notice(demoItem(), "https://x", NB)).isEmpty();
        signOut();
        assertThat(notices.notice(demoItem(), "https://x", NB)).isEmpty();
    }
}
