package no.tavla.news;

import java.time.Instant;

/** A comment on an item; a hidden one keeps who hid it and why, and its text is not shown to readers. */
public record Comment(long id, long itemId, long personId, String authorName, String text, Instant createdAt,
                      String hiddenBy, String hiddenReason) {

    public boolean hidden() {
        return hiddenBy != null;
    }
}
