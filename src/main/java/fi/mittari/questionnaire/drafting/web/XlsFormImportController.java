package fi.mittari.questionnaire.drafting.web;

import fi.mittari.questionnaire.DraftSaveOutcome;
import fi.mittari.questionnaire.QuestionnaireYamlReader;
import fi.mittari.questionnaire.builder.ProblemWording;
import fi.mittari.questionnaire.builder.web.BuilderLinks;
import fi.mittari.questionnaire.builder.web.PlainMessages;
import fi.mittari.questionnaire.drafting.KeptWorkbooks;
import fi.mittari.questionnaire.drafting.RefusedWorkbooks;
import fi.mittari.questionnaire.drafting.WorkbookDraft;
import fi.mittari.questionnaire.drafting.XlsFormDrafts;
import fi.mittari.questionnaire.drafting.web.XlsFormImportPage.CellProblem;
import fi.mittari.questionnaire.drafting.web.XlsFormImportPage.FieldProblem;
import fi.mittari.questionnaire.drafting.web.XlsFormImportPage.Offer;
import fi.mittari.questionnaire.xlsform.UnaskableQuestions;
import fi.mittari.security.Roles;
import fi.mittari.web.PageLocale;
import fi.mittari.web.PostedText;
import fi.mittari.web.i18n.StaffMessages;
import fi.mittari.yaml.DefinitionProblem;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.views.ModelAndView;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A new questionnaire from an XLSForm workbook (KoboToolbox, ODK), uploaded from the browser. A workbook with rows
 * that do not map is refused with every problem at its cell in the staff's words and nothing is stored; otherwise the
 * draft is saved as over the API ({@link XlsFormDrafts}) and opened in the builder, through a page listing what the
 * import changed when it changed anything. A workbook refused only for questions Mittari cannot ask is kept for a
 * while ({@link RefusedWorkbooks}), so that importing it without them is one click. Works without JavaScript.
 */
@Controller("/staff/questionnaires/from-xlsform")
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Roles.ADMIN, Roles.DESIGNER})
class XlsFormImportController {

    static final String FILE = "x-file";
    static final String KEY = "x-key";

    private final XlsFormDrafts workbooks;
    private final RefusedWorkbooks refusedWorkbooks;
    private final PageLocale pageLocale;

    XlsFormImportController(XlsFormDrafts workbooks, RefusedWorkbooks refusedWorkbooks, PageLocale pageLocale) {
        this.workbooks = workbooks;
        this.refusedWorkbooks = refusedWorkbooks;
        this.pageLocale = pageLocale;
    }

    /** The offer's form: the token of the refused workbook kept for it, in a hidden field. */
    @Serdeable.Deserializable
    record KeptImportPost(@Nullable String token) {

        KeptImportPost {
            token = PostedText.of(token);
        }
    }

    @Get
    ModelAndView<?> form() {
        return form(XlsFormImportPage.empty());
    }

    @Post
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    HttpResponse<?> upload(
            @Nullable CompletedFileUpload file,
            @Nullable String key,
            @Nullable String leaveOut,
            Authentication user,
            HttpRequest<?> request) {
        Locale locale = pageLocale.of(request);
        String typed = key == null ? "" : key.strip();
        boolean leaving = leaveOut != null;
        if (!typed.isEmpty()
                && !QuestionnaireYamlReader.QUESTIONNAIRE_KEY.matcher(typed).matches()) {
            return refused(typed, leaving, new FieldProblem(KEY, say(locale, "drafting.start.problem.keyForm")));
        }
        if (file == null || file.getFilename() == null || file.getFilename().isBlank() || file.getSize() == 0) {
            return refused(typed, leaving, new FieldProblem(FILE, say(locale, "drafting.xlsform.problem.noFile")));
        }
        Optional<String> chosenKey = typed.isEmpty() ? Optional.empty() : Optional.of(typed);
        byte[] workbook = bytes(file);
        WorkbookDraft outcome = workbooks.create(
                file.getFilename(),
                chosenKey,
                workbook,
                leaving ? UnaskableQuestions.LEAVE_OUT : UnaskableQuestions.REFUSE,
                user.getName());
        if (outcome instanceof WorkbookDraft.Refused refusal && refusal.withoutUnaskable() && !leaving) {
            String token = refusedWorkbooks.keep(user.getName(), file.getFilename(), chosenKey, workbook);
            return refused(typed, false, refusal, new Offer(token, file.getFilename()), locale);
        }
        refusedWorkbooks.forgetEarlier(user.getName());
        return outcome(typed, leaving, outcome, locale);
    }

