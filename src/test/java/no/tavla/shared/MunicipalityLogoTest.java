package no.tavla.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class MunicipalityLogoTest {

    @Test
    void aLogoIsCarriedAsSvgPngOrJpegAndAnythingElseIsLeftOut() {
        assertThat(MunicipalityLogo.recognised("<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\"/>"
                .getBytes(StandardCharsets.UTF_8))).get().extracting(MunicipalityLogo.Logo::dataUrl).asString()
                .startsWith("data:image/svg+xml;base64,");
        assertThat(MunicipalityLogo.recognised(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10})).get()
                .extracting(MunicipalityLogo.Logo::type).isEqualTo("image/png");
        assertThat(MunicipalityLogo.recognised(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0})).get()
                .extracting(MunicipalityLogo.Logo::type).isEqualTo("image/jpeg");
        assertThat(MunicipalityLogo.recognised("<html><script>".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(MunicipalityLogo.recognised(new byte[0])).isEmpty();
    }

    @Test
    void theProfilesOwnLogoIsRead() {
        MunicipalityLogo logo = new MunicipalityLogo(new MunicipalityProperties("Demo kommune", "/profile/logo.svg", "", ""));

        assertThat(logo.logo()).get().extracting(MunicipalityLogo.Logo::type).isEqualTo("image/svg+xml");
    }
}
