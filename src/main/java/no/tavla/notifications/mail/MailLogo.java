package no.tavla.notifications.mail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Optional;

import no.tavla.shared.MunicipalityLogo;
import org.apache.batik.transcoder.TranscoderException;
import org.apache.batik.transcoder.TranscoderInput;
import org.apache.batik.transcoder.TranscoderOutput;
import org.apache.batik.transcoder.image.PNGTranscoder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The municipality's logo as e-mails carry it: inside the message (nothing is loaded from elsewhere), as PNG or JPEG,
 * since Outlook and Gmail show no SVG. An SVG logo is drawn once at twice the height it is shown at, for sharp
 * screens. Without a logo that can be read, e-mails go without one.
 */
@Component
public class MailLogo {

    /** The Content-ID the e-mail's HTML points at ({@code cid:logo@tavla}). */
    public static final String CONTENT_ID = "logo@tavla";
    /** The height the logo is shown at in an e-mail, in CSS pixels. */
    static final int HEIGHT = 40;

    private static final Logger LOG = LoggerFactory.getLogger(MailLogo.class);

    /** @param type {@code image/png} or {@code image/jpeg} */
    public record Image(byte[] bytes, String type) {
    }

    private final MunicipalityLogo logo;
    private volatile MunicipalityLogo.Logo drawnFrom;
    private volatile Optional<Image> image = Optional.empty();

    MailLogo(MunicipalityLogo logo) {
        this.logo = logo;
    }

    /** The logo to put in an e-mail, or empty. */
    public Optional<Image> image() {
        Optional<MunicipalityLogo.Logo> source = logo.logo();
        if (source.isEmpty()) {
            return Optional.empty();
        }
        if (source.get() != drawnFrom) {
            image = forMail(source.get());
            drawnFrom = source.get();
        }
        return image;
    }

    static Optional<Image> forMail(MunicipalityLogo.Logo logo) {
        if (!"image/svg+xml".equals(logo.type())) {
            return Optional.of(new Image(logo.bytes(), logo.type()));
        }
        try {
            PNGTranscoder png = new PNGTranscoder();
            png.addTranscodingHint(PNGTranscoder.KEY_HEIGHT, (float) HEIGHT * 2);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            png.transcode(new TranscoderInput(new ByteArrayInputStream(logo.bytes())), new TranscoderOutput(out));
            return Optional.of(new Image(out.toByteArray(), "image/png"));
        } catch (TranscoderException | RuntimeException e) {
            LOG.warn("The SVG logo could not be drawn for e-mails; they go without it: {}", e.toString());
            return Optional.empty();
        }
    }
}
