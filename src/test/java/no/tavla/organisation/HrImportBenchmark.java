package no.tavla.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import no.tavla.support.TavlaIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * How long a full HR import of 50,000 people takes (the target is under a minute). A benchmark, not a test: it is run
 * on purpose, never by {@code ./mvnw verify}; docs/BENCHMARKS.md says how and what it showed.
 */
@TavlaIntegrationTest
@WithMockUser(username = "benchmark", roles = "ADMIN")
class HrImportBenchmark {

    private static final int PEOPLE = 50_000;

    @Autowired
    HrImportService imports;

    @Autowired
    PeopleDirectory directory;

    @Test
    void fiftyThousandPeople() {
        StringBuilder units = new StringBuilder("Kode;Navn;Type;Overordnet\n");
        for (int sector = 0; sector < 10; sector++) {
            units.append("B").append(sector).append(";Sektor ").append(sector).append(";sektor;\n");
            for (int unit = 0; unit < 20; unit++) {
                units.append("B").append(sector).append('-').append(unit).append(";Virksomhet ").append(unit)
                        .append(";virksomhet;B").append(sector).append('\n');
            }
        }
        StringBuilder people = new StringBuilder(
                "Ansattnummer;Navn;E-post;Stilling;Enhet;Andre enheter;Telefon;Ansvar;Stikkord;Har PC\n");
        for (int i = 0; i < PEOPLE; i++) {
            people.append("B").append(i).append(";Person Nummer ").append(i).append(";person").append(i)
                    .append("@demo.kommune.no;Helsefagarbeider;B").append(i % 10).append('-').append(i % 20)
                    .append(";B").append((i + 1) % 10).append(";9").append(1000000 + i)
                    .append(";\"Ansvar for ting\nog tang\";stikkord;").append(i % 5 < 2 ? "nei" : "ja").append('\n');
        }
        ImportFiles files = new ImportFiles(units.toString().getBytes(StandardCharsets.UTF_8),
                people.toString().getBytes(StandardCharsets.UTF_8));

        long start = System.nanoTime();
        ImportPreview preview = imports.preview(files, ImportMode.FULL);
        long previewed = System.nanoTime();
        ImportSummary first = imports.apply(files, ImportMode.FULL);
        long applied = System.nanoTime();
        ImportSummary second = imports.apply(files, ImportMode.FULL);
        long reapplied = System.nanoTime();

        assertThat(preview.problems()).isEmpty();
        assertThat(first.peopleCreated() + first.peopleUpdated()).isEqualTo(PEOPLE);
        assertThat(second.peopleUpdated()).isEqualTo(PEOPLE);
        long listed = System.nanoTime();
        int all = directory.count(PeopleFilter.everyone());
        directory.find(PeopleFilter.everyone(), 0, 50);
        directory.find(PeopleFilter.everyone(), 25_000, 50);
        long firstPages = System.nanoTime();
        directory.count(new PeopleFilter("Nummer 4711", null, null, false, false));
        directory.find(new PeopleFilter("Nummer 4711", null, null, false, false), 0, 50);
        long searched = System.nanoTime();
        assertThat(all).isGreaterThanOrEqualTo(PEOPLE);
        System.out.printf("BENCHMARK people list of %,d: count and two pages %d ms, search without a computer %d ms%n",
                all, (firstPages - listed) / 1_000_000, (searched - firstPages) / 1_000_000);
        System.out.printf("BENCHMARK HR import of %,d people (%,d bytes): preview %d ms, first apply %d ms,"
                        + " second apply (all updates) %d ms%n", PEOPLE, files.people().length,
                (previewed - start) / 1_000_000, (applied - previewed) / 1_000_000, (reapplied - applied) / 1_000_000);
    }
}
