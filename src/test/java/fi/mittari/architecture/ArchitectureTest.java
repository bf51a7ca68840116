package fi.mittari.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.annotation.Factory;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import org.junit.jupiter.api.Test;

/** What the package layout means, checked (see README, "Architecture"). */
class ArchitectureTest {

    private static final JavaClasses MITTARI = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ArchitectureTest::isWrittenByHand)
            .importPackages("fi.mittari");

    private static final String[] CORE_PACKAGES = {
        "fi.mittari.questionnaire",
        "fi.mittari.campaign",
        "fi.mittari.context",
        "fi.mittari.response",
        "fi.mittari.indicator",
        "fi.mittari.report",
        "fi.mittari.security",
        "fi.mittari.export",
        "fi.mittari.audit",
        "fi.mittari.results"
    };

    /** Micronaut's annotation processors generate $…$Definition, $…$Introspection and …$Intercepted classes. */
    private static boolean isWrittenByHand(com.tngtech.archunit.core.importer.Location location) {
        String path = location.asURI().toString();
        String file = path.substring(path.lastIndexOf('/') + 1);
        return !file.startsWith("$") && !file.contains("$Intercepted") && !file.contains("$ApplicationEventListener");
    }

    @Test
    void theCoreKnowsNoFramework() {
        // Plain classes of a feature (not its beans, entities or repositories) are framework-free Java.
        noClasses()
                .that()
                .resideInAnyPackage(CORE_PACKAGES)
                .and()
                .areNotAnnotatedWith(Singleton.class)
                .and()
                .areNotAnnotatedWith(Factory.class)
                .and()
                .areNotAnnotatedWith(ConfigurationProperties.class)
                .and()
                .areNotAnnotatedWith(MappedEntity.class)
                .and()
                .areNotAnnotatedWith(Serdeable.class)
                .and()
                .areNotAnnotatedWith(JdbcRepository.class)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("io.micronaut..", "org.springframework..", "jakarta.inject..")
                .check(MITTARI);
    }

    @Test
    void statisticsArePlainJavaAndApacheCommonsStatistics() {
        // The figures funders read are computed from counts alone: no framework, no database, no other library. A
        // maintained math library is welcome there, so that no quantile or interval is hand-rolled.
        classes()
                .that()
                .resideInAPackage("fi.mittari.indicator.statistics..")
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "org.apache.commons.statistics..", "fi.mittari.indicator.statistics..")
                .check(MITTARI);
    }

    @Test
    void onlyReportsXlsFormUploadedSheetsAndAnswerExportsReadOrWriteExcel() {
        noClasses()
                .that()
                .resideOutsideOfPackages(
                        "fi.mittari.report..",
                        "fi.mittari.questionnaire.xlsform..",
                        "fi.mittari.sheet..",
                        "fi.mittari.export.xlsx..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.apache.poi..")
                .check(MITTARI);
    }

    @Test
    void theWorkbookContentIsPlainValues() {
        // What a workbook shows is decided before POI sees it: the content is records of plain Java values.
        classes()
                .that()
                .resideInAPackage("fi.mittari.report.content..")
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage(
                        "java..", "fi.mittari.report.content..", "fi.mittari.report", "fi.mittari.indicator.definition")
                .check(MITTARI);
    }

    @Test
    void withinReportsOnlyTheWorkbookWritesExcel() {
        noClasses()
                .that()
                .resideInAPackage("fi.mittari.report..")
                .and()
                .resideOutsideOfPackage("fi.mittari.report.workbook..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.apache.poi..")
                .check(MITTARI);
    }

    @Test
    void uploadedSheetsAreReadWithoutKnowingWhatTheyHold() {
        // Uploaded files are parsed into plain text tables; response and context give the columns their meaning.
        classes()
                .that()
                .resideInAPackage("fi.mittari.sheet..")
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage(
                        "java..", "org.xml.sax..", "org.apache.poi..", "org.apache.commons.csv..", "fi.mittari.sheet..")
                .check(MITTARI);
    }

    @Test
    void featuresHaveNoCycles() {
        slices().matching("fi.mittari.(*)..").should().beFreeOfCycles().check(MITTARI);
    }

    @Test
    void nothingButTheDemoDependsOnBatch() {
        noClasses()
                .that()
                .resideOutsideOfPackages("fi.mittari.batch..", "fi.mittari.demo..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("fi.mittari.batch..")
                .check(MITTARI);
    }

    @Test
    void noFeatureCoreDependsOnTheWebLayer() {
        noClasses()
                .that()
                .resideOutsideOfPackage("..web..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("..web..")
                .check(MITTARI);
    }
}
