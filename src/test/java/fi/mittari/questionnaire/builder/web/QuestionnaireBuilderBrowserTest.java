package fi.mittari.questionnaire.builder.web;

import static org.assertj.core.api.Assertions.assertThat;

import fi.mittari.questionnaire.DefinitionResult;
import fi.mittari.questionnaire.Draft;
import fi.mittari.questionnaire.Questionnaire;
import fi.mittari.questionnaire.QuestionnaireCatalog;
import fi.mittari.questionnaire.QuestionnaireDrafts;
import fi.mittari.questionnaire.StoredQuestionnaire;
import fi.mittari.support.Axe;
import fi.mittari.support.Browser;
import fi.mittari.support.StaffApi;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A coordinator builds surveys/keko-impact.yaml anew in the builder (three pages, choices with "other", the shared
 * list knowledge, a code list, a condition, Swedish and English texts) without typing YAML, tries a constraint, and
 * publishes it; the published version reads as the same questionnaire as the shipped file. With scripts every screen
 * passes axe-core at 390 and 1200 px; without scripts the same steps work through posts and redirects.
 */
@MicronautTest(transactional = false)
class QuestionnaireBuilderBrowserTest {

    private static final int PHONE = 390;
    private static final int WIDE = 1200;

    @Inject
    EmbeddedServer server;

    @Inject
    QuestionnaireCatalog catalog;

    @Inject
    QuestionnaireDrafts drafts;

    @Test
    void kekoImpactBuiltWithScriptsIsPublishedAsTheShippedQuestionnaireAndEveryScreenPassesAxe() throws Exception {
        Axe.require();
        List<String> problems = new ArrayList<>();
        try (Browser browser = Browser.start()) {
            buildAndPublish(browser, "keko-impact-built-" + Long.toString(System.nanoTime(), 36), screen -> {
                var onPhone = browser.accessibilityViolations();
                onPhone.forEach(v -> problems.add(screen + " at " + PHONE + " px: " + v));
                browser.resize(WIDE, 900);
                browser.accessibilityViolations().stream()
                        .filter(v -> !onPhone.contains(v))
                        .forEach(v -> problems.add(screen + " at " + WIDE + " px: " + v));
                browser.resize(PHONE, 900);
            });
        }
        assertThat(problems)
                .as("WCAG 2.1 A/AA violations (axe-core %s)", Axe.version())
                .isEmpty();
    }

    @Test
    void kekoImpactBuiltWithoutScriptsIsPublishedAsTheShippedQuestionnaire() throws Exception {
        try (Browser browser = Browser.start(Browser.Options.in("fi", false))) {
            assertThat(browser.runsPageScripts()).isFalse();
            buildAndPublish(browser, "keko-impact-nojs-" + Long.toString(System.nanoTime(), 36), screen -> {});
        }
    }

    private void buildAndPublish(Browser browser, String key, BuilderSteps.Check check) throws Exception {
        String base = server.getURL().toString();
        logIn(browser, base);
        BuilderSteps steps = new BuilderSteps(browser, base, key, check);
        KekoImpactInTheBuilder.build(steps, browser, check);

        tryAConstraint(browser, steps, check);
        duplicateAndRemove(browser, steps, check);

        browser.open(steps.builder());
        assertThat(browser.pageSource()).doesNotContain("id=\"problems\"");
        browser.click("nav.builder-tabs a[href$='/publish']");
        assertThat(browser.awaitTitle("Julkaise")).startsWith("Julkaise");
        browser.click("form[action$='/publish'] button");
        assertThat(browser.awaitTitle("Kyselyt")).startsWith("Kyselyt");
        assertThat(browser.pageSource()).contains("Kysely " + key + " julkaistiin versiona 1.");

        Questionnaire built =
                catalog.latest(key).map(StoredQuestionnaire::questionnaire).orElseThrow();
        Questionnaire shipped = ((DefinitionResult.Accepted)
                        catalog.validate("keko-impact.yaml", Files.readString(Path.of("surveys/keko-impact.yaml"))))
                .questionnaire();
        assertThat(built.key()).isEqualTo(key);
        assertThat(new Questionnaire(
                        shipped.key(),
                        built.title(),
                        built.description(),
                        built.defaultLanguage(),
                        built.languages(),
                        built.questions(),
                        built.rules(),
                        built.pages()))
                .usingRecursiveComparison()
                .isEqualTo(shipped);
    }

    /** keko-impact has no constraint: one is picked, stored, and taken away again. */
    private void tryAConstraint(Browser browser, BuilderSteps steps, BuilderSteps.Check check)
            throws IOException, InterruptedException {
        browser.open(steps.builder() + "/questions/0/4");
        assertThat(browser.awaitTitle("Kysymys usefulness")).startsWith("Kysymys usefulness");
        steps.pick("constraint", ".", "ge", "5");
        browser.type("#f-constraintMessage-fi", "Anna vähintään viisi.");
        steps.save();
        String key = steps.builder().replaceAll(".*/questionnaires/([^/]+)/builder$", "$1");
        assertThat(drafts.draft(key).map(Draft::definition).orElseThrow())
                .contains("constraint: . >= 5")
                .contains("Anna vähintään viisi.");
        check.on("question with a constraint");
        // Opened again without the notice of the save before, so that waiting for it waits for this save.
        browser.open(steps.builder() + "/questions/0/4");
        assertThat(browser.awaitTitle("Kysymys usefulness")).startsWith("Kysymys usefulness");
        browser.click("#constraint-mode-none");
        browser.clear("#f-constraintMessage-fi");
        steps.save();
        assertThat(drafts.draft(key).map(Draft::definition).orElseThrow()).doesNotContain("constraint");
    }

    private void duplicateAndRemove(Browser browser, BuilderSteps steps, BuilderSteps.Check check)
            throws IOException, InterruptedException {
        browser.open(steps.builder());
        browser.click("#q-2-0 form[action$='/duplicate'] button");
        assertThat(browser.awaitTitle("Kysymys comments_2")).startsWith("Kysymys comments_2");
        browser.open(steps.builder() + "/questions/2/1/remove");
        assertThat(browser.awaitTitle("Poistetaanko")).startsWith("Poistetaanko kysymys comments_2");
        check.on("confirm removal");
        browser.click("#confirm-remove");
        assertThat(browser.awaitTitle("Kyselyn rakenne")).startsWith("Kyselyn rakenne");
        assertThat(browser.pageSource()).doesNotContain("comments_2");
    }

    /** Logs in as the admin and waits for the staff front page; the builder's other browser tests start here too. */
    static void logIn(Browser browser, String base) throws IOException, InterruptedException {
        browser.open(base + "/login");
        browser.type("#username", StaffApi.ADMIN);
        browser.type("#password", StaffApi.ADMIN_PASSWORD);
        browser.click("button[type=submit]");
        assertThat(browser.awaitExactTitle("Etusivu – Mittari")).isEqualTo("Etusivu – Mittari");
    }
}
