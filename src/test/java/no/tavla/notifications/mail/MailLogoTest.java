package no.tavla.notifications.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import no.tavla.shared.MunicipalityLogo;
import org.junit.jupiter.api.Test;

class MailLogoTest {

    @Test
    void anSvgLogoIsDrawnAsPngAtTwiceTheHeightItIsShownAt() throws Exception {
        String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"120\" height=\"60\" viewBox=\"0 0 120 60\">"
                + "<rect width=\"120\" height=\"60\" fill=\"#0b4f9c\"/></svg>";

        MailLogo.Image image = MailLogo.forMail(new MunicipalityLogo.Logo(svg.getBytes(StandardCharsets.UTF_8),
                "image/svg+xml")).orElseThrow();

        assertThat(image.type()).isEqualTo("image/png");
        java.awt.image.BufferedImage drawn = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(image.bytes()));
        assertThat(drawn.getHeight()).isEqualTo(MailLogo.HEIGHT * 2);
        assertThat(drawn.getWidth()).isEqualTo(MailLogo.HEIGHT * 4);
    }

    @Test
    void aPngOrJpegLogoGoesAsItIsAndABrokenSvgLeavesTheMailWithoutOne() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10};
        assertThat(MailLogo.forMail(new MunicipalityLogo.Logo(png, "image/png"))).get()
                .extracting(MailLogo.Image::bytes).isEqualTo(png);

        assertThat(MailLogo.forMail(new MunicipalityLogo.Logo("<svg><unclosed".getBytes(StandardCharsets.UTF_8),
                "image/svg+xml"))).isEmpty();
    }
}
