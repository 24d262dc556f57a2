package no.tavla.news.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A refused upload names the right reason: a text file is of the wrong kind, not too large (WCAG 3.3.1). */
class FileRejectionTest {

    @Test
    void aFileOfAKindNotTakenIsRefusedForItsKind() {
        assertThat(FileRejection.of("notater.txt", ItemFilesPanel.IMAGE_TYPES)).isEqualTo(FileRejection.TYPE);
        assertThat(FileRejection.of("logo.svg", ItemFilesPanel.IMAGE_TYPES)).isEqualTo(FileRejection.TYPE);
        assertThat(FileRejection.of("bilde.png.exe", ItemFilesPanel.IMAGE_TYPES)).isEqualTo(FileRejection.TYPE);
        assertThat(FileRejection.of("skjema.txt", ItemFilesPanel.ATTACHMENT_TYPES)).isEqualTo(FileRejection.TYPE);
        assertThat(FileRejection.of(null, ItemFilesPanel.ATTACHMENT_TYPES)).isEqualTo(FileRejection.TYPE);
    }

    @Test
    void aFileOfAKindTakenIsRefusedForItsSize() {
        assertThat(FileRejection.of("Bilde.JPG", ItemFilesPanel.IMAGE_TYPES)).isEqualTo(FileRejection.SIZE);
        assertThat(FileRejection.of("plan.pdf", ItemFilesPanel.ATTACHMENT_TYPES)).isEqualTo(FileRejection.SIZE);
    }
}
