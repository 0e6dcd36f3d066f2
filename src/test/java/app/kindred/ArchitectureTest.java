package app.kindred;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * STYLE.md rule 1: only the ui (and the app wiring) touch Swing or AWT; printing may use
 * java.awt.print. And no package of app.kindred depends, through any path, on one that depends on it.
 */
class ArchitectureTest {
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            // DO_NOT_INCLUDE_TESTS knows target/test-classes; a build in another folder
            // (-Dkindred.build=/tmp/x) has its test classes in /tmp/x/test-classes.
            .withImportOption(location -> !location.contains("/test-classes/"))
            .importPackages("app.kindred");

    private static final DescribedPredicate<JavaClass> SWING_OR_AWT = new DescribedPredicate<>("Swing or AWT") {
        @Override
        public boolean test(JavaClass c) {
            return c.getPackageName().startsWith("javax.swing") || c.getPackageName().startsWith("java.awt");
        }
    };

    private static final DescribedPredicate<JavaClass> SWING_OR_AWT_EXCEPT_PRINTING =
            new DescribedPredicate<>("Swing or AWT other than java.awt.print") {
                @Override
                public boolean test(JavaClass c) {
                    return SWING_OR_AWT.test(c) && !c.getPackageName().startsWith("java.awt.print");
                }
            };

    @Test
    void modelEngineStorageAndPdfCodeNeverTouchSwingOrAwt() {
        noClasses().that().resideInAnyPackage("app.kindred.content..", "app.kindred.session..",
                        "app.kindred.persist..", "app.kindred.handout..", "app.kindred.net..")
                .should().dependOnClassesThat(SWING_OR_AWT)
                .check(MAIN);
    }

    @Test
    void noPackageDependsOnItselfThroughAnother() {
        com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices()
                .matching("app.kindred.(**)")
                .should().beFreeOfCycles()
                .check(MAIN);
    }

    @Test
    void theNetworkLayerNeverReachesIntoTheUi() {
        noClasses().that().resideInAPackage("app.kindred.net..")
                .should().dependOnClassesThat().resideInAnyPackage("app.kindred.ui..", "app.kindred.app..")
                .check(MAIN);
    }

    @Test
    void printingUsesOnlyJavaAwtPrint() {
        noClasses().that().resideInAPackage("app.kindred.print..")
                .should().dependOnClassesThat(SWING_OR_AWT_EXCEPT_PRINTING)
                .check(MAIN);
    }
}
