package fi.mittari.response.web;

import fi.mittari.questionnaire.Language;
import fi.mittari.web.UiText;
import io.micronaut.http.HttpRequest;
import io.micronaut.views.ModelAndView;
import io.micronaut.views.model.ViewModelProcessor;
import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Adds the footer every respondent page shows — the link to the accessibility statement, in the page's language — to
 * the model of each {@code survey/…} view, so that no controller (nor the preview) has to remember it.
 */
@Singleton
class RespondentFooter implements ViewModelProcessor<Map<String, Object>> {

    /** What the footer shows: a link to the statement in the page's language. */
    public record Footer(String href, String text) {}

    private final UiText ui;

    RespondentFooter(UiText ui) {
        this.ui = ui;
    }

    @Override
    public void process(HttpRequest<?> request, ModelAndView<Map<String, Object>> modelAndView) {
        if (!modelAndView.getView().map(view -> view.startsWith("survey/")).orElse(false)) {
            return;
        }
        Map<String, Object> model = modelAndView.getModel().orElseGet(Map::of);
        languageOf(model.get("page")).ifPresent(language -> {
            Map<String, Object> withFooter = new HashMap<>(model);
            withFooter.put(
                    "footer",
                    new Footer(
                            "/accessibility?lang=" + language.code(),
                            ui.get(language.locale(), "footer.accessibility")));
            modelAndView.setModel(withFooter);
        });
    }

    private static Optional<Language> languageOf(Object page) {
        if (page instanceof SurveyPage form) {
            return Language.fromCode(form.lang());
        }
        if (page instanceof MessagePage message) {
            return Language.fromCode(message.lang());
        }
        return Optional.empty();
    }
}
