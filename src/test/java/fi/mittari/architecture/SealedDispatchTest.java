package fi.mittari.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import fi.mittari.campaign.mail.InvitingOutcome;
import fi.mittari.campaign.mail.RecipientLists;
import fi.mittari.indicator.definition.Breakdown;
import fi.mittari.indicator.definition.Filter;
import fi.mittari.indicator.definition.Measure;
import fi.mittari.indicator.definition.Quantity;
import fi.mittari.questionnaire.Question;
import fi.mittari.questionnaire.expression.Value;
import fi.mittari.response.ImportOutcome;
import fi.mittari.response.SubmissionOutcome;
import fi.mittari.results.QuestionResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Decisions over a type of question go through {@code QuestionVisitor} or behaviour on the types, so a new type fails
 * to compile wherever a decision about it is needed (ADR 0036). An {@code instanceof} or a cast would compile and then
 * quietly pick a default. ArchUnit reads {@code instanceof} from the bytecode (pattern matching included); it cannot
 * see casts, so they are found in the source text instead.
 */
class SealedDispatchTest {

    private static final JavaClasses MITTARI = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("fi.mittari");

    private static final Path MAIN_SOURCES = Path.of("src/main/java");

    @Test
    void noMainCodeTestsWhichTypeAQuestionIs() {
        List<String> checks = MITTARI.stream()
                .flatMap(c -> c.getCodeUnits().stream())
                .flatMap(unit -> unit.getInstanceofChecks().stream())
                .filter(check -> isQuestionType(check.getRawType()))
                .map(check -> check.getRawType().getSimpleName() + " at " + check.getSourceCodeLocation())
                .toList();

        assertThat(checks).as("instanceof over a question type").isEmpty();
    }

    /**
     * The same for an indicator's measure, its quantity and condition, and a breakdown: decisions go through their
     * {@code Cases}. The classes listed here still test the kind with {@code instanceof}: the engine's and the report
     * preparation's are being moved in other work, and the rest ask one yes/no question ("is it a ratio?", "is it a
     * share?"). Each is to be taken off the list when it is changed to ask its {@code Cases}.
     */
    private static final Set<String> MEASURE_KINDS_NOT_YET_BY_CASES = Set.of(
            "fi.mittari.batch.DefinitionReader",
            "fi.mittari.batch.IndicatorValuesStepsConfiguration",
            "fi.mittari.indicator.definition.CatalogGoalIndicators",
            "fi.mittari.indicator.definition.IndicatorCatalogCheck",
            "fi.mittari.indicator.definition.IndicatorEntryReader",
            "fi.mittari.indicator.definition.MeasureYamlReader",
            "fi.mittari.indicator.progress.MeasuringProgress",
            "fi.mittari.report.definition.ReportCatalogCheck",
            "fi.mittari.indicator.engine.CoachingOutcomes",
            "fi.mittari.indicator.engine.GroupProtection",
            "fi.mittari.indicator.engine.IndicatorArithmetic",
            "fi.mittari.indicator.engine.IndicatorSql",
            "fi.mittari.indicator.engine.MeasuringIndicators",
            "fi.mittari.indicator.engine.PairingAnswers",
            "fi.mittari.report.preparing.IndicatorFigures",
            "fi.mittari.report.preparing.PreparingFromStoredResults",
            "fi.mittari.report.preparing.RuleWords");

    @Test
    void noMainCodeTestsWhichKindAnIndicatorsMeasureOrBreakdownIs() {
        List<String> checks = MITTARI.stream()
                .filter(c ->
                        !MEASURE_KINDS_NOT_YET_BY_CASES.contains(outermost(c).getName()))
                .flatMap(c -> c.getCodeUnits().stream())
                .flatMap(unit -> unit.getInstanceofChecks().stream())
                .filter(check -> isMeasureKind(check.getRawType()))
                .map(check -> check.getRawType().getName() + " at " + check.getSourceCodeLocation())
                .toList();

        assertThat(checks)
                .as("instanceof over a kind of measure, quantity, condition or breakdown")
                .isEmpty();
    }

    @Test
    void everyClassStillAllowedToTestAMeasuresKindExistsAndStillDoes() {
        List<String> stale = MEASURE_KINDS_NOT_YET_BY_CASES.stream()
                .filter(name -> MITTARI.stream()
                        .filter(c -> outermost(c).getName().equals(name))
                        .flatMap(c -> c.getCodeUnits().stream())
                        .flatMap(unit -> unit.getInstanceofChecks().stream())
                        .noneMatch(check -> isMeasureKind(check.getRawType())))
                .toList();

        assertThat(stale)
                .as("listed but no longer testing a measure's kind: take them off the list")
                .isEmpty();
    }

