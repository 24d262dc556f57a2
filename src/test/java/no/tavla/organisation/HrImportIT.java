package no.tavla.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import no.tavla.shared.Refusal;
import no.tavla.support.TavlaIntegrationTest;
import no.tavla.support.TestOrganisation;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The HR import on real MariaDB with the files HR systems and Excel really produce. Every bad file ends in clear
 * problems and nothing imported. Codes and numbers are unique per test, so the tests share one database safely.
 */
@TavlaIntegrationTest
@WithMockUser(username = "siri", roles = "ADMIN")
class HrImportIT {

    @Autowired
    HrImportService imports;

    @Autowired
    JdbcTemplate jdbc;

    private final String tag = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    private final String numbers = String.valueOf(100000 + (int) (Math.random() * 800000));

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] withBom(byte[] bytes) {
        byte[] result = new byte[bytes.length + 3];
        result[0] = (byte) 0xEF;
        result[1] = (byte) 0xBB;
        result[2] = (byte) 0xBF;
        System.arraycopy(bytes, 0, result, 3, bytes.length);
        return result;
    }

    private String units() {
        return "Kode;Navn;Type;Overordnet\n"
                + tag + "-S;Helse;sektor;\n"
                + tag + "-U;Hjemmetjenesten;virksomhet;" + tag + "-S\n";
    }

    private int peopleCount() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM person", Integer.class);
    }

    private int unitCount() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM unit", Integer.class);
    }

    private List<String> problemKeys(ImportPreview preview) {
        return preview.problems().stream().map(ImportProblem::key).toList();
    }

    /** Asserts the files are refused with the given problem, and that nothing at all was written. */
    private ImportProblem refused(ImportFiles files, String key) {
        int people = peopleCount();
        int units = unitCount();
        ImportPreview preview = imports.preview(files, ImportMode.PARTIAL);
        assertThat(preview.canApply()).isFalse();
        assertThat(problemKeys(preview)).contains(key);
        assertThatThrownBy(() -> imports.apply(files, ImportMode.PARTIAL)).isInstanceOf(ImportRejected.class);
        assertThat(peopleCount()).isEqualTo(people);
        assertThat(unitCount()).isEqualTo(units);
        return preview.problems().stream().filter(p -> p.key().equals(key)).findFirst().orElseThrow();
    }

    @Test
    void theDemoMunicipalityImportsCleanlyAndAgainWithoutChanges() throws IOException {
        ImportFiles demo = new ImportFiles(new ClassPathResource("demo/units.csv").getContentAsByteArray(),
                new ClassPathResource("demo/people.csv").getContentAsByteArray());
        ImportPreview preview = imports.preview(demo, ImportMode.PARTIAL);
        assertThat(preview.problems()).isEmpty();
        assertThat(preview.units()).isEqualTo(16);
        assertThat(preview.people()).isEqualTo(300);
        assertThat(preview.peopleWithoutComputer()).isEqualTo(120);

        imports.apply(demo, ImportMode.PARTIAL);
        ImportPreview again = imports.preview(demo, ImportMode.PARTIAL);
        assertThat(again.newUnits()).isZero();
        assertThat(again.newPeople()).isZero();
        assertThat(jdbc.queryForObject("SELECT p.name FROM person p JOIN unit u ON u.id = p.primary_unit_id"
                + " WHERE p.employee_number = '10001' AND u.code = 'HO-HJT'", String.class)).isEqualTo("Kari Nordmann");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM unit u JOIN unit p ON p.id = u.parent_id"
                + " WHERE u.code = 'HO-SYK-KJ' AND p.code = 'HO-SYK'", Integer.class)).isEqualTo(1);
    }

    @Test
    void aFileWithAByteOrderMarkSemicolonsAndQuotedLineBreaksIsRead() {
        String people = "Ansattnummer;Navn;E-post;Stilling;Enhet;Ansvar;Har PC\n"
                + numbers + "1;Bjørg Ødegård;bjorg@demo.no;Renholder;" + tag + "-U;\"Nøkler til rådhuset.\nRenhold; 2. etasje\";nei\n";
        ImportSummary summary = imports.apply(new ImportFiles(withBom(utf8(units())), withBom(utf8(people))),
                ImportMode.PARTIAL);
        assertThat(summary.unitsCreated()).isEqualTo(2);
        assertThat(summary.peopleCreated()).isEqualTo(1);
        assertThat(jdbc.queryForMap("SELECT name, responsibilities, has_work_computer FROM person"
                + " WHERE employee_number = ?", numbers + "1"))
                .containsEntry("name", "Bjørg Ødegård")
                .containsEntry("responsibilities", "Nøkler til rådhuset.\nRenhold; 2. etasje")
                .containsEntry("has_work_computer", false);
    }

    @Test
    void theLanguageColumnTakesAllFourLanguagesByTagOrByName() {
        String people = "Ansattnummer;Navn;Enhet;Språk\n"
                + numbers + "6;Ragnhild Vik;" + tag + "-U;nynorsk\n"
                + numbers + "7;Sven Berg;" + tag + "-U;sv\n"
                + numbers + "8;Siv Dal;" + tag + "-U;Svenska\n"
                + numbers + "9;Bjørn Li;" + tag + "-U;bokmål\n";
        imports.apply(new ImportFiles(utf8(units()), utf8(people)), ImportMode.PARTIAL);
        assertThat(jdbc.queryForList("SELECT preferred_language FROM person WHERE employee_number IN (?, ?, ?, ?)"
                + " ORDER BY employee_number", String.class, numbers + "6", numbers + "7", numbers + "8",
                numbers + "9")).containsExactly("nn", "sv", "sv", "nb");
    }

    @Test
    void windows1252FromExcelKeepsTheNorwegianLetters() {
        Charset windows1252 = Charset.forName("windows-1252");
        byte[] units = ("Kode;Navn;Type;Overordnet\n" + tag + "-K;Kjøkkenet på Åsen;avdeling;\n").getBytes(windows1252);
        byte[] people = ("Ansattnummer;Navn;Enhet\n" + numbers + "2;Ærlig Østbø;" + tag + "-K\n").getBytes(windows1252);
        imports.apply(new ImportFiles(units, people), ImportMode.PARTIAL);
        assertThat(jdbc.queryForObject("SELECT name FROM unit WHERE code = ?", String.class, tag + "-K"))
                .isEqualTo("Kjøkkenet på Åsen");
        assertThat(jdbc.queryForObject("SELECT name FROM person WHERE employee_number = ?", String.class,
                numbers + "2")).isEqualTo("Ærlig Østbø");
    }

    @Test
    void commasAndEnglishHeadersWorkToo() {
        String units = "code,name,type,parent\n" + tag + "-C,\"Drift, vei og park\",unit,\n";
        String people = "employee number,name,unit,has computer\n" + numbers + "3,Per Olsen," + tag + "-C,no\n";
        imports.apply(new ImportFiles(utf8(units), utf8(people)), ImportMode.PARTIAL);
        assertThat(jdbc.queryForObject("SELECT name FROM unit WHERE code = ?", String.class, tag + "-C"))
                .isEqualTo("Drift, vei og park");
    }

    @Test
    void duplicateEmployeeNumbersAreRefusedWithBothLines() {
        String people = "Ansattnummer;Navn;Enhet\n" + numbers + "4;Anne;" + tag + "-U\n" + numbers + "4;Berit;" + tag + "-U\n";
        ImportProblem problem = refused(new ImportFiles(utf8(units()), utf8(people)), "import.person.number.duplicate");
        assertThat(problem.file()).isEqualTo("people");
        assertThat(problem.line()).isEqualTo(3);
        assertThat(problem.detail()).containsExactly(numbers + "4", "2");
    }

    @Test
    void anUnknownParentUnitIsRefusedNamingIt() {
        String units = "Kode;Navn;Type;Overordnet\n" + tag + "-A;Avdeling;avdeling;" + tag + "-NOPE\n";
        ImportProblem problem = refused(new ImportFiles(utf8(units), null), "import.unit.parent.unknown");
        assertThat(problem.line()).isEqualTo(2);
        assertThat(problem.column()).isEqualTo("Overordnet");
        assertThat(problem.detail()).containsExactly(tag + "-NOPE");
    }

    @Test
    void aCycleInTheUnitTreeIsRefusedShowingTheCircle() {
        String units = "Kode;Navn;Type;Overordnet\n"
                + tag + "-A;A;virksomhet;" + tag + "-B\n"
                + tag + "-B;B;avdeling;" + tag + "-C\n"
                + tag + "-C;C;avdeling;" + tag + "-A\n";
        ImportProblem problem = refused(new ImportFiles(utf8(units), null), "import.unit.cycle");
        assertThat(problem.detail().get(0)).contains(tag + "-A").contains(tag + "-B").contains(tag + "-C");
        assertThat(imports.preview(new ImportFiles(utf8(units), null), ImportMode.PARTIAL).problems()
                .stream().filter(p -> p.key().equals("import.unit.cycle")).count()).isEqualTo(1);
    }

    @Test
    void emptyFilesAreRefused() {
        refused(new ImportFiles(new byte[0], new byte[0]), "import.file.empty");
        refused(new ImportFiles(utf8("Kode;Navn;Type;Overordnet\n"), null), "import.file.no-rows");
    }

    @Test
    void aTwentyMegabyteFileIsRefusedBeforeItIsRead() {
        byte[] huge = new byte[20 * 1024 * 1024];
        Arrays.fill(huge, (byte) 'a');
        ImportProblem problem = refused(new ImportFiles(null, huge), "import.file.too-large");
        assertThat(problem.detail()).containsExactly("15");
    }

    @Test
    void aMissingColumnAndBadValuesAreAllListedAtOnce() {
        String people = "Ansattnummer;Navn;E-post;Enhet;Har PC;Språk;Mobil\n"
                + numbers + "5;;ikke-en-adresse;" + tag + "-U;kanskje;tysk;62 00 25 50\n";
        ImportPreview preview = imports.preview(new ImportFiles(utf8(units()), utf8(people)), ImportMode.PARTIAL);
        assertThat(problemKeys(preview)).contains("import.value.required", "import.value.email",
                "import.person.computer.invalid", "import.person.language.invalid", "import.person.mobile.invalid");
        assertThat(problemKeys(imports.preview(new ImportFiles(utf8("Kode;Navn\nX;Y\n"), null), ImportMode.PARTIAL)))
                .contains("import.column.missing");
    }

    @Test
    void anUnclosedQuoteIsRefusedAsMalformed() {
        String units = "Kode;Navn;Type;Overordnet\n" + tag + "-Q;\"Uten slutt;virksomhet;\n";
        refused(new ImportFiles(utf8(units), null), "import.file.malformed");
    }

    @Test
    void aFullImportDeactivatesThoseMissingAndDeletesNobody() throws IOException {
        String both = "Ansattnummer;Navn;Enhet\n" + numbers + "6;Stays;" + tag + "-U\n" + numbers + "7;Leaves;" + tag + "-U\n";
        imports.apply(new ImportFiles(utf8(units()), utf8(both)), ImportMode.PARTIAL);
        int people = peopleCount();
        List<Long> active = activePeople();
        try {
            String one = "Ansattnummer;Navn;Enhet\n" + numbers + "6;Stays;" + tag + "-U\n";
            ImportPreview preview = imports.preview(new ImportFiles(null, utf8(one)), ImportMode.FULL);
            assertThat(preview.peopleToDeactivate()).isGreaterThanOrEqualTo(1);
            ImportSummary summary = imports.apply(new ImportFiles(null, utf8(one)), ImportMode.FULL,
                    preview.peopleToDeactivate());
            assertThat(summary.peopleDeactivated()).isEqualTo(preview.peopleToDeactivate());
            assertThat(peopleCount()).isEqualTo(people);
            assertThat(jdbc.queryForObject("SELECT status FROM person WHERE employee_number = ?", String.class,
                    numbers + "7")).isEqualTo("LEFT");
            assertThat(jdbc.queryForObject("SELECT status FROM person WHERE employee_number = ?", String.class,
                    numbers + "6")).isEqualTo("ACTIVE");

            // back in the next file: active again
            imports.apply(new ImportFiles(null, utf8(both)), ImportMode.PARTIAL);
            assertThat(jdbc.queryForObject("SELECT status FROM person WHERE employee_number = ?", String.class,
                    numbers + "7")).isEqualTo("ACTIVE");
        } finally {
            restore(active);
        }
    }

    @Test
    void aFullImportThatWouldDeactivateManyNeedsTheirNumberAndOtherwiseWritesNothing() throws IOException {
        imports.apply(new ImportFiles(utf8(units()), null), ImportMode.PARTIAL);
        List<Long> active = activePeople();
        try {
            String four = "Ansattnummer;Navn;Enhet\n" + numbers + "1;En;" + tag + "-U\n" + numbers + "2;To;" + tag
                    + "-U\n" + numbers + "3;Tre;" + tag + "-U\n" + numbers + "4;Fire;" + tag + "-U\n";
            ImportFiles files = new ImportFiles(null, utf8(four));
            ImportPreview preview = imports.preview(files, ImportMode.FULL);
            assertThat(preview.peopleToDeactivate()).isEqualTo(active.size());
            assertThat(preview.confirmationNeeded()).isTrue();
            int people = peopleCount();
            for (int wrong : new int[] {0, preview.peopleToDeactivate() - 1, preview.peopleToDeactivate() + 1}) {
                assertThatThrownBy(() -> imports.apply(files, ImportMode.FULL, wrong))
                        .isInstanceOf(Refusal.class).extracting(e -> ((Refusal) e).key())
                        .isEqualTo("import.deactivations.confirm");
                assertThat(peopleCount()).as("nothing written").isEqualTo(people);
                assertThat(activePeople()).containsExactlyInAnyOrderElementsOf(active);
            }
            assertThat(imports.preview(files, ImportMode.PARTIAL).confirmationNeeded()).isFalse();
            ImportSummary done = imports.apply(files, ImportMode.FULL, preview.peopleToDeactivate());
            assertThat(done.peopleDeactivated()).isEqualTo(active.size());
        } finally {
            restore(active);
        }
    }

    @Test
    void aFewLeaversNeedNoConfirmation() {
        assertThat(imports.needsConfirmation(0, 300)).isFalse();
        assertThat(imports.needsConfirmation(30, 300)).as("10 % exactly").isFalse();
        assertThat(imports.needsConfirmation(31, 300)).isTrue();
        assertThat(imports.needsConfirmation(296, 300)).isTrue();
    }

    @Test
    void someoneWhoSignedInWithoutBeingInHrIsDeactivatedByAFullImportLikeAnyoneMissing() throws IOException {
        String signedInOnly = new TestOrganisation(jdbc, "hr").person("only", null).subject();
        imports.apply(new ImportFiles(utf8(units()), null), ImportMode.PARTIAL);
        List<Long> active = activePeople();
        try {
            String one = "Ansattnummer;Navn;Enhet\n" + numbers + "6;Stays;" + tag + "-U\n";
            ImportPreview preview = imports.preview(new ImportFiles(null, utf8(one)), ImportMode.FULL);
            imports.apply(new ImportFiles(null, utf8(one)), ImportMode.FULL, preview.peopleToDeactivate());
            assertThat(jdbc.queryForObject("SELECT status FROM person WHERE subject = ?", String.class,
                    signedInOnly)).isEqualTo("LEFT");
        } finally {
            restore(active);
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM person WHERE subject = ?", Integer.class, signedInOnly))
                .as("never deleted").isEqualTo(1);
    }

    private List<Long> activePeople() {
        return jdbc.queryForList("SELECT id FROM person WHERE status = 'ACTIVE'", Long.class);
    }

    /** A full import deactivates everyone else; the other tests' people must come back. */
    private void restore(List<Long> active) {
        for (Long id : active) {
            jdbc.update("UPDATE person SET status = 'ACTIVE' WHERE id = ?", id);
        }
    }

    @Test
    void movingAUnitKeepsItsHistory() {
        String first = "Kode;Navn;Type;Overordnet\n" + tag + "-X;X;sektor;\n" + tag + "-Y;Y;sektor;\n"
                + tag + "-M;Moves;virksomhet;" + tag + "-X\n";
        imports.apply(new ImportFiles(utf8(first), null), ImportMode.PARTIAL);
        ImportSummary moved = imports.apply(new ImportFiles(utf8(first.replace(tag + "-M;Moves;virksomhet;" + tag + "-X",
                tag + "-M;Moves;virksomhet;" + tag + "-Y")), null), ImportMode.PARTIAL);
        assertThat(moved.unitsMoved()).isEqualTo(1);
        assertThat(jdbc.queryForMap("SELECT f.code AS from_code, t.code AS to_code, m.moved_by FROM unit_move m"
                + " JOIN unit u ON u.id = m.unit_id JOIN unit f ON f.id = m.from_parent_id"
                + " JOIN unit t ON t.id = m.to_parent_id WHERE u.code = ?", tag + "-M"))
                .containsEntry("from_code", tag + "-X").containsEntry("to_code", tag + "-Y")
                .containsEntry("moved_by", "siri");
    }

    @Test
    void someoneWhoSignedInBeforeHrListedThemIsLinkedByEmail() {
        String email = "linked-" + tag.toLowerCase() + "@demo.no";
        String signedIn = new TestOrganisation(jdbc, "hr").person("signed-in", null).email(email).subject();
        String people = "Ansattnummer;Navn;E-post;Enhet\n" + numbers + "8;Lina Lenket;" + email + ";" + tag + "-U\n";
        ImportSummary summary = imports.apply(new ImportFiles(utf8(units()), utf8(people)), ImportMode.PARTIAL);
        assertThat(summary.peopleUpdated()).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT employee_number FROM person WHERE subject = ?", String.class,
                signedIn)).isEqualTo(numbers + "8");
    }

    @Test
    void aRunningImportTellsHowFarItHasComeStageByStage() {
        StringBuilder people = new StringBuilder("Ansattnummer;Navn;Enhet\n");
        for (int i = 0; i < 2500; i++) {
            people.append(numbers).append("-").append(i).append(";Person ").append(i).append(";").append(tag)
                    .append("-U\n");
        }
        List<String> heard = new java.util.concurrent.CopyOnWriteArrayList<>();
        ImportSummary summary = imports.start(new ImportFiles(utf8(units()), utf8(people.toString())),
                ImportMode.PARTIAL, 0, (stage, done, total) -> heard.add(stage + " " + done + "/" + total)).join();
        assertThat(summary.peopleCreated()).isEqualTo(2500);
        assertThat(heard).containsSubsequence("CHECKING 0/1", "UNITS 0/2", "UNITS 2/2", "PEOPLE 0/2500",
                "PEOPLE 1000/2500", "PEOPLE 2000/2500", "PEOPLE 2500/2500", "FINISHING 0/1");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM person WHERE employee_number LIKE ?", Integer.class,
                numbers + "-%")).isEqualTo(2500);
    }

    @Test
    void aBackgroundImportOfBadFilesEndsInTheProblemsAndWritesNothing() {
        int before = peopleCount();
        var answer = imports.start(new ImportFiles(null, utf8("Ansattnummer;Navn;Enhet\n1;A;FINNES-IKKE\n")),
                ImportMode.PARTIAL, 0, ImportProgress.NONE);
        assertThatThrownBy(answer::join).hasCauseInstanceOf(ImportRejected.class);
        assertThat(peopleCount()).isEqualTo(before);
    }

    @Test
    void whatTheFileHasNoColumnForKeepsWhatWasEditedInTavla() {
        String full = "Ansattnummer;Navn;Enhet;Ansvar;Stikkord;Har PC;Andre enheter\n"
                + numbers + "9;Åse Ansvar;" + tag + "-U;Turnus;turnus;nei;" + tag + "-S\n";
        imports.apply(new ImportFiles(utf8(units()), utf8(full)), ImportMode.PARTIAL);
        jdbc.update("UPDATE person SET responsibilities = 'Nøkler og alarm', phone = '99 88 77 66'"
                + " WHERE employee_number = ?", numbers + "9");

        String slim = "Ansattnummer;Navn;Enhet\n" + numbers + "9;Åse Ansvar;" + tag + "-U\n";
        imports.apply(new ImportFiles(null, utf8(slim)), ImportMode.PARTIAL);
        assertThat(jdbc.queryForMap("SELECT responsibilities, tags, phone, has_work_computer FROM person"
                + " WHERE employee_number = ?", numbers + "9"))
                .containsEntry("responsibilities", "Nøkler og alarm").containsEntry("tags", "turnus")
                .containsEntry("phone", "99 88 77 66").containsEntry("has_work_computer", false);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM person_membership m JOIN person p ON p.id = m.person_id"
                + " WHERE p.employee_number = ?", Integer.class, numbers + "9")).isEqualTo(1);

        String cleared = "Ansattnummer;Navn;Enhet;Ansvar;Andre enheter\n" + numbers + "9;Åse Ansvar;" + tag + "-U;;\n";
        imports.apply(new ImportFiles(null, utf8(cleared)), ImportMode.PARTIAL);
        assertThat(jdbc.queryForMap("SELECT responsibilities, tags FROM person WHERE employee_number = ?",
                numbers + "9")).containsEntry("responsibilities", null).containsEntry("tags", "turnus");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM person_membership m JOIN person p ON p.id = m.person_id"
                + " WHERE p.employee_number = ?", Integer.class, numbers + "9")).isZero();
    }

    @Test
    void aMobileNumberIsKeptInTheFormSmsGatewaysWantAndAFileWithoutTheColumnKeepsIt() {
        String people = "Ansattnummer;Navn;Enhet;Telefon;Mobil\n" + numbers + "8;Mona Mobil;" + tag
                + "-U;62 00 25 50;912 34 567\n";
        imports.apply(new ImportFiles(utf8(units()), utf8(people)), ImportMode.PARTIAL);
        assertThat(jdbc.queryForMap("SELECT phone, mobile FROM person WHERE employee_number = ?", numbers + "8"))
                .containsEntry("phone", "62 00 25 50").containsEntry("mobile", "+4791234567");
        imports.apply(new ImportFiles(null, utf8("Ansattnummer;Navn;Enhet\n" + numbers + "8;Mona Mobil;" + tag
                + "-U\n")), ImportMode.PARTIAL);
        assertThat(jdbc.queryForObject("SELECT mobile FROM person WHERE employee_number = ?", String.class,
                numbers + "8")).isEqualTo("+4791234567");
        imports.apply(new ImportFiles(null, utf8("Ansattnummer;Navn;Enhet;Mobil\n" + numbers + "8;Mona Mobil;" + tag
                + "-U;\n")), ImportMode.PARTIAL);
        assertThat(jdbc.queryForObject("SELECT mobile FROM person WHERE employee_number = ?", String.class,
                numbers + "8")).isNull();
    }

    @Test
    @WithMockUser(roles = {"EMPLOYEE", "COMMUNICATIONS"})
    void onlyAdministratorsMayImport() {
        ImportFiles files = new ImportFiles(utf8(units()), null);
        assertThatThrownBy(() -> imports.preview(files, ImportMode.PARTIAL)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> imports.apply(files, ImportMode.PARTIAL)).isInstanceOf(AccessDeniedException.class);
    }
}
