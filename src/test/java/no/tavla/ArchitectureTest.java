package no.tavla;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.util.List;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;

/** The rules of the codebase, as sentences. */
class ArchitectureTest {

    private static final JavaClasses TAVLA = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("no.tavla");

    @Test
    void viewsNeverTouchRepositories() {
        noClasses().that().resideInAPackage("..ui..").or().areAnnotatedWith(Route.class)
                .should().dependOnClassesThat().areAssignableTo(Repository.class)
                .because("views go through the module's service, which checks access and validates")
                .check(TAVLA);
    }

    @Test
    void everyRouteSaysExactlyOnceWhoMayOpenIt() {
        classes().that().areAnnotatedWith(Route.class)
                .should(haveExactlyOneAccessAnnotation())
                .check(TAVLA);
    }

    @Test
    void vaadinIsUsedOnlyInUiPackagesAccessAndTheApplicationClass() {
        noClasses().that().resideOutsideOfPackages("..ui..", "no.tavla.access..")
                .and().doNotHaveFullyQualifiedName(TavlaApplication.class.getName())
                .should().dependOnClassesThat().resideInAPackage("com.vaadin..")
                .because("rules live in services, which must not depend on the UI framework")
                .check(TAVLA);
    }

    @Test
    void nothingOutsideAModuleUsesItsInternals() {
        noClasses().that().resideOutsideOfPackage("no.tavla.shared..")
                .should().dependOnClassesThat().resideInAPackage("no.tavla.shared.internal..")
                .check(TAVLA);
        noClasses().that().resideOutsideOfPackage("no.tavla.access..")
                .should().dependOnClassesThat().resideInAPackage("no.tavla.access.internal..")
                .check(TAVLA);
    }

    private static ArchCondition<JavaClass> haveExactlyOneAccessAnnotation() {
        List<Class<? extends java.lang.annotation.Annotation>> access =
                List.of(AnonymousAllowed.class, PermitAll.class, RolesAllowed.class);
        return new ArchCondition<>("have exactly one of @AnonymousAllowed, @PermitAll or @RolesAllowed") {
            @Override
            public void check(JavaClass view, ConditionEvents events) {
                long count = access.stream().filter(view::isAnnotatedWith).count();
                if (count != 1) {
                    events.add(SimpleConditionEvent.violated(view, view.getName() + " has " + count
                            + " access annotations; a route needs exactly one"));
                }
            }
        };
    }

    static Stream<JavaClass> routes() {
        return TAVLA.stream().filter(c -> c.isAnnotatedWith(Route.class));
    }
}
