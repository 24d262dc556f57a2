package no.tavla.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import no.tavla.support.PdfUa;
import no.tavla.support.ServiceSignIn;
import no.tavla.support.TavlaIntegrationTest;
import no.tavla.support.TestOrganisation;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * A plan on paper and in a spreadsheet (issue 16): the A4 document is PDF/UA-1 by veraPDF and holds the template's
 * parts in the reader's language; the CSVs hold the measures and the budget with its total, and cannot run a formula;
 * only those who see the plan get them.
 */
@TavlaIntegrationTest
class PlanPrintsIT {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    no.tavla.news.writing.Announcements announcements;
    @Autowired
    Plans plans;
    @Autowired
    PlanPrints prints;
    @Autowired
    ObjectProvider<SecurityContextHolderStrategy> contexts;

    private TestOrganisation org;

    @BeforeEach
    void organisation() {
        org = new TestOrganisation(jdbc, "plan-prints");
        org.unit("P");
        org.person("Ed", "P").role("EDITOR", "P");
        org.person("Mona", "P");
    }

    @AfterEach
    void signOut() {
        ServiceSignIn.out(contexts);
    }

    private long plan() {
        ServiceSignIn.as(contexts, org.subject("Ed"));
        long plan = plans.create(new PlanDraft(org.unitId("P"), "Ny turnus " + org.tag(), "Turnusen er for tung.",
                "Vedtatt i HMS-utvalget", "2026/77", "Alle kjenner turnusen før mars.", "Ingen får færre timer."),
                List.of("Ansatte uten PC"), Locale.of("nb"));
        TargetGroup group = plans.targetGroups(plan).getFirst();
        plans.saveTargetGroup(group.id(), new TargetGroupDraft(group.name(), org.unitId("P"), group.answers().stream()
                .map(answer -> new TargetGroup.Answer(answer.question(), "Svar: " + answer.question())).toList()));
        plans.addMeasure(plan, new MeasureDraft("Oppslag på vaktrommet", MeasureChannel.PRINTED_NOTICE, group.id(),
                null, org.personId("Ed"), "=HYPERLINK(\"x\")"));
        plans.addMeasure(plan, new MeasureDraft("Pressemelding", MeasureChannel.PRESS, null, null, null, null));
        plans.addBudgetRow(plan, new BudgetRowDraft("Plakater", "Ansatte uten PC", MeasureChannel.PRINTED_NOTICE,
                2_400L));
        plans.addBudgetRow(plan, new BudgetRowDraft("Annonse; lokalavisa", null, MeasureChannel.PRESS, 12_500L));
        return plan;
    }

    /** The alternative texts of the figures in the structure tree, however deep. */
    private static List<String> figures(List<Object> kids) {
        List<String> found = new java.util.ArrayList<>();
        for (Object kid : kids) {
            if (kid instanceof org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement element) {
                if ("Figure".equals(element.getStructureType()) && element.getAlternateDescription() != null) {
                    found.add(element.getAlternateDescription());
                }
                found.addAll(figures(element.getKids()));
            }
        }
        return found;
    }

    @Test
    void thePrintedPlanIsPdfUaAndHoldsTheTemplatesPartsInTheReadersLanguage() throws IOException {
        long plan = plan();
        byte[] pdf = prints.pdf(plan, Locale.of("nb"));
        assertThat(PdfUa.failures(pdf)).as("PDF/UA-1 according to veraPDF").isEmpty();
        String text = text(pdf);
        assertThat(text).contains("Ny turnus " + org.tag(), "2026/77", "Mål for kommunikasjonen",
                "Alle kjenner turnusen før mars.", "Målgrupper", "Ansatte uten PC", "Svar: Hva må de vite?",
                "Direkte til målgruppene", "Oppslag på vaktrommet", "Media og sosiale medier", "Pressemelding",
                "Budsjett for tiltakene", "Sum", "14 900 kr");
        assertThat(text).as("a draft has no evaluation yet").doesNotContain("Evaluering");
        long intranet = plans.addMeasure(plan, new MeasureDraft("Sak om turnusen", MeasureChannel.INTRANET_ITEM, null,
                null, null, null));
        announcements.publish(plans.makeDraft(intranet));
        plans.setStatus(plan, PlanStatus.ACTIVE);
        plans.setStatus(plan, PlanStatus.CLOSED);
        plans.saveEvaluation(plan, "Oppslagene virket.", null);
        byte[] closed = prints.pdf(plan, Locale.of("nb"));
        assertThat(PdfUa.failures(closed)).as("closed, with its evaluation and its chart").isEmpty();
        try (PDDocument document = Loader.loadPDF(closed)) {
            assertThat(figures(document.getDocumentCatalog().getStructureTreeRoot().getKids()))
                    .as("the chart is a figure that says every bar").anySatisfy(alt -> assertThat(alt)
                            .startsWith("Nådd per sak i Tavla, i prosent av mottakerne: ")
                            .contains("Sak om turnusen: 0 %"));
        }
        assertThat(text(closed)).contains("Evaluering", "Planen ble avsluttet", "Etter planen?", "Hva virket?",
                "Oppslagene virket.", "Sendt på SMS");
        String english = text(prints.pdf(plan, Locale.ENGLISH));
        assertThat(english).contains("Goal of the communication", "Target groups", "Budget for the measures",
                "14,900 kr");
        try (PDDocument document = Loader.loadPDF(prints.pdf(plan, Locale.ENGLISH))) {
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("en");
        }
    }

    @Test
    void theCsvsHoldTheMeasuresAndTheBudgetWithItsTotalAndRunNoFormula() {
        long plan = plan();
        String measures = prints.measuresCsv(plan, Locale.of("nb"));
        assertThat(measures.lines().toList()).hasSize(3);
        assertThat(measures.lines().findFirst().orElseThrow()).startsWith("Tiltak;Kanal;For målgruppe;Når;Ansvarlig");
        assertThat(measures).contains("Oppslag på vaktrommet;Oppslag på papir;Ansatte uten PC;;"
                + org.personName("Ed") + ";planlagt;\"'=HYPERLINK(\"\"x\"\")\";Direkte til målgruppene");
        String budget = prints.budgetCsv(plan, Locale.ENGLISH);
        assertThat(budget.lines().toList()).containsExactly("Measure;Target group;Channel;Price in kroner",
                "Plakater;Ansatte uten PC;Printed notice;2400", "\"Annonse; lokalavisa\";;Press;12500",
                "Total;;;14900");

        ServiceSignIn.as(contexts, org.subject("Mona"));
        assertThatThrownBy(() -> prints.pdf(plan, Locale.of("nb"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> prints.budgetCsv(plan, Locale.of("nb"))).isInstanceOf(AccessDeniedException.class);
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("[\\s\\u00a0\\u202f]+", " ");
        }
    }
}
