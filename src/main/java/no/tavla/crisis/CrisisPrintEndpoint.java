package no.tavla.crisis;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import no.tavla.shared.LanguagePreferences;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * A crisis on paper: {@code /crisis-prints/{id}/notice.pdf} for whoever may see it (with a sign-off sheet for a
 * manager), {@code /crisis-prints/{id}/log.pdf} for those who lead crises; 404 for everyone else.
 */
@RestController
class CrisisPrintEndpoint {

    private final CrisisPrints prints;
    private final Crises crises;

    private final LanguagePreferences languages;

    private final no.tavla.shared.Translations translations;

    CrisisPrintEndpoint(CrisisPrints prints, Crises crises, LanguagePreferences languages,
                        no.tavla.shared.Translations translations) {
        this.translations = translations;
        this.prints = prints;
        this.crises = crises;
        this.languages = languages;
    }

    /** {@code ?lang=} names the language to print in (the page's); without it, the person's own. */
    @GetMapping("/crisis-prints/{id}/{name}")
    ResponseEntity<byte[]> print(@PathVariable String id, @PathVariable String name,
                                 @RequestParam(name = "lang", required = false) String lang,
                                 java.security.Principal principal) {
        if (!id.matches("\\d{1,18}") || !name.matches("notice\\.pdf|log\\.pdf")) {
            return ResponseEntity.notFound().build();
        }
        long crisisId = Long.parseLong(id);
        java.util.Locale language = languages.forDownload(lang, principal == null ? null : principal.getName()).locale();
        if (name.equals("log.pdf")) {
            if (!crises.mayLead() || crises.find(crisisId).isEmpty()) {
                return ResponseEntity.notFound().build();
            }
            return pdf(prints.log(crisisId, language), fileName("notice.file.crisis-log", language, crisisId));
        }
        String url = ServletUriComponentsBuilder.fromCurrentContextPath().path("/crisis/{id}").buildAndExpand(crisisId)
                .toUriString();
        try {
            return prints.notice(crisisId, url, language).map(pdf -> pdf(pdf, fileName("notice.file.crisis", language,
                    crisisId)))
                    .orElseGet(() -> ResponseEntity.notFound().build());
        } catch (AccessDeniedException e) {
            return ResponseEntity.notFound().build();
        }
    }

    /** The PDF's name in the language it is printed in: "kriselogg-7.pdf", "crisis-log-7.pdf". */
    private String fileName(String key, java.util.Locale language, long crisisId) {
        return translations.text(key, language) + "-" + crisisId + ".pdf";
    }

    private static ResponseEntity<byte[]> pdf(byte[] pdf, String fileName) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(fileName).build()
                        .toString())
                .cacheControl(CacheControl.noStore()).body(pdf);
    }
}
