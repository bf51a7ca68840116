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

    /**
     * What the footer shows: a link to the accessibility statement in the page's language and, on a campaign's form,
     * to its privacy notice ({@code privacyHref} empty elsewhere).
     */
    public record Footer(String href, String text, String privacyHref, String privacyText) {

        public boolean hasPrivacy() {
            return !privacyHref.isEmpty();
        }
    }

    /**
     * The model entry naming the campaign whose form is shown: invitation (/i/{token}) and resumed (/r/{key}) forms do
     * not name it in their address, and they link the same privacy notice.
     */
    static final String CAMPAIGN = "campaign";

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
            Optional<String> named = model.get(CAMPAIGN) instanceof String slug ? Optional.of(slug) : Optional.empty();
            String privacy = named.or(() -> campaignSlug(model.get("page")))
                    .map(slug -> "/privacy/" + slug + "?lang=" + language.code())
                    .orElse("");
            withFooter.put(
                    "footer",
                    new Footer(
                            "/accessibility?lang=" + language.code(),
                            ui.get(language.locale(), "footer.accessibility"),
                            privacy,
                            ui.get(language.locale(), "footer.privacy")));
            modelAndView.setModel(withFooter);
        });
    }

    /** A campaign's form is sent to /s/{slug}; invitation and preview forms name no campaign in their address. */
    private static Optional<String> campaignSlug(Object page) {
        if (page instanceof SurveyPage form && form.action().startsWith("/s/")) {
            String rest = form.action().substring(3);
            int end = rest.indexOf('/') < 0 ? rest.indexOf('?') : rest.indexOf('/');
            return Optional.of(end < 0 ? rest : rest.substring(0, end)).filter(s -> !s.isEmpty());
        }
        return Optional.empty();
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
