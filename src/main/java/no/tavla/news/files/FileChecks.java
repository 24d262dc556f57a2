package no.tavla.news.files;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Locale;
import java.util.Optional;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * What an uploaded file really is, from its first bytes and structure, never from its name; and images decoded and
 * written anew, so nothing hidden in the original (scripts, metadata, position) reaches readers.
 */
public final class FileChecks {

    /** Largest picture decoded: 40 megapixels (a small file can claim a huge image). */
    static final long MAX_PIXELS = 40_000_000L;

    private FileChecks() {
    }

    /** An image written anew. */
    public record Image(byte[] bytes, String mediaType, String extension) {
    }

    /** The image's real type from its first bytes: PNG, JPEG or WebP; empty for anything else. */
    static Optional<String> imageType(byte[] bytes) {
        if (starts(bytes, new int[] {0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A})) {
            return Optional.of("png");
        }
        if (starts(bytes, new int[] {0xFF, 0xD8, 0xFF})) {
            return Optional.of("jpeg");
        }
        if (bytes.length > 12 && starts(bytes, new int[] {'R', 'I', 'F', 'F'})
                && new String(bytes, 8, 4, StandardCharsets.US_ASCII).equals("WEBP")) {
            return Optional.of("webp");
        }
        return Optional.empty();
    }

    /**
     * Decodes and writes the image anew: PNG stays PNG, JPEG stays JPEG, WebP becomes PNG.
     *
     * @return empty when it is not a whole, readable image of an accepted type and size
     */
    public static Optional<Image> reencode(byte[] bytes) {
        Optional<String> type = imageType(bytes);
        if (type.isEmpty()) {
            return Optional.empty();
        }
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
            if (!readers.hasNext()) {
                return Optional.empty();
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(input, true, true);
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                if (pixels <= 0 || pixels > MAX_PIXELS) {
                    return Optional.empty();
                }
                BufferedImage image = reader.read(0);
                boolean jpeg = type.get().equals("jpeg");
                BufferedImage output = image;
                if (jpeg && image.getType() != BufferedImage.TYPE_INT_RGB) {
                    output = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
                    output.getGraphics().drawImage(image, 0, 0, null);
                }
                ByteArrayOutputStream written = new ByteArrayOutputStream();
                if (!ImageIO.write(output, jpeg ? "jpeg" : "png", written)) {
                    return Optional.empty();
                }
                return Optional.of(new Image(written.toByteArray(), jpeg ? "image/jpeg" : "image/png",
                        jpeg ? "jpg" : "png"));
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException broken) {
            return Optional.empty();
        }
    }

    /**
     * The attachment's real type from its content: PDF, the Office formats (old and new) and OpenDocument; empty for
     * anything else. The name's extension only tells apart the old Office formats, which share one container.
     */
    /**
     * Whether a PDF can be read by a screen reader (issue 17): TAGGED when it has a structure tree and says it is
     * tagged, NO_TEXT when its first pages hold no text at all (a scan), UNTAGGED otherwise; null when it cannot be
     * opened (encrypted or broken: nothing to say about it).
     */
    public static String pdfCheck(byte[] bytes) {
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(bytes)) {
            org.apache.pdfbox.text.PDFTextStripper stripper = new org.apache.pdfbox.text.PDFTextStripper();
            stripper.setEndPage(Math.min(3, document.getNumberOfPages()));
            if (stripper.getText(document).isBlank()) {
                return "NO_TEXT";
            }
            org.apache.pdfbox.pdmodel.PDDocumentCatalog catalog = document.getDocumentCatalog();
            boolean tagged = catalog.getMarkInfo() != null && catalog.getMarkInfo().isMarked()
                    && catalog.getStructureTreeRoot() != null;
            return tagged ? "TAGGED" : "UNTAGGED";
        } catch (java.io.IOException | RuntimeException unreadable) {
            return null;
        }
    }

    public static Optional<String> attachmentType(byte[] bytes, String fileName) {
        String extension = extension(fileName);
        if (starts(bytes, new int[] {'%', 'P', 'D', 'F', '-'})) {
            return Optional.of("application/pdf");
        }
        if (starts(bytes, new int[] {0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1})) {
            return switch (extension) {
                case "doc" -> Optional.of("application/msword");
                case "xls" -> Optional.of("application/vnd.ms-excel");
                case "ppt" -> Optional.of("application/vnd.ms-powerpoint");
                default -> Optional.empty();
            };
        }
        if (starts(bytes, new int[] {'P', 'K', 3, 4})) {
            return zipType(bytes);
        }
        return Optional.empty();
    }

    /**
     * An Office or OpenDocument file, told by its entry names (and an OpenDocument's {@code mimetype}) read from the
     * ZIP directory: nothing is inflated but those few bytes, so a deflate bomb costs nothing.
     */
    private static Optional<String> zipType(byte[] bytes) {
        Optional<ZipDirectory> directory = ZipDirectory.read(bytes);
        if (directory.isEmpty()) {
            return Optional.empty();
        }
        boolean contentTypes = false;
        String office = null;
        for (ZipDirectory.Entry entry : directory.get().entries()) {
            String name = entry.name();
            if (name.equals("mimetype")) {
                String mime = directory.get().head(entry).orElse("").trim();
                if (mime.equals("application/vnd.oasis.opendocument.text")
                        || mime.equals("application/vnd.oasis.opendocument.spreadsheet")
                        || mime.equals("application/vnd.oasis.opendocument.presentation")) {
                    return Optional.of(mime);
                }
                return Optional.empty();
            }
            if (name.equals("[Content_Types].xml")) {
                contentTypes = true;
            } else if (office == null && name.startsWith("word/")) {
                office = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
            } else if (office == null && name.startsWith("xl/")) {
                office = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
            } else if (office == null && name.startsWith("ppt/")) {
                office = "application/vnd.openxmlformats-officedocument.presentationml.presentation";
            }
        }
        return contentTypes && office != null ? Optional.of(office) : Optional.empty();
    }

    /** A file name fit to show and to send back: no path, no control characters, at most 200 characters. */
    public static String cleanName(String fileName, String fallback) {
        String name = fileName == null ? "" : fileName;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[\\p{Cntrl}\"<>|:*?]", "_").strip();
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            name = fallback;
        }
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }

    static String extension(String fileName) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1);
    }

    private static boolean starts(byte[] bytes, int[] magic) {
        if (bytes == null || bytes.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((bytes[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
