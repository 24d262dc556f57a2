package no.tavla.news.ui;

import java.util.List;
import java.util.Locale;

/**
 * Why the upload field refused a file before it was sent: its kind (by its name's extension) or its size. The field
 * says only "rejected"; the person needs to know which, or they shrink an SVG that could never be taken.
 */
enum FileRejection {
    TYPE, SIZE;

    static FileRejection of(String fileName, List<String> accepted) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        boolean known = accepted.stream().filter(t -> t.startsWith(".")).anyMatch(name::endsWith);
        return known ? SIZE : TYPE;
    }
}
