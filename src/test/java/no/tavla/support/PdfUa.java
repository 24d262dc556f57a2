package no.tavla.support;

import java.io.ByteArrayInputStream;
import java.util.List;

import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** PDF/UA-1 validation with veraPDF: the failed rules of a PDF, empty when it is valid. */
public final class PdfUa {

    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private PdfUa() {
    }

    /**
     * The PDF's structure tree in reading order, depth first: each element's type, and for a figure its alternative
     * text ({@code "Figure: QR-kode …"}), as a screen reader meets them.
     */
    public static List<String> readingOrder(byte[] pdf) {
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            List<String> order = new java.util.ArrayList<>();
            var root = document.getDocumentCatalog().getStructureTreeRoot();
            if (root != null) {
                walk(root.getKids(), order);
            }
            return order;
        } catch (java.io.IOException e) {
            throw new IllegalStateException("PDFBox could not read the PDF", e);
        }
    }

    private static void walk(List<Object> kids, List<String> order) {
        for (Object kid : kids) {
            if (kid instanceof PDStructureElement element) {
                String type = element.getStructureType();
                order.add(element.getAlternateDescription() == null ? type
                        : type + ": " + element.getAlternateDescription());
                walk(element.getKids(), order);
            }
        }
    }

    /** Each failed rule once, as "clause-test: description". */
    public static List<String> failures(byte[] pdf) {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf),
                PDFAFlavour.PDFUA_1);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFUA_1, false)) {
            ValidationResult result = validator.validate(parser);
            return result.getTestAssertions().stream()
                    .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                    .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + ": "
                            + a.getMessage())
                    .distinct().toList();
        } catch (Exception e) {
            throw new IllegalStateException("veraPDF could not read the PDF", e);
        }
    }
}