    /**
     * Other closed sets decided through their {@code Cases} as ADR 36 asks of them once they are touched: a result on
     * the results page, the outcomes of sending a response, of importing a sheet of responses and of
     * inviting by email, and an expression's value. The
     * classes listed still test the kind with {@code instanceof}, most to ask one yes/no question ("is it a number?");
     * each is to be taken off its list when it asks the {@code Cases} instead, and the lists only shrink.
     */
    private static final Map<Class<?>, Set<String>> KINDS_NOT_YET_BY_CASES = Map.of(
            QuestionResult.class,
            Set.of(),
            SubmissionOutcome.class,
            Set.of("fi.mittari.response.SubmittingResponse", "fi.mittari.response.web.ResponseApiController"),
            ImportOutcome.class,
            Set.of("fi.mittari.demo.SeedScenario"),
            InvitingOutcome.class,
            Set.of(),
            RecipientLists.Reading.class,
            Set.of(),
            Value.class,
            Set.of(
                    "fi.mittari.questionnaire.expression.CalculationEvaluation",
                    "fi.mittari.questionnaire.expression.ExpressionEvaluator",
                    "fi.mittari.questionnaire.expression.FunctionEvaluation",
                    "fi.mittari.questionnaire.expression.FunctionTyping",
                    "fi.mittari.questionnaire.expression.TextPatterns",
                    "fi.mittari.questionnaire.expression.ValueComparison",
                    "fi.mittari.response.AnswerLogic"));

    @Test
    void noMainCodeTestsTheKindOfASetDecidedThroughCases() {
        List<String> checks = new ArrayList<>();
        KINDS_NOT_YET_BY_CASES.forEach((family, allowed) -> MITTARI.stream()
                .filter(c -> !allowed.contains(outermost(c).getName()))
                .flatMap(c -> c.getCodeUnits().stream())
                .flatMap(unit -> unit.getInstanceofChecks().stream())
                .filter(check -> isKindOf(check.getRawType(), family))
                .forEach(check -> checks.add(check.getRawType().getName() + " at " + check.getSourceCodeLocation())));

        assertThat(checks)
                .as("instanceof over a kind decided through its Cases")
                .isEmpty();
    }

    @Test
    void everyClassStillAllowedToTestAKindExistsAndStillDoes() {
        List<String> stale = new ArrayList<>();
        KINDS_NOT_YET_BY_CASES.forEach((family, allowed) -> allowed.stream()
                .filter(name -> MITTARI.stream()
                        .filter(c -> outermost(c).getName().equals(name))
                        .flatMap(c -> c.getCodeUnits().stream())
                        .flatMap(unit -> unit.getInstanceofChecks().stream())
                        .noneMatch(check -> isKindOf(check.getRawType(), family)))
                .forEach(name -> stale.add(name + " (" + family.getSimpleName() + ")")));

        assertThat(stale)
                .as("listed but no longer testing the kind: take them off the list")
                .isEmpty();
    }

    @Test
    void noMainCodeCastsAQuestionToItsType() throws IOException {
        String types = Arrays.stream(Question.class.getPermittedSubclasses())
                .map(Class::getSimpleName)
                .collect(Collectors.joining("|"));
        Pattern cast = castTo(types);
        try (Stream<Path> files = Files.walk(MAIN_SOURCES)) {
            List<String> casts = files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> cast.matcher(read(f)).find())
                    .map(Path::toString)
                    .toList();

            assertThat(casts).as("casts to a question type").isEmpty();
        }
    }

    @Test
    void theCastSearchFindsACast() {
        Pattern cast = castTo("TextQuestion");

        assertThat(cast.matcher("TextQuestion text = (TextQuestion) question;").find())
                .isTrue();
        assertThat(cast.matcher("visitText(TextQuestion text) {").find()).isFalse();
    }

    /** "(Type) expression", not "(Type name)" of a parameter list. */
    private static Pattern castTo(String types) {
        return Pattern.compile("\\(\\s*(" + types + ")\\s*\\)\\s*[A-Za-z_(]");
    }

    private static boolean isKindOf(JavaClass type, Class<?> family) {
        return !type.isEquivalentTo(family) && type.isAssignableTo(family);
    }

    private static boolean isMeasureKind(JavaClass type) {
        return Stream.of(Measure.class, Quantity.class, Filter.class, Breakdown.class)
                .anyMatch(family -> !type.isEquivalentTo(family) && type.isAssignableTo(family));
    }

    private static JavaClass outermost(JavaClass type) {
        JavaClass outer = type;
        while (outer.getEnclosingClass().isPresent()) {
            outer = outer.getEnclosingClass().get();
        }
        return outer;
    }

    private static boolean isQuestionType(JavaClass type) {
        return type.isAssignableTo(Question.class);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