    /**
     * The one click that imports the workbook the form just refused, without the questions Mittari cannot ask and
     * under the key typed with it. A token that is not this person's, was used already or has expired gets the empty
     * form with one message, the same for each, so that nobody learns of another's upload.
     */
    @Post("/kept")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> importKept(@Nullable @Body KeptImportPost form, Authentication user, HttpRequest<?> request) {
        Locale locale = pageLocale.of(request);
        String token = form == null ? "" : form.token();
        Optional<KeptWorkbooks.Kept> taken = refusedWorkbooks.take(token, user.getName());
        if (taken.isEmpty()) {
            return refused("", false, new FieldProblem(FILE, say(locale, "drafting.xlsform.problem.notKept")));
        }
        KeptWorkbooks.Kept kept = taken.get();
        WorkbookDraft outcome = workbooks.create(
                kept.fileName(), kept.key(), kept.workbook(), UnaskableQuestions.LEAVE_OUT, user.getName());
        return outcome(kept.key().orElse(""), true, outcome, locale);
    }

    private HttpResponse<?> outcome(String typed, boolean leaving, WorkbookDraft outcome, Locale locale) {
        if (outcome instanceof WorkbookDraft.Refused refusal) {
            return refused(typed, leaving, refusal, null, locale);
        }
        if (outcome instanceof WorkbookDraft.Converted converted) {
            return converted(typed, leaving, converted, locale);
        }
        return refused(typed, leaving, new FieldProblem(FILE, say(locale, "drafting.xlsform.problem.tooLarge")));
    }

    private HttpResponse<?> converted(String typed, boolean leaving, WorkbookDraft.Converted converted, Locale locale) {
        if (converted.saved() instanceof DraftSaveOutcome.Saved saved) {
            String key = saved.draft().key();
            if (converted.warnings().isEmpty()) {
                return HttpResponse.seeOther(URI.create(BuilderLinks.builder(key) + "?saved"));
            }
            var imported =
                    new XlsFormImportPage.Imported(key, BuilderLinks.builder(key), cells(converted.warnings(), locale));
            return HttpResponse.ok(new ModelAndView<>("drafting/xlsform-imported", Map.of("page", imported)));
        }
        if (converted.saved() instanceof DraftSaveOutcome.KeyTaken taken) {
            return refused(
                    typed.isEmpty() ? taken.key() : typed,
                    leaving,
                    new FieldProblem(KEY, say(locale, "drafting.xlsform.problem.taken", taken.key())));
        }
        return refused(typed, leaving, new FieldProblem(KEY, say(locale, "drafting.xlsform.problem.noKey")));
    }

    /** Each problem at its cell, said in the staff's language (in the importer's English when no rule knows it). */
    static List<CellProblem> cells(List<DefinitionProblem> problems, Locale locale) {
        return problems.stream()
                .map(problem -> new CellProblem(
                        problem.path(),
                        PlainMessages.text(ProblemWording.of(problem.message()), locale),
                        problem.severity() == DefinitionProblem.Severity.ERROR))
                .toList();
    }

    private static HttpResponse<?> refused(String key, boolean leaveOut, FieldProblem problem) {
        return HttpResponse.<ModelAndView<?>>unprocessableEntity()
                .body(form(new XlsFormImportPage(key, leaveOut, List.of(problem), List.of(), null)));
    }

    private static HttpResponse<?> refused(
            String key, boolean leaveOut, WorkbookDraft.Refused refusal, @Nullable Offer offer, Locale locale) {
        return HttpResponse.<ModelAndView<?>>unprocessableEntity()
                .body(form(new XlsFormImportPage(key, leaveOut, List.of(), cells(refusal.problems(), locale), offer)));
    }

    private static ModelAndView<?> form(XlsFormImportPage page) {
        return new ModelAndView<>("drafting/xlsform", Map.of("page", page));
    }

    private static String say(Locale locale, String key, Object... arguments) {
        return StaffMessages.message(locale, key, arguments).orElse(key);
    }

    private static byte[] bytes(CompletedFileUpload file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
