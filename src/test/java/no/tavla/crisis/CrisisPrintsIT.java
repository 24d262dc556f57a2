package no.tavla.crisis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;

import no.tavla.shared.Language;
import no.tavla.support.CrisisCleanup;
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
 * A crisis on paper (issue 15): the notice in large type with its QR code for everyone it holds, ØVELSE on a drill's,
 * a manager's with the sign-off sheet of their staff who have not confirmed; the log as a PDF for those who lead,
 * with its messages and confirmations over time; both PDF/UA.
 */
@TavlaIntegrationTest
class CrisisPrintsIT {

    private static final java.util.Locale NB = Language.BOKMAAL.locale();

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Crises crises;
    @Autowired
    CrisisPrints prints;
    @Autowired
    ObjectProvider<SecurityContextHolderStrategy> contexts;

    private TestOrganisation org;

    @BeforeEach
    void organisation() {
        CrisisCleanup.endEveryCrisis(jdbc);
        org = new TestOrganisation(jdbc, "crisisprint");
        org.unit("S");
        org.unit("T");
        org.person("Mona", "S");
        org.person("Per", "S").withoutComputer();
        org.person("Mia", "S").role("MANAGER", "S");
        org.person("Lise", "T");
        org.person("Cato", "T").role("CRISIS", null);
        org.person("Tor", "T").role("MANAGER", "S");
    }

    @AfterEach
    void end() {
        ServiceSignIn.out(contexts);
        CrisisCleanup.endEveryCrisis(jdbc);
    }

    private void as(String name, String... roles) {
        ServiceSignIn.as(contexts, org.subject(name), roles);
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    @Test
    void theNoticeIsForThoseItHoldsAndAManagersCarriesTheSheetOfTheirStaffNotReached() throws Exception {
        as("Cato", "CRISIS");
        Crisis crisis = crises.switchOn(new CrisisDraft("Vannforurensing " + org.tag(), "Ikke drikk vann fra"
                + " springen.", false, Set.of(org.unitId("S")), false));
        crises.post(crisis.id(), "Vann deles ut ved rådhuset fra kl. 14.", false, false);
        as("Mona");
        crises.confirm(crisis.id());
        byte[] notice = prints.notice(crisis.id(), "https://tavla.example/crisis/" + crisis.id(), NB).orElseThrow();
        assertThat(text(notice)).contains("KRISE").contains("Vannforurensing " + org.tag())
                .contains("Ikke drikk vann fra springen.").contains("Vann deles ut ved rådhuset fra kl. 14.")
                .contains("/crisis/" + crisis.id()).doesNotContain("Signaturliste");
        assertThat(PdfUa.failures(notice)).as("PDF/UA-1 according to veraPDF").isEmpty();

        as("Mia");
        String sheet = text(prints.notice(crisis.id(), "https://tavla.example/crisis/" + crisis.id(), NB).orElseThrow());
        assertThat(sheet).contains("Signaturliste").contains(org.personName("Per"))
                .doesNotContain(org.personName("Mona")).doesNotContain(org.personName("Lise"));

        as("Tor");
        assertThat(prints.notice(crisis.id(), "https://tavla.example/crisis/" + crisis.id(), NB).map(pdf -> {
            try {
                return text(pdf);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        })).as("a manager of S who works in T, outside the scope, still follows up S's staff").get().asString()
                .contains("Signaturliste").contains(org.personName("Per"));

        as("Lise");
        assertThat(prints.notice(crisis.id(), "https://tavla.example/x", NB)).as("not hers to see").isEmpty();
        assertThatThrownBy(() -> prints.log(crisis.id(), NB)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theNoticeAndTheLogComeInTheLanguageOfThePersonPrinting() throws Exception {
        as("Cato", "CRISIS");
        Crisis drill = crises.switchOn(new CrisisDraft("Straumbrot " + org.tag(), "Straumen er borte.", false,
                Set.of(org.unitId("S")), true));
        as("Mona");
        assertThat(text(prints.notice(drill.id(), "https://tavla.example/crisis/" + drill.id(),
                Language.NYNORSK.locale()).orElseThrow())).contains("ØVING", "Dette er ei øving", "Skrive ut:")
                .doesNotContain("ØVELSE");
        as("Cato", "CRISIS");
        byte[] log = prints.log(drill.id(), Language.SWEDISH.locale());
        assertThat(text(log)).contains("Logg: ÖVNING: Straumbrot " + org.tag(), "påslaget", "har bekräftat")
                .doesNotContain("slått på");
        assertThat(PdfUa.failures(log)).isEmpty();
    }

    @Test
    void theLogIsAPdfForTheEvaluationAndADrillsSaysOvelse() throws Exception {
        as("Cato", "CRISIS");
        Crisis drill = crises.switchOn(new CrisisDraft("Strømbrudd " + org.tag(), "Øvelse: strømmen er borte.", false,
                Set.of(org.unitId("S")), true));
        as("Mona");
        crises.confirm(drill.id());
        assertThat(text(prints.notice(drill.id(), "https://tavla.example/crisis/" + drill.id(), NB).orElseThrow()))
                .contains("ØVELSE").contains("Dette er en øvelse");
        as("Cato", "CRISIS");
        crises.switchOff(drill.id(), "Øvelsen er over.");
        byte[] log = prints.log(drill.id(), NB);
        assertThat(text(log)).contains("Logg: ØVELSE: Strømbrudd " + org.tag()).contains("slått på")
                .contains("personer berørt").contains("slått av: Øvelsen er over.").contains("1 har bekreftet")
                .contains("Bekreftelser over tid");
        assertThat(PdfUa.failures(log)).as("PDF/UA-1 according to veraPDF").isEmpty();
    }
}
