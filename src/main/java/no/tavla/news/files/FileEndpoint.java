package no.tavla.news.files;

import no.tavla.news.ItemFile;
import java.nio.charset.StandardCharsets;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves images and attachments at {@code /files/{id}}, checked against the item's audience on every request: a file
 * of an item the reader may not open does not exist for them (404). Sent as what the content really is, never
 * sniffed again by the browser, attachments as downloads.
 */
@RestController
class FileEndpoint {

    private final ItemFiles files;

    FileEndpoint(ItemFiles files) {
        this.files = files;
    }

    @GetMapping("/files/{id}")
    ResponseEntity<byte[]> file(@PathVariable String id) {
        if (!id.matches("\\d{1,18}")) {
            return ResponseEntity.notFound().build();
        }
        return files.content(Long.parseLong(id)).map(content -> {
            ItemFile file = content.file();
            ContentDisposition disposition = (file.kind() == ItemFile.Kind.IMAGE ? ContentDisposition.inline()
                    : ContentDisposition.attachment()).filename(file.fileName(), StandardCharsets.UTF_8).build();
            return ResponseEntity.ok()
                    .contentType(MediaType.parseMediaType(file.mediaType()))
                    .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                    .header("X-Content-Type-Options", "nosniff")
                    .header("Content-Security-Policy", "default-src 'none'; sandbox")
                    .cacheControl(CacheControl.noStore().cachePrivate())
                    .body(content.bytes());
        }).orElseGet(() -> ResponseEntity.notFound().build());
    }
}
