package fi.mittari.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import io.micronaut.context.annotation.ConfigurationProperties;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** What the package layout means, checked (see README, "Architecture"). */
class ArchitectureTest {

    private static final JavaClasses MITTARI = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ArchitectureTest::isWrittenByHand)
            .importPackages("fi.mittari");

    /** Every feature with a core, each with all its subpackages. */
    private static final String[] CORE_PACKAGES = {
        "fi.mittari.questionnaire..",
        "fi.mittari.campaign..",
        "fi.mittari.context..",
        "fi.mittari.response..",
        "fi.mittari.indicator..",
        "fi.mittari.report..",
        "fi.mittari.security..",
        "fi.mittari.export..",
        "fi.mittari.audit..",
        "fi.mittari.results.."
    };

    /**
     * What the core must not know: Micronaut, Spring (JDBC, Batch, Security), JDBC itself and Jackson. The
     * {@code jakarta.inject} annotations are allowed: they are a standard that says "this is a component", not a
     * framework (docs/adr/0037). POI has rules of its own below: the workbook and the sheet readers are its edge.
     */
    private static final String[] FRAMEWORKS = {
        "io.micronaut..", "org.springframework..", "java.sql..", "javax.sql..", "com.fasterxml.jackson.."
    };

    /** Records Micronaut Data maps to tables, read and written by the repositories of their feature. */
    private static final Set<String> MAPPED_ENTITIES = Set.of(
            "fi.mittari.campaign.Campaign",
            "fi.mittari.campaign.Invitation",
            "fi.mittari.context.CoachedParticipant",
            "fi.mittari.context.CodeListEntry",
            "fi.mittari.context.Event",
            "fi.mittari.context.Organisation",
            "fi.mittari.context.Participation",
            "fi.mittari.context.Project",
            "fi.mittari.context.ProjectGoal");

    /**
     * Classes that exist to plug into Micronaut: login and sessions, the audit trail that names the current request's
     * account (Micronaut's SecurityService), start-up, scheduled clean-ups, a fallback bean, the cron syntax the
     * scheduler accepts, and the JSON an archived report keeps of what it was built from.
     */
    private static final Set<String> FRAMEWORK_HOOKS = Set.of(
            "fi.mittari.audit.AuditTrail",
            "fi.mittari.audit.ForgettingOldAuditEntries",
            "fi.mittari.security.StaffAuthenticationProvider",
            "fi.mittari.security.StaffSessionValidator",
            "fi.mittari.security.AuditedLogins",
            "fi.mittari.security.LogoutEndsSessions",
            "fi.mittari.security.Hs256Signature",
            "fi.mittari.security.SigningKeyFactory",
            "fi.mittari.security.AdminBootstrap",
            "fi.mittari.security.PasswordHashing",
            "fi.mittari.questionnaire.SurveysDirectoryLoader",
            "fi.mittari.campaign.mail.ErasingMailAddresses",
            "fi.mittari.response.ForgettingUnfinishedResponses",
            "fi.mittari.indicator.engine.EmptyIndicatorCatalog",
            "fi.mittari.report.preparing.NoReportHistory",
            "fi.mittari.report.files.SchedulerCronSyntax",
            "fi.mittari.report.archive.ArchivedReport",
            "fi.mittari.report.archive.DefinitionJson",
            "fi.mittari.report.archive.FiguresJson");

    /** Use cases whose only framework is the transaction (or retry) they declare on themselves. */
    private static final Set<String> TRANSACTION_BOUNDARIES = Set.of(
            "fi.mittari.audit.AuditLog",
            "fi.mittari.campaign.ClosingCampaign",
            "fi.mittari.campaign.Invitations",
            "fi.mittari.campaign.OpeningCampaign",
            "fi.mittari.campaign.RespondentCampaigns",
            "fi.mittari.campaign.mail.InvitingByEmail",
            "fi.mittari.campaign.mail.OptingOut",
            "fi.mittari.context.CodeLists",
            "fi.mittari.context.Ecosystems",
            "fi.mittari.context.ImportPreviews",
            "fi.mittari.context.ImportingCoached",
            "fi.mittari.context.ImportingContext",
            "fi.mittari.context.Organisations",
            "fi.mittari.context.RecordingCoached",
            "fi.mittari.context.RecordingEvents",
            "fi.mittari.context.RecordingGoals",
            "fi.mittari.context.RecordingProjects",
            "fi.mittari.questionnaire.QuestionnaireDrafts",
            "fi.mittari.report.archive.ReportArchive",
            "fi.mittari.response.ResponseWriter",
            "fi.mittari.response.SavingProgress",
            "fi.mittari.security.FunderProjects",
            "fi.mittari.security.OwnAccount",
            "fi.mittari.security.StaffAccounts");

    private static final List<String> LISTED = Stream.of(MAPPED_ENTITIES, FRAMEWORK_HOOKS, TRANSACTION_BOUNDARIES)
            .flatMap(Set::stream)
            .toList();

    /** Micronaut's annotation processors generate $…$Definition, $…$Introspection and …$Intercepted classes. */
    private static boolean isWrittenByHand(com.tngtech.archunit.core.importer.Location location) {
        String path = location.asURI().toString();
        String file = path.substring(path.lastIndexOf('/') + 1);
        return !file.startsWith("$") && !file.contains("$Intercepted") && !file.contains("$ApplicationEventListener");
    }

    @Test
    void theCoreKnowsNoFramework() {
        // A feature's persistence and web subpackages are its edges; everything else in it is plain Java, but for the
        // classes listed above by name, each for its reason.
        coreKnowsNoFramework(new DescribedPredicate<>("are not listed by name as an exception") {
                    @Override
                    public boolean test(JavaClass javaClass) {
                        return !LISTED.contains(outermost(javaClass));
                    }
                })
                .check(MITTARI);
    }

    @Test
    void everyListedClassStillNeedsIt() {
        // An exception that no longer depends on a framework is taken off the list, so the list says what is left.
        List<String> notNeeded = new ArrayList<>();
        for (String name : LISTED) {
            assertThat(MITTARI.contain(name)).as("%s exists", name).isTrue();
            boolean dependsOnAFramework = coreKnowsNoFramework(new DescribedPredicate<>("are " + name) {
                        @Override
                        public boolean test(JavaClass javaClass) {
                            return outermost(javaClass).equals(name);
                        }
                    })
                    .evaluate(MITTARI)
                    .hasViolation();
            if (!dependsOnAFramework) {
                notNeeded.add(name);
            }
        }
        assertThat(notNeeded).as("listed as exceptions, but plain Java now").isEmpty();
    }

    private static ArchRule coreKnowsNoFramework(DescribedPredicate<JavaClass> which) {
        return noClasses()
                .that()
                .resideInAnyPackage(CORE_PACKAGES)
                .and()
                // Schema migrations (Flyway's Java migrations, a trigger of the embedded database) are persistence too
                .resideOutsideOfPackages("..persistence..", "..web..", "..migration..")
                .and()
                // A settings record is configuration bound at start-up: wiring, like the persistence edge (ADR 0038)
                .areNotAnnotatedWith(ConfigurationProperties.class)
                .and(which)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(FRAMEWORKS);
    }

    private static String outermost(JavaClass javaClass) {
        String name = javaClass.getName();
        int nested = name.indexOf('$');
        return nested < 0 ? name : name.substring(0, nested);
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
