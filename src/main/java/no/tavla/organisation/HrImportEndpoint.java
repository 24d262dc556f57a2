package no.tavla.organisation;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import no.tavla.shared.Refusal;
import no.tavla.shared.Translations;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The HR import for machines: the nightly sync posts the same CSV files an administrator would upload, with an API
 * token. {@code dryRun=true} only previews. Problems come back as 422 with the same plain-language messages, in the
 * language of {@code Accept-Language} (Bokmål by default).
 */
@RestController
class HrImportEndpoint {

    private final HrImportService imports;
    private final Translations translations;

    HrImportEndpoint(HrImportService imports, Translations translations) {
        this.imports = imports;
        this.translations = translations;
    }

    record Problem(String file, int line, String column, String key, String message) {
    }

    record Answer(String status, ImportSummary summary, ImportPreview preview, List<Problem> problems) {
    }

    @PostMapping(path = "/api/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Answer> importFiles(@RequestParam(required = false) MultipartFile units,
                                       @RequestParam(required = false) MultipartFile people,
                                       @RequestParam(defaultValue = "PARTIAL") String mode,
                                       @RequestParam(defaultValue = "false") boolean dryRun,
                                       @RequestParam(required = false) String confirmDeactivations,
                                       Locale locale) throws IOException {
        ImportMode importMode;
        try {
            importMode = ImportMode.valueOf(mode.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return ResponseEntity.badRequest().body(new Answer("bad-request", null, null, List.of(new Problem("", 0,
                    "mode", "import.mode.invalid", translations.text("import.mode.invalid", locale, mode)))));
        }
        ImportFiles files = new ImportFiles(units == null ? null : units.getBytes(),
                people == null ? null : people.getBytes());
        ImportPreview preview = imports.preview(files, importMode);
        if (!preview.canApply()) {
            return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT)
                    .body(new Answer("rejected", null, null, problems(preview.problems(), locale)));
        }
        if (dryRun) {
            return ResponseEntity.ok(new Answer("preview", null, preview, List.of()));
        }
        int confirmed = confirmDeactivations != null && confirmDeactivations.strip().matches("\\d{1,9}")
                ? Integer.parseInt(confirmDeactivations.strip()) : 0;
        try {
            return ResponseEntity.ok(new Answer("imported", imports.apply(files, importMode, confirmed), preview,
                    List.of()));
        } catch (ImportRejected rejected) {
            return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT)
                    .body(new Answer("rejected", null, null, problems(rejected.problems(), locale)));
        } catch (Refusal refusal) {
            // too many to deactivate without confirmDeactivations=N, or another import running
            return ResponseEntity.status(refusal.key().equals("import.busy") ? HttpStatus.CONFLICT
                    : HttpStatus.UNPROCESSABLE_CONTENT).body(new Answer("refused", null, preview,
                    List.of(new Problem("", 0, "confirmDeactivations", refusal.key(),
                            translations.text(refusal.key(), locale, refusal.arguments())))));
        }
    }

    private List<Problem> problems(List<ImportProblem> problems, Locale locale) {
        return problems.stream().map(p -> new Problem(p.file(), p.line(), p.column(), p.key(),
                translations.text(p.key(), locale, p.arguments(translations.text("import.file." + p.file(), locale)))))
                .toList();
    }
}
