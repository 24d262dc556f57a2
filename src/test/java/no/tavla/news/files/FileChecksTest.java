package no.tavla.news.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

public class FileChecksTest {

    public static byte[] image(String format, int width, int height) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), format, out);
        return out.toByteArray();
    }

    static byte[] zip(String... entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            write(zip, entries);
        }
        return out.toByteArray();
    }

    /** Entries as name, text, name, text... */
    private static void write(ZipOutputStream zip, String... entries) throws IOException {
        for (int i = 0; i < entries.length; i += 2) {
            zip.putNextEntry(new ZipEntry(entries[i]));
            zip.write(entries[i + 1].getBytes(StandardCharsets.US_ASCII));
            zip.closeEntry();
        }
    }

    @Test
    void pngAndJpegAreWrittenAnewAsWhatTheyAre() throws IOException {
        FileChecks.Image png = FileChecks.reencode(image("png", 20, 10)).orElseThrow();
        assertThat(png.mediaType()).isEqualTo("image/png");
        assertThat(ImageIO.read(new ByteArrayInputStream(png.bytes())).getWidth()).isEqualTo(20);
        byte[] jpegWithTrailer = image("jpeg", 8, 8);
        byte[] smuggled = new byte[jpegWithTrailer.length + 30];
        System.arraycopy(jpegWithTrailer, 0, smuggled, 0, jpegWithTrailer.length);
        System.arraycopy("<script>alert(1)</script>".getBytes(StandardCharsets.US_ASCII), 0, smuggled,
                jpegWithTrailer.length, 25);
        FileChecks.Image jpeg = FileChecks.reencode(smuggled).orElseThrow();
        assertThat(jpeg.mediaType()).isEqualTo("image/jpeg");
        assertThat(new String(jpeg.bytes(), StandardCharsets.ISO_8859_1)).doesNotContain("<script>");
    }

    @Test
    void webpIsReadAndBecomesPng() {
        byte[] webp = Base64.getDecoder().decode("UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==");
        assertThat(FileChecks.reencode(webp)).get().extracting(FileChecks.Image::mediaType).isEqualTo("image/png");
    }

    @Test
    void whatOnlyLooksLikeAnImageIsRefused() throws IOException {
        assertThat(FileChecks.reencode("<svg onload=alert(1)>".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(FileChecks.reencode(image("gif", 5, 5))).as("GIF is not offered").isEmpty();
        byte[] png = image("png", 50, 50);
        byte[] cut = java.util.Arrays.copyOf(png, 40);
        assertThat(FileChecks.reencode(cut)).as("a broken file").isEmpty();
    }

    @Test
    void attachmentsAreKnownByTheirContentNotTheirName() throws IOException {
        assertThat(FileChecks.attachmentType("%PDF-1.7\n...".getBytes(StandardCharsets.US_ASCII), "x.docx"))
                .contains("application/pdf");
        assertThat(FileChecks.attachmentType("MZ\u0090\u0000 program".getBytes(StandardCharsets.ISO_8859_1),
                "rutine.pdf")).isEmpty();
        assertThat(FileChecks.attachmentType(zip("[Content_Types].xml", "<Types/>", "word/document.xml", "<w/>"),
                "brev.docx")).contains("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(FileChecks.attachmentType(zip("[Content_Types].xml", "<Types/>", "xl/workbook.xml", "<x/>"),
                "liste.pdf")).contains("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(FileChecks.attachmentType(zip("mimetype", "application/vnd.oasis.opendocument.text"), "a.odt"))
                .contains("application/vnd.oasis.opendocument.text");
        assertThat(FileChecks.attachmentType(zip("index.html", "<script>"), "a.docx")).isEmpty();
        byte[] ole = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0};
        assertThat(FileChecks.attachmentType(ole, "gammel.doc")).contains("application/msword");
        assertThat(FileChecks.attachmentType(ole, "gammel.msi")).isEmpty();
    }

    /** 64 MB of zeros in one deflated entry (about 64 KB in the file), ahead of a Word document's own entries. */
    static byte[] deflateBomb(String... entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("customXml/bomb.bin"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 64; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
            write(zip, entries);
        }
        return out.toByteArray();
    }

    @Test
    void aDeflateBombIsTypedWithoutInflatingIt() throws IOException {
        byte[] bomb = deflateBomb("[Content_Types].xml", "<Types/>", "word/document.xml", "<w/>");
        assertThat(bomb.length).as("small on disk").isLessThan(1 << 20);
        ZipDirectory directory = ZipDirectory.read(bomb).orElseThrow();
        assertThat(directory.entries()).extracting(ZipDirectory.Entry::name)
                .containsExactly("customXml/bomb.bin", "[Content_Types].xml", "word/document.xml");
        assertThat(FileChecks.attachmentType(bomb, "brev.docx"))
                .contains("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(directory.inflatedBytes()).as("bytes inflated to type it").isZero();
    }

    @Test
    void anOpenDocumentsMimetypeIsReadInAFewBytesEvenWhenDeflated() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("mimetype"));
            zip.write("application/vnd.oasis.opendocument.spreadsheet".getBytes(StandardCharsets.US_ASCII));
            zip.write(new byte[32 << 20]); // a mimetype that goes on for 32 MB
            zip.closeEntry();
        }
        ZipDirectory directory = ZipDirectory.read(out.toByteArray()).orElseThrow();
        assertThat(directory.head(directory.entries().getFirst())).get().asString()
                .startsWith("application/vnd.oasis.opendocument.spreadsheet");
        assertThat(directory.inflatedBytes()).isLessThanOrEqualTo(ZipDirectory.MAX_INFLATED);
        assertThat(FileChecks.attachmentType(zip("mimetype", "application/vnd.oasis.opendocument.text"), "a.odt"))
                .contains("application/vnd.oasis.opendocument.text");
    }

    @Test
    void aBrokenZipIsNoOfficeFile() {
        byte[] truncated = {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0};
        assertThat(FileChecks.attachmentType(truncated, "a.docx")).isEmpty();
        assertThat(ZipDirectory.read(new byte[0])).isEmpty();
    }

    @Test
    void fileNamesLoseTheirPathsAndControlCharacters() {
        assertThat(FileChecks.cleanName("C:\\Users\\kari\\Vaktliste uke 3.pdf", "vedlegg")).isEqualTo("Vaktliste uke 3.pdf");
        assertThat(FileChecks.cleanName("../../etc/passwd", "vedlegg")).isEqualTo("passwd");
        assertThat(FileChecks.cleanName("\"><img src=x onerror=alert(1)>.pdf", "vedlegg"))
                .doesNotContain("<", ">", "\"");
        assertThat(FileChecks.cleanName("", "vedlegg")).isEqualTo("vedlegg");
    }

    /** A one-page PDF, with a line of text or none, tagged (marked, with a structure tree) or not. */
    public static byte[] pdf(String text, boolean tagged) throws IOException {
        try (org.apache.pdfbox.pdmodel.PDDocument document = new org.apache.pdfbox.pdmodel.PDDocument()) {
            org.apache.pdfbox.pdmodel.PDPage page = new org.apache.pdfbox.pdmodel.PDPage();
            document.addPage(page);
            if (text != null) {
                try (org.apache.pdfbox.pdmodel.PDPageContentStream content =
                             new org.apache.pdfbox.pdmodel.PDPageContentStream(document, page)) {
                    content.beginText();
                    content.setFont(new org.apache.pdfbox.pdmodel.font.PDType1Font(
                            org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA), 12);
                    content.newLineAtOffset(72, 700);
                    content.showText(text);
                    content.endText();
                }
            }
            if (tagged) {
                org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo mark =
                        new org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo();
                mark.setMarked(true);
                document.getDocumentCatalog().setMarkInfo(mark);
                document.getDocumentCatalog().setStructureTreeRoot(
                        new org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot());
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    @Test
    void aPdfIsTaggedUntaggedOrAScanWithoutText() throws IOException {
        assertThat(FileChecks.pdfCheck(pdf("Rutine for legemidler", true))).isEqualTo("TAGGED");
        assertThat(FileChecks.pdfCheck(pdf("Rutine for legemidler", false))).isEqualTo("UNTAGGED");
        assertThat(FileChecks.pdfCheck(pdf(null, true))).as("a scan: no text to read").isEqualTo("NO_TEXT");
        assertThat(FileChecks.pdfCheck("%PDF-1.7 broken".getBytes(StandardCharsets.US_ASCII))).isNull();
    }
}
