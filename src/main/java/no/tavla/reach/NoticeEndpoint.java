package no.tavla.reach;

import no.tavla.shared.Language;
import no.tavla.shared.LanguagePreferences;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** A notice as PDF at {@code /notices/{id}.pdf}, for those who may open the item (404 for everyone else). */
@RestController
class NoticeEndpoint {

    private final Notices notices;
    private final LanguagePreferences languages;
    private final no.tavla.shared.Translations translations;

    NoticeEndpoint(Notices notices, LanguagePreferences languages, no.tavla.shared.Translations translations) {
        this.notices = notices;
        this.translations = translations;
        this.languages = languages;
    }

    /**
     * {@code ?lang=} names the language to print in (the page's), without it the person's own; {@code &text=} the
     * item's version to print (the one read on its page), without it the item as written.
     */
    @GetMapping("/notices/{name}")
    ResponseEntity<byte[]> notice(@PathVariable String name, @RequestParam(name = "lang", required = false) String lang,
                                  @RequestParam(name = "text", required = false) String text,
                                  java.security.Principal principal) {
        if (!name.matches("\\d{1,18}\\.pdf")) {
            return ResponseEntity.notFound().build();
        }
        long id = Long.parseLong(name.substring(0, name.length() - 4));
        String itemUrl = ServletUriComponentsBuilder.fromCurrentContextPath().path("/news/{id}").buildAndExpand(id)
                .toUriString();
        Language language = languages.forDownload(lang, principal == null ? null : principal.getName());
        // named in the language it is printed in: "oppslag-7.pdf", "notice-7.pdf"
        String fileName = translations.text("notice.file", language.locale()) + "-" + id + ".pdf";
        return notices.notice(id, itemUrl, language.locale(), Language.fromTag(text).orElse(null)).map(pdf -> ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline().filename(fileName).build().toString())
                .cacheControl(CacheControl.noStore())
                .body(pdf)).orElseGet(() -> ResponseEntity.notFound().build());
    }
}
