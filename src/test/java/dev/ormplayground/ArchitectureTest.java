package dev.ormplayground;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.implement;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import dev.ormplayground.archfixture.BadLevel;
import dev.ormplayground.archfixture.EngineClassThatDraws;
import dev.ormplayground.archfixture.cycle.one.First;
import dev.ormplayground.archfixture.cycle.two.Second;
import dev.ormplayground.archfixture.rootcycle.UnderTheRoot;
import dev.ormplayground.levels.FeedLevel;
import org.junit.jupiter.api.Test;

/**
 * The rooms of the code base and the direction of the doors between them. The engine is
 * defined by exclusion, so a new package is checked the day it appears: everything except the
 * faces (the window, the pictures, the command line and the entry point) is engine. Each rule
 * is also run against a few classes in the test sources that break it on purpose, so a rule
 * that stopped finding anything would fail here too.
 */
class ArchitectureTest {

    private static final String ROOT = "dev.ormplayground";
    private static final String[] FACES = {ROOT + ".ui..", ROOT + ".render..", ROOT + ".cli.."};

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);

    /** Everything of ours but the faces and {@code Main}, the entry point that picks a face. */
    private static final DescribedPredicate<JavaClass> ENGINE = resideInAPackage(ROOT + "..")
            .and(not(resideInAnyPackage(FACES)))
            .and(not(resideInAPackage(ROOT)))
            .as("the engine (everything but ui, render, cli and Main)");

    private static final ArchRule ENGINE_KNOWS_NO_FACE = noClasses().that(ENGINE)
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.fxmisc..", "io.fair_acc..",
                    ROOT + ".ui..", ROOT + ".render..", ROOT + ".cli..")
            .because("one engine serves several faces: the window, the command line and the tests");

    // "dev.(**)": the root package is a slice of its own, so a cycle through Main is seen too.
    private static final ArchRule NO_PACKAGE_CYCLES = slices().matching("dev.(**)")
            .should().beFreeOfCycles()
            .because("dependencies between packages run one way, so each can be read without the ones above it");

    private static final ArchRule LEVELS_USE_ONLY_THE_DOMAIN_AND_HIBERNATE = classes()
            .that().implement(FeedLevel.class)
            .should().onlyDependOnClassesThat().resideInAnyPackage(ROOT + ".domain..", ROOT + ".levels..",
                    "org.hibernate..", "jakarta.persistence..", "com.github.benmanes.caffeine..", "java..")
            .because("a level is the code a learner reads and may one day write: the domain, Hibernate and,"
                    + " for the cache, Caffeine; nothing of the program around it");

    private static final ArchRule ONLY_THE_CACHED_LEVEL_USES_CAFFEINE = noClasses()
            .that(implement(FeedLevel.class)).and().doNotHaveSimpleName("CachedFeed")
            .should().dependOnClassesThat().resideInAPackage("com.github.benmanes.caffeine..");

    private static final ArchRule UI_TALKS_TO_NO_DATABASE = noClasses().that().resideInAnyPackage(FACES)
            .should().dependOnClassesThat().resideInAnyPackage("org.hibernate..", "java.sql..", "org.h2..", "org.postgresql..")
            .because("the window and the pictures only show what the engine measured");

    @Test
    void engineDoesNotDependOnJavaFxOrTheFaces() {
        ENGINE_KNOWS_NO_FACE.check(CLASSES);
    }

    @Test
    void theEngineIncludesEveryPackageThatIsNoFace() {
        assertTrue(CLASSES.stream().anyMatch(c -> c.getPackageName().equals(ROOT + ".engine") && ENGINE.test(c)));
        assertTrue(CLASSES.stream().noneMatch(c -> c.getPackageName().startsWith(ROOT + ".ui") && ENGINE.test(c)));
    }

    @Test
    void packagesAreFreeOfCycles() {
        NO_PACKAGE_CYCLES.check(CLASSES);
    }

    @Test
    void levelsDependOnlyOnTheDomainAndHibernate() {
        LEVELS_USE_ONLY_THE_DOMAIN_AND_HIBERNATE.check(CLASSES);
        ONLY_THE_CACHED_LEVEL_USES_CAFFEINE.check(CLASSES);
    }

    @Test
    void userInterfaceDoesNotTalkToHibernateOrJdbc() {
        UI_TALKS_TO_NO_DATABASE.check(CLASSES);
    }

    @Test
    void eachRuleCatchesAClassThatBreaksIt() {
        JavaClasses broken = new ClassFileImporter().importClasses(EngineClassThatDraws.class, BadLevel.class,
                First.class, Second.class);
        JavaClasses throughTheRoot = new ClassFileImporter().importClasses(RootOfACycle.class, UnderTheRoot.class);
        assertCaught(ENGINE_KNOWS_NO_FACE, broken, "EngineClassThatDraws", "javafx.scene.paint.Color");
        assertCaught(NO_PACKAGE_CYCLES, broken, "cycle.one.First", "cycle.two.Second");
        assertCaught(NO_PACKAGE_CYCLES, throughTheRoot, "RootOfACycle", "UnderTheRoot");
        assertCaught(LEVELS_USE_ONLY_THE_DOMAIN_AND_HIBERNATE, broken, "BadLevel", "FeedRunner");
        assertCaught(ONLY_THE_CACHED_LEVEL_USES_CAFFEINE, broken, "BadLevel", "Caffeine");
    }

    /** The rule fails on these classes, and for the reason given, not because it matched nothing. */
    private static void assertCaught(ArchRule rule, JavaClasses classes, String... named) {
        String report = assertThrows(AssertionError.class, () -> rule.check(classes)).getMessage();
        for (String name : named) {
            assertTrue(report.contains(name), () -> "the report should name " + name + ":\n" + report);
        }
    }
}
