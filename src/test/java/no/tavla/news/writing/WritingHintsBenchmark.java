package no.tavla.news.writing;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

/**
 * How long the writing hints take for a 5,000-word text (issue 17: at most 50 ms on the server, as the panel follows
 * the typing), in CPU time of the thread that works them out. A benchmark, not a test: run on purpose;
 * docs/BENCHMARKS.md says how and what it showed.
 */
class WritingHintsBenchmark {

    @Test
    void fiveThousandWords() {
        String paragraph = "Vedrørende den nye turnusen i hjemmetjenesten foreligger det et forslag fra arbeidsgruppen."
                + " Alle ansatte skal få si sin mening før jul, f.eks. på personalmøtet kl. 14.00. Les [her](/units/HO)"
                + " om hvordan vaktene blir fordelt i de ulike sonene, og hvilke konsekvenser det får for dem som"
                + " jobber natt og helg gjennom hele vinteren og våren. ";
        StringBuilder text = new StringBuilder("## Ny turnus\n\n");
        int words = 0;
        while (words < 5_300) {
            text.append(paragraph).append("\n\n");
            words += WritingHints.words(paragraph).size();
        }
        WritingHints hints = new WritingHints();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int warm = 0; warm < 200; warm++) {
            hints.check("Ny turnus", "Kort ingress.", text.toString(), "nb", WritingHints.Limits.DEFAULT);
        }
        long[] cpu = new long[200];
        WritingHints.Result result = null;
        for (int run = 0; run < cpu.length; run++) {
            long before = threads.getCurrentThreadCpuTime();
            result = hints.check("Ny turnus", "Kort ingress.", text.toString(), "nb", WritingHints.Limits.DEFAULT);
            cpu[run] = threads.getCurrentThreadCpuTime() - before;
        }
        Arrays.sort(cpu);
        System.out.printf("BENCHMARK writing hints, %d words, %d hints: CPU p50 %.1f ms, p95 %.1f ms, max %.1f ms%n",
                result.words(), result.hints().size(), cpu[100] / 1e6, cpu[189] / 1e6, cpu[199] / 1e6);
        assertThat(result.words()).isGreaterThanOrEqualTo(5_000);
    }
}
