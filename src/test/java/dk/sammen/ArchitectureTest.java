package dk.sammen;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Keeps the package-by-feature layout of ARCHITECTURE.md from rotting. */
class ArchitectureTest {

    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dk.sammen");

    /** Upstream first: a feature may use those before it, never those after it. */
    static final List<String> FEATURES = List.of("base", "live", "security", "mail", "directory", "scoping", "canvas", "disagreement", "approval", "charter",
            "session", "notification");

    @Test
    void features_do_not_depend_on_features_downstream() {
        for (int i = 0; i < FEATURES.size(); i++) {
            for (String downstream : FEATURES.subList(i + 1, FEATURES.size())) {
                noClasses().that().resideInAPackage("dk.sammen." + FEATURES.get(i) + "..")
                        .should().dependOnClassesThat().resideInAPackage("dk.sammen." + downstream + "..")
                        .because(FEATURES.get(i) + " is upstream of " + downstream)
                        .allowEmptyShould(true) // a feature may not exist yet
                        .check(CLASSES);
            }
        }
    }

    /** One entity style: state is private and changes through methods that say what happens (withdraw, escalate). */
    @Test
    void entities_keep_their_fields_private() {
        com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields().that().areDeclaredInClassesThat()
                .areAnnotatedWith(jakarta.persistence.Entity.class).and().areNotStatic()
                .should().bePrivate().because("an entity changes through its intent methods, not by assignment from a service")
                .check(CLASSES);
    }

    /** Every package, internals too, says that nothing is null unless marked @Nullable (JSpecify). */
    @Test
    void every_package_is_null_marked() {
        classes().that().areTopLevelClasses()
                .should(new com.tngtech.archunit.lang.ArchCondition<com.tngtech.archunit.core.domain.JavaClass>("be in a @NullMarked package") {
                    @Override
                    public void check(com.tngtech.archunit.core.domain.JavaClass item, com.tngtech.archunit.lang.ConditionEvents events) {
                        boolean marked = item.getPackage().isAnnotatedWith(org.jspecify.annotations.NullMarked.class);
                        if (!marked) events.add(com.tngtech.archunit.lang.SimpleConditionEvent.violated(item, item.getPackageName() + " is not @NullMarked"));
                    }
                })
                .check(CLASSES);
    }

    /** A store maps entities to records and back; the feature's service checks, records history and publishes (ADR 0012). */
    @Test
    void stores_only_map_entities() {
        noClasses().that().haveSimpleNameEndingWith("Store").and().resideInAPackage("..internal..")
                .should().dependOnClassesThat().areAssignableTo(org.springframework.context.ApplicationEventPublisher.class)
                .orShould().dependOnClassesThat().haveSimpleNameEndingWith("Service")
                .because("the service is the transactional door; the store does not publish or call up")
                .check(CLASSES);
    }

    @Test
    void there_are_no_cycles_between_features() {
        slices().matching("dk.sammen.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void services_and_their_records_do_not_know_the_ui() {
        noClasses().that().resideOutsideOfPackage("..ui..")
                .and().resideOutsideOfPackage("dk.sammen.sampledata..")
                .and().doNotHaveSimpleName("Application")
                .and().doNotHaveSimpleName("SecurityConfig") // names the login view for Vaadin's security configurer
                .should().dependOnClassesThat().resideInAPackage("dk.sammen..ui..")
                .check(CLASSES);
    }

    @Test
    void a_features_internals_are_used_only_inside_that_feature() {
        for (String feature : FEATURES) {
            classes().that().resideInAPackage("dk.sammen." + feature + ".internal..")
                    .should().onlyBeAccessed().byAnyPackage("dk.sammen." + feature + "..")
                    .allowEmptyShould(true) // base has no internals yet
                    .check(CLASSES);
        }
    }

    @Test
    void views_never_touch_a_repository() {
        noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().haveSimpleNameEndingWith("Repository")
                .check(CLASSES);
    }
}
