package no.tavla;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The modules talk only through each other's API packages, and never in a circle. */
class ModularityTest {

    private static final ApplicationModules MODULES = ApplicationModules.of(TavlaApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        MODULES.verify();
    }

    /** The diagrams a newcomer reads (target/spring-modulith-docs): one of all modules, one per module. */
    @Test
    void moduleDiagramsAreWrittenForEveryModule() throws java.io.IOException {
        java.nio.file.Path folder = java.nio.file.Path.of("target", "spring-modulith-docs");
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(folder.toString()))
                .writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
        String all = java.nio.file.Files.readString(folder.resolve("components.puml"));
        MODULES.forEach(module -> org.assertj.core.api.Assertions.assertThat(all)
                .as("the overview names " + module.getDisplayName()).contains(module.getDisplayName()));
        MODULES.forEach(module -> org.assertj.core.api.Assertions.assertThat(
                folder.resolve("module-" + module.getIdentifier() + ".puml")).as(module.getDisplayName()).exists());
        org.assertj.core.api.Assertions.assertThat(all).as("reach uses news").containsPattern("reach.*-->.*news|Reach.*News");
    }
}
