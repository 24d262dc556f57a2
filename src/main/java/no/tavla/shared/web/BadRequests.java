package no.tavla.shared.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

/**
 * A request too broken to read (a multipart body without its boundary, say) is the sender's mistake: 400 with a plain
 * line, and at most a debug line in the log, so nobody fills the log by sending garbage. Spring answers these with a
 * 500 and a long stack trace by default, for any address, before any controller runs.
 */
@RestControllerAdvice
class BadRequests {

    private static final Logger log = LoggerFactory.getLogger(BadRequests.class);

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<String> tooLarge(MaxUploadSizeExceededException e) {
        log.debug("Refused an upload over the size limit: {}", e.getMessage());
        return plain(HttpStatus.CONTENT_TOO_LARGE, "The upload is too large.");
    }

    @ExceptionHandler(MultipartException.class)
    ResponseEntity<String> unreadable(MultipartException e) {
        log.debug("Refused an unreadable multipart request: {}", e.getMessage());
        return plain(HttpStatus.BAD_REQUEST, "The request could not be read.");
    }

    private static ResponseEntity<String> plain(HttpStatus status, String text) {
        return ResponseEntity.status(status).contentType(MediaType.TEXT_PLAIN).body(text + "\n");
    }
}
