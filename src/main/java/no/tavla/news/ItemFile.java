package no.tavla.news;

/**
 * An image or attachment of an item.
 *
 * @param mediaType what the content really is (sniffed, never taken from the name)
 * @param altText   for an image: what it shows, for those who cannot see it
 */
public record ItemFile(long id, long itemId, Kind kind, String fileName, String mediaType, long sizeBytes,
                       String altText) {

    public enum Kind {
        IMAGE, ATTACHMENT
    }

    /** The address the file is served from, checked against the item's audience on every request. */
    public String url() {
        return "/files/" + id;
    }
}
