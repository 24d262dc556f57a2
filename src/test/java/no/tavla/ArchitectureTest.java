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
import no.tavla.shared.Refusal;
import no.tavla.shared.ui.FieldProblems;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Repository;
import org.springframework.jdbc.core.JdbcTemplate;

/** The rules of the codebase, as sentences. */
class ArchitectureTest {

    private static final JavaClasses TAVLA = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("no.tavla");

    @Test
    void viewsNeverTouchStores() {
        noClasses().that().resideInAPackage("..ui..").or().areAnnotatedWith(Route.class)
                .should().dependOnClassesThat().areAnnotatedWith(Repository.class)
                .because("views go through the module's service, which checks access and validates")
                .check(TAVLA);
    }

    @Test
    void aViewShowsAServicesRefusalThroughFieldProblems() {
        noClasses().that().resideInAPackage("..ui..").and().doNotHaveFullyQualifiedName(FieldProblems.class.getName())
                // the import lists every problem of a file, by row, not a form's fields
                .and().doNotHaveSimpleName("ImportView")
                .should().callMethod(Refusal.class, "key")
                .because("a refusal goes on the field it concerns, marked invalid, with focus there (WCAG 3.3.1)")
                .check(TAVLA);
    }

    @Test
    void everyPageIsAPrototypeBeanSoSpringKeepsWhatItLearntOfIt() {
        classes().that().areAnnotatedWith(Route.class)
                .or().areAssignableTo(com.vaadin.flow.router.RouterLayout.class)
                .or().areAssignableTo(com.vaadin.flow.router.HasErrorParameter.class)
                .and().doNotHaveModifier(com.tngtech.archunit.core.domain.JavaModifier.ABSTRACT)
                .and().areNotInterfaces()
                .should().beAnnotatedWith(no.tavla.shared.ui.PageBean.class)
                .because("Vaadin otherwise creates every page with createBean(Class), which inspects the class anew"
                        + " on each open (docs/BENCHMARKS.md)")
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

    /** The application's modules, by their top-level package under no.tavla. */
    static final List<String> MODULES = List.of("shared", "access", "organisation", "news", "reach", "operations",
            "search");

    @Test
    void onlyTheSearchIndexReadsTheWordsOfEveryItemAndPerson() {
        noClasses().that().resideOutsideOfPackages("no.tavla.search..", "no.tavla.news..", "no.tavla.organisation..")
                .should().dependOnClassesThat().haveFullyQualifiedName(
                        no.tavla.news.reading.SearchableNews.class.getName())
                .orShould().dependOnClassesThat().haveFullyQualifiedName(
                        no.tavla.organisation.SearchableDirectory.class.getName())
                .because("they hand out every published item's words, for an index whose hits are checked again"
                        + " (decision 0027); a page must ask the feed or the directory")
                .check(TAVLA);
        noClasses().that().resideInAPackage("no.tavla.search.ui..")
                .should().dependOnClassesThat().haveFullyQualifiedName(
                        no.tavla.news.reading.SearchableNews.class.getName())
                .because("the search page shows what Search answers, which checks every hit")
                .check(TAVLA);
    }

    @Test
    void nothingOutsideAModuleUsesItsInternals() {
        for (String module : MODULES) {
            noClasses().that().resideOutsideOfPackage("no.tavla." + module + "..")
                    .should().dependOnClassesThat().resideInAPackage("no.tavla." + module + ".internal..")
                    .because("a module's internals are its own; others go through its API")
                    .check(TAVLA);
        }
    }

    @Test
    void viewsNeverUseAModulesInternals() {
        noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().resideInAPackage("no.tavla..internal..")
                .because("views read from and write to services, which check access and validate")
                .check(TAVLA);
    }

    @Test
    void onlyInternalPackagesUseSql() {
        noClasses().that().resideOutsideOfPackage("..internal..")
                .and().resideOutsideOfPackage("no.tavla.shared.database..")
                .should().dependOnClassesThat().haveFullyQualifiedName(JdbcTemplate.class.getName())
                .orShould().dependOnClassesThat().haveFullyQualifiedName(
                        org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate.class.getName())
                .orShould().dependOnClassesThat().haveFullyQualifiedName(
                        org.springframework.jdbc.core.simple.JdbcClient.class.getName())
                .because("every SQL statement lives in a module's internal package (decision 0014)")
                .check(TAVLA);
    }

    @Test
    void storesLiveInAModulesInternalPackage() {
        classes().that().areAnnotatedWith(Repository.class)
                .should().resideInAPackage("..internal..")
                .because("a module's tables are its own (decision 0014)")
                .check(TAVLA);
    }

    @Test
    void noViewBuildsSql() {
        noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..",
                        "org.springframework.jdbc..", "jakarta.persistence..")
                .because("a view shows what a service returns")
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
