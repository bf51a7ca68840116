package fi.mittari.questionnaire.drafting.web;

import fi.mittari.Sha256;
import fi.mittari.questionnaire.Language;
import fi.mittari.questionnaire.builder.DocumentReading;
import fi.mittari.questionnaire.builder.QuestionnaireDocument;
import fi.mittari.questionnaire.builder.TextEntry;
import fi.mittari.questionnaire.drafting.DraftDocuments;
import fi.mittari.security.Roles;
import fi.mittari.web.PageLocale;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every text of a questionnaire side by side in its languages, missing translations counted and marked, edited in
 * place and saved with one button. Saving goes through the document ({@code setText}), so only the texts changed are
 * rewritten and every other line of the YAML stays as it was. Works without JavaScript.
 */
@Controller("/staff/questionnaires/{key}/translations")
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Roles.ADMIN, Roles.DESIGNER})
class TranslationsController {

    private final DraftDocuments documents;
    private final PageLocale locales;

    TranslationsController(DraftDocuments documents, PageLocale locales) {
        this.documents = documents;
        this.locales = locales;
    }

    @Get
    HttpResponse<?> show(
            String key,
            @Nullable @QueryValue Boolean missing,
            @Nullable @QueryValue Integer saved,
            HttpRequest<?> request) {
        Optional<DocumentReading> reading = documents.read(key);
        if (reading.isEmpty()) {
            return HttpResponse.notFound();
        }
        if (!(reading.get() instanceof DocumentReading.Read read)) {
            return unreadable(key, request);
        }
        var table = new TranslationTable(read.document(), locales.of(request), Map.of(), Map.of());
        String notice =
                saved == null ? null : saved == 0 ? "drafting.translations.unchanged" : "drafting.translations.saved";
        return HttpResponse.ok(
                view(table.page(key, Boolean.TRUE.equals(missing), notice, saved == null ? 0 : saved, null)));
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> save(
            // A map, not a record: the texts' fields are named by their place in the questionnaire and language.
            String key, @Nullable @Body Map<String, Object> form, HttpRequest<?> request, Authentication user) {
        Map<String, Object> fields = form == null ? Map.of() : form;
        Optional<DocumentReading> reading = documents.read(key);
        if (reading.isEmpty()) {
            return HttpResponse.notFound();
        }
        if (!(reading.get() instanceof DocumentReading.Read read)) {
            return unreadable(key, request);
        }
        QuestionnaireDocument document = read.document();
        boolean onlyMissing = "true".equals(TranslationTable.field(fields, "missing"));
        Map<String, String> sent = TranslationTable.sentTexts(fields);
        Map<String, String> refused = TranslationTable.refusals(document, sent);
        String revision = TranslationTable.field(fields, "revision");
        if (!refused.isEmpty() || !revision.equals(revisionOf(document))) {
            // Nothing saved; what was typed is shown again, with the reason.
            var table = new TranslationTable(document, locales.of(request), sent, refused);
            String why =
                    refused.isEmpty() ? "drafting.translations.changedMeanwhile" : "drafting.translations.notSaved";
            return HttpResponse.status(refused.isEmpty() ? HttpStatus.CONFLICT : HttpStatus.UNPROCESSABLE_ENTITY)
                    .body(view(table.page(key, onlyMissing, null, 0, why)));
        }
        int changed = 0;
        List<TextEntry> texts = document.texts();
        for (int i = 0; i < texts.size(); i++) {
            TextEntry text = texts.get(i);
            Map<Language, String> values = new EnumMap<>(Language.class);
            values.putAll(text.values());
            for (Language language : document.languages()) {
                String value = sent.get(TranslationTable.name(i, language));
                if (value != null) {
                    values.put(language, value);
                }
            }
            values.values().removeIf(String::isBlank);
            if (!values.equals(text.values())) {
                document.setText(text.place(), text.field(), values);
                changed++;
            }
        }
        if (changed > 0) {
            documents.save(key, document, user.getName());
        }
        return HttpResponse.seeOther(URI.create("/staff/questionnaires/" + key + "/translations?saved=" + changed
                + (onlyMissing ? "&missing=true" : "")));
    }

    static String revisionOf(QuestionnaireDocument document) {
        return Sha256.hex(document.yaml().getBytes(StandardCharsets.UTF_8));
    }

    private HttpResponse<?> unreadable(String key, HttpRequest<?> request) {
        var page = new TranslationsPage(
                key, "", List.of(), List.of(), 0, 0, false, "", null, 0, "drafting.translations.unreadable", List.of());
        return HttpResponse.status(HttpStatus.CONFLICT).body(view(page));
    }

    private static ModelAndView<?> view(TranslationsPage page) {
        return new ModelAndView<>("translations/table", Map.of("page", page));
    }
}
