package dev.ormplayground;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The engine never reaches into a face: one engine, several faces (DESIGN.md principle 5). */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.ormplayground");

    @Test
    void engineDoesNotDependOnJavaFxOrTheFaces() {
        noClasses().that().resideInAnyPackage("dev.ormplayground.domain..", "dev.ormplayground.data..",
                        "dev.ormplayground.db..", "dev.ormplayground.capture..", "dev.ormplayground.levels..",
                        "dev.ormplayground.run..", "dev.ormplayground.bench..", "dev.ormplayground.export..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "dev.ormplayground.ui..",
                        "dev.ormplayground.render..",
                        "dev.ormplayground.cli..", "org.fxmisc..", "io.fair_acc..")
                .check(CLASSES);
    }

    @Test
    void userInterfaceDoesNotTalkToHibernateOrJdbc() {
        noClasses().that().resideInAnyPackage("dev.ormplayground.ui..", "dev.ormplayground.render..")
                .should().dependOnClassesThat().resideInAnyPackage("org.hibernate..", "java.sql..", "org.h2..")
                .check(CLASSES);
    }
}
