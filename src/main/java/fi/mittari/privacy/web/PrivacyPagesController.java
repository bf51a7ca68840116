package fi.mittari.privacy.web;

import fi.mittari.privacy.ApplyingRetention;
import fi.mittari.privacy.ErasingPersonalData;
import fi.mittari.privacy.ExportingPersonsAnswers;
import fi.mittari.privacy.PrivacySettings;
import fi.mittari.privacy.Removal;
import fi.mittari.privacy.RemovalLog;
import fi.mittari.privacy.RetentionPlan;
import fi.mittari.privacy.RetentionRule;
import fi.mittari.privacy.web.PrivacyFormPosts.PersonPost;
import fi.mittari.privacy.web.PrivacyFormPosts.RulePost;
import fi.mittari.security.Roles;
import fi.mittari.web.PostedForms;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
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
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The admin's privacy pages: the retention preview with "run now", the recorded removals and the retention rule form
 * ({@code /staff/privacy}), an erasure with a confirmation step ({@code /staff/privacy/erasure}) and the access download
 * ({@code /staff/privacy/access}). Every change is a POST answered with a redirect, or with the form and its errors.
 */
@Controller("/staff/privacy")
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(Roles.ADMIN)
class PrivacyPagesController {

    private static final int SHOWN_REMOVALS = 100;

    private final RetentionPlan plan;
    private final ApplyingRetention applying;
    private final PrivacySettings settings;
    private final ErasingPersonalData erasing;
    private final ExportingPersonsAnswers access;
    private final RemovalLog log;
    private final PostedForms forms;

    PrivacyPagesController(
            RetentionPlan plan,
            ApplyingRetention applying,
            PrivacySettings settings,
            ErasingPersonalData erasing,
            ExportingPersonsAnswers access,
            RemovalLog log,
            PostedForms forms) {
        this.plan = plan;
        this.applying = applying;
        this.settings = settings;
        this.erasing = erasing;
        this.access = access;
        this.log = log;
        this.forms = forms;
    }

    @Get("{?ran,saved}")
    HttpResponse<?> overview(@Nullable @QueryValue String ran, @Nullable @QueryValue String saved) {
        return HttpResponse.ok(
                overview(Optional.ofNullable(ran), saved != null, PrivacyOverview.RuleForm.EMPTY, List.of()));
    }

    @Post("/run")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> run(Authentication user) {
        List<Removal> done = applying.apply(user.getName());
        String key = done.isEmpty() ? "none" : done.get(0).actionKey();
        return HttpResponse.seeOther(URI.create("/staff/privacy?ran=" + key));
    }

    @Post("/rules")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> rule(@Body RulePost posted, Authentication user) {
        var form = posted.typed();
        Optional<PrivacyProblem> problem = saveRule(posted, user.getName());
        if (problem.isPresent()) {
            return HttpResponse.unprocessableEntity()
                    .body(overview(Optional.empty(), false, form, List.of(problem.get())));
        }
        return HttpResponse.seeOther(URI.create("/staff/privacy?saved=1"));
    }

    private Optional<PrivacyProblem> saveRule(RulePost form, String by) {
        Optional<PrivacyProblem> broken =
                forms.violations(form).stream().findFirst().map(v -> new PrivacyProblem(v.field(), v.messageKey()));
        if (broken.isPresent()) {
            return broken;
        }
        var read = PrivacyForms.rule(form.months(), form.action());
        if (read instanceof PrivacyForms.Read.Refused<Optional<RetentionRule>> refused) {
            return Optional.of(new PrivacyProblem(refused.field(), refused.messageKey()));
        }
        var rule = ((PrivacyForms.Read.Valid<Optional<RetentionRule>>) read).value();
        boolean saved = form.scope().equals("project")
                ? settings.setProjectRule(form.target(), rule, by)
                : settings.setCampaignRule(form.target(), rule, by);
        return saved ? Optional.empty() : Optional.of(new PrivacyProblem("target", "privacy.error.noTarget"));
    }

    private ModelAndView<?> overview(
            Optional<String> ran, boolean saved, PrivacyOverview.RuleForm form, List<PrivacyProblem> problems) {
        var today = plan.today();
        List<Removal> removals = log.recent(SHOWN_REMOVALS);
        List<Removal> done = ran.map(key ->
                        removals.stream().filter(r -> r.actionKey().equals(key)).toList())
                .orElse(List.of());
        var page = new PrivacyOverview(
                today, plan.due(today), plan.unruled(), ran.isPresent(), done, saved, removals, form, problems);
        return new ModelAndView<>("privacy/overview", Map.of("page", page));
    }

    @Get("/erasure{?erased}")
    HttpResponse<?> erasure(@Nullable @QueryValue String erased) {
        long count = erased != null && erased.matches("[0-9]{1,9}") ? Long.parseLong(erased) : -1;
        return HttpResponse.ok(person(new PersonPage(true, PersonPage.PersonFields.EMPTY, List.of(), -1, count)));
    }

    /** The confirmation step: how many responses would go, with the request carried in hidden fields. */
    @Post("/erasure/check")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> checkErasure(@Body PersonPost body) {
        var fields = body.shown();
        var read = PersonRequestForm.read(body, erasing);
        if (read instanceof PersonRequestForm.Refused refused) {
            return HttpResponse.unprocessableEntity()
                    .body(person(new PersonPage(true, fields, refused.problems(), -1, -1)));
        }
        int toGo = erasing.count(((PersonRequestForm.Valid) read).request());
        return HttpResponse.ok(person(new PersonPage(true, fields, List.of(), toGo, -1)));
    }

    @Post("/erasure")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> erase(@Body PersonPost body, Authentication user) {
        var read = PersonRequestForm.read(body, erasing);
        if (read instanceof PersonRequestForm.Refused refused) {
            return HttpResponse.unprocessableEntity()
                    .body(person(new PersonPage(true, body.shown(), refused.problems(), -1, -1)));
        }
        long responses = erasing.erase(((PersonRequestForm.Valid) read).request(), user.getName()).stream()
                .mapToLong(Removal::responses)
                .sum();
        return HttpResponse.seeOther(URI.create("/staff/privacy/erasure?erased=" + responses));
    }

    @Get("/access")
    HttpResponse<?> accessForm() {
        return HttpResponse.ok(person(new PersonPage(false, PersonPage.PersonFields.EMPTY, List.of(), -1, -1)));
    }

    /** The person's answers as a CSV download, or the form again with its errors. */
    @Post("/access")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces({MediaType.TEXT_HTML, "text/csv"})
    HttpResponse<?> download(@Body PersonPost body, Authentication user) {
        var read = PersonRequestForm.read(body, erasing);
        if (read instanceof PersonRequestForm.Refused refused) {
            return HttpResponse.unprocessableEntity()
                    .contentType(MediaType.TEXT_HTML_TYPE)
                    .body(person(new PersonPage(false, body.shown(), refused.problems(), -1, -1)));
        }
        var rows = access.export(((PersonRequestForm.Valid) read).request(), user.getName());
        return HttpResponse.ok(AccessCsv.csv(rows))
                .contentType(new MediaType("text/csv; charset=utf-8"))
                .header("Content-Disposition", "attachment; filename=\"answers.csv\"");
    }

    private static ModelAndView<?> person(PersonPage page) {
        return new ModelAndView<>("privacy/person", Map.of("page", page));
    }
}
