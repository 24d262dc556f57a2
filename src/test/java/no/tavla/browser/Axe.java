package no.tavla.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

import com.microsoft.playwright.Page;

/**
 * axe-core 4.14, run in the page as it is now (decision 0016): WCAG 2.1 A and AA, with the experimental
 * label-in-name rule turned on. Best-practice findings are collected apart, in {@code target/axe-best-practice.txt}.
 */
final class Axe {

    private static final String SOURCE = read("/axe/axe.min.js");
    private static final Path BEST_PRACTICE = Path.of("target", "axe-best-practice.txt");

    /** Runs axe in the page and answers what it found, as {@code "rule (help) at target, target"} lines. */
    private static final String RUN = """
            async ([tags, experimental]) => {
              const rules = {};
              for (const rule of experimental) rules[rule] = {enabled: true};
              const results = await axe.run(document, {runOnly: {type: 'tag', values: tags}, rules,
                  resultTypes: ['violations']});
              return results.violations.map(v => v.id + ' (' + v.help + ') at '
                  + v.nodes.map(n => JSON.stringify(n.target)).join(', '));
            }""";

    private Axe() {
    }

    /** What breaks WCAG 2.1 A or AA on the page as it is shown now, one line per rule; empty when nothing does. */
    static List<String> violations(Page page) {
        load(page);
        List<String> found = strings(page.evaluate(RUN, List.of(
                List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"), List.of("label-content-name-mismatch"))));
        List<String> advice = strings(page.evaluate(RUN, List.of(List.of("best-practice"), List.of())));
        if (!advice.isEmpty()) {
            try {
                Files.createDirectories(BEST_PRACTICE.getParent());
                Files.writeString(BEST_PRACTICE, page.url() + "\n  " + String.join("\n  ", advice) + "\n",
                        StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return found;
    }

    /** The version of axe in the page, to show the suite runs what it says. */
    static String version(Page page) {
        load(page);
        return (String) page.evaluate("() => axe.version");
    }

    private static void load(Page page) {
        if (!Boolean.TRUE.equals(page.evaluate("() => typeof window.axe === 'object'"))) {
            // the whole file as one expression: Playwright evaluates it through the debugger, outside the page's CSP
            page.evaluate("() => { " + SOURCE + "\n}");
            page.evaluate("() => { if (typeof window.axe !== 'object') throw new Error('axe did not load'); }");
        }
    }

    private static List<String> strings(Object result) {
        List<String> strings = new ArrayList<>();
        if (result instanceof List<?> list) {
            list.forEach(item -> strings.add(String.valueOf(item)));
        }
        return strings;
    }

    private static String read(String resource) {
        try (InputStream in = Axe.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the test resources");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
