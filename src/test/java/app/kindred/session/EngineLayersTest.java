package app.kindred.session;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The engine knows nothing of storage or screens, and keeps time only through MonotonicClock. */
class EngineLayersTest {
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("app.kindred");

    @Test
    void theEngineDoesNotDependOnStorageOrScreens() {
        noClasses().that().resideInAPackage("app.kindred.session..")
                .should().dependOnClassesThat().resideInAnyPackage("app.kindred.persist..", "app.kindred.ui..",
                        "app.kindred.app..", "javax.swing..", "java.awt..")
                .check(MAIN);
    }

    @Test
    void storageDoesNotDependOnScreens() {
        noClasses().that().resideInAPackage("app.kindred.persist..")
                .should().dependOnClassesThat().resideInAnyPackage("app.kindred.ui..", "javax.swing..", "java.awt..")
                .check(MAIN);
    }

    @Test
    void onlyTheSystemClockReadsSystemTime() {
        noClasses().that().resideInAPackage("app.kindred.session..").and().doNotHaveSimpleName("SystemClock")
                .should().callMethod(System.class, "nanoTime")
                .orShould().callMethod(System.class, "currentTimeMillis")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.util.Timer")
                .check(MAIN);
    }
}
