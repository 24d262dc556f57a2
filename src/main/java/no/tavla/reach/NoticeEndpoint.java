package no.tavla.reach;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** A notice as PDF at {@code /notices/{id}.pdf}, for those who may open the item (404 for everyone else). */
@RestController
class NoticeEndpoint {

    private final Notices notices;

    NoticeEndpoint(Notices notices) {
        this.notices = notices;
    }

    @GetMapping("/notices/{name}")
    ResponseEntity<byte[]> notice(@PathVariable String name) {
        if (!name.matches("\\d{1,18}\\.pdf")) {
            return ResponseEntity.notFound().build();
        }
        long id = Long.parseLong(name.substring(0, name.length() - 4));
        String itemUrl = ServletUriComponentsBuilder.fromCurrentContextPath().path("/news/{id}").buildAndExpand(id)
                .toUriString();
        return notices.notice(id, itemUrl).map(pdf -> ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline().filename("oppslag-" + id + ".pdf").build().toString())
                .cacheControl(CacheControl.noStore())
                .body(pdf)).orElseGet(() -> ResponseEntity.notFound().build());
    }
}
