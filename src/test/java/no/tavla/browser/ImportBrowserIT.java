package no.tavla.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/** The journey: an administrator imports the demo CSV files, then an employee opens her unit's page. */
class ImportBrowserIT extends BrowserTest {

    private static Path demoFile(String name) throws IOException {
        Path file = Files.createTempFile("tavla-" + name, ".csv");
        Files.write(file, new ClassPathResource("demo/" + name + ".csv").getContentAsByteArray());
        return file;
    }

    @Test
    void anAdministratorImportsTheDemoFilesAndAnEmployeeOpensHerUnit() throws IOException {
        signInAs("Siri Dahl");
        page.navigate(url("/admin/import"));
        assertThat(heading()).hasText("Import fra HR");
        page.locator("vaadin-upload.tavla-upload-units input[type=file]").setInputFiles(demoFile("units"));
        assertThat(page.getByText("Enhetsfila er lastet opp")).isVisible();
        page.locator("vaadin-upload.tavla-upload-people input[type=file]").setInputFiles(demoFile("people"));
        assertThat(page.getByText("Personfila er lastet opp")).isVisible();
        page.locator(".tavla-import-preview").click();
        assertThat(page.getByText("Klar til import")).isVisible();
        page.locator(".tavla-import-apply").click();
        assertThat(page.getByText("Importen er fullført")).isVisible();
        screenshot("import-done");

        newBrowser();
        signInAs("Kari Nordmann");
        page.navigate(url("/units/HO-HJT"));
        assertThat(heading()).hasText("Hjemmetjenesten");
        assertThat(page.getByText("Dagvakt sone nord")).isVisible();
    }
}
