package fi.mittari.privacy.web;

import fi.mittari.privacy.DueCampaign;
import fi.mittari.privacy.ErasingPersonalData;
import fi.mittari.privacy.ExportingPersonsAnswers;
import fi.mittari.privacy.PersonRequest;
import fi.mittari.privacy.PrivacySettings;
import fi.mittari.privacy.Removal;
import fi.mittari.privacy.RemovalLog;
import fi.mittari.privacy.RetentionPlan;
import fi.mittari.privacy.RetentionRule;
import fi.mittari.security.Roles;
import fi.mittari.web.ApiErrors;
import fi.mittari.web.ApiProblem;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The privacy API (ADMIN): what retention will touch, retention rules, erasure and the access export of a person's
 * answers. A retention run is started as the job applyRetention (POST /api/jobs/applyRetention/executions).
 */
@ApiErrors
@Controller("/api/privacy")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(Roles.ADMIN)
class PrivacyApiController {

    private final RetentionPlan plan;
    private final PrivacySettings settings;
    private final ErasingPersonalData erasing;
    private final ExportingPersonsAnswers access;
    private final RemovalLog log;

    PrivacyApiController(
            RetentionPlan plan,
            PrivacySettings settings,
            ErasingPersonalData erasing,
            ExportingPersonsAnswers access,
            RemovalLog log) {
        this.plan = plan;
        this.settings = settings;
        this.erasing = erasing;
        this.access = access;
        this.log = log;
    }

    @Serdeable
    record Due(
            String campaign,
            @Nullable String project,
            int months,
            String action,
            boolean campaignRule,
            String lastKeptDay,
            long responses,
            @Nullable String firstDay,
            @Nullable String lastDay) {
        static Due of(DueCampaign c) {
            return new Due(
                    c.slug(),
                    c.projectCode().orElse(null),
                    c.rule().months(),
                    c.rule().action().name(),
                    c.ownRule(),
                    c.lastKeptDay().toString(),
                    c.responses(),
                    c.firstDay().map(Object::toString).orElse(null),
                    c.lastDay().map(Object::toString).orElse(null));
        }
    }

    @Serdeable
    record Preview(String today, List<Due> due, List<String> campaignsWithoutRule) {}

    /** What one erasure removed. */
    @Serdeable
    record Erasure(List<Removed> removed) {}

    @Serdeable
    record Removed(
            String kind,
            String campaign,
            @Nullable String project,
            long responses,
            long answerRows,
            String doneBy,
            String doneAt) {
        static Removed of(Removal r) {
            return new Removed(
                    r.kind().name(),
                    r.campaignSlug(),
                    r.projectCode().orElse(null),
                    r.responses(),
                    r.answerRows(),
                    r.doneBy(),
                    r.doneAt().toString());
        }
    }

    @Get("/retention")
    Preview retention() {
        var today = plan.today();
        return new Preview(
                today.toString(), plan.due(today).stream().map(Due::of).toList(), plan.unruled());
    }

    /** Body: {@code {"months": 24, "action": "DELETE"}}; without months the rule is removed. */
    @Put("/projects/{code}/retention")
    @ApiResponse(responseCode = "204", description = "Saved")
    HttpResponse<?> projectRule(String code, @Nullable @Body Map<String, Object> body, Authentication user) {
        return rule(body, rule -> settings.setProjectRule(code, rule, user.getName()), "project " + code);
    }

    @Put("/campaigns/{slug}/retention")
    @ApiResponse(responseCode = "204", description = "Saved")
    HttpResponse<?> campaignRule(String slug, @Nullable @Body Map<String, Object> body, Authentication user) {
        return rule(body, rule -> settings.setCampaignRule(slug, rule, user.getName()), "campaign " + slug);
    }

    private HttpResponse<?> rule(
            @Nullable Map<String, Object> body,
            java.util.function.Predicate<Optional<RetentionRule>> set,
            String target) {
        var read = PrivacyForms.rule(stringified(body));
        if (read instanceof PrivacyForms.Read.Refused<Optional<RetentionRule>> refused) {
            return invalid(refused.field(), refused.messageKey());
        }
        var rule = ((PrivacyForms.Read.Valid<Optional<RetentionRule>>) read).value();
        return set.test(rule) ? HttpResponse.noContent() : HttpResponse.notFound(ApiProblem.of("No " + target));
    }

    /** Body: {@code {"controller": "…", "contact": "…"}}, either blank for not given. */
    @Put("/campaigns/{slug}/notice")
    @ApiResponse(responseCode = "204", description = "Saved")
    HttpResponse<?> notice(String slug, @Nullable @Body Map<String, Object> body, Authentication user) {
        Map<String, Object> fields = stringified(body);
        String controller = PrivacyForms.text(fields, "controller");
        String contact = PrivacyForms.text(fields, "contact");
        if (controller.length() > PrivacySettings.MAX_CONTROLLER) {
            return invalid("controller", "privacy.error.tooLong");
        }
        if (contact.length() > PrivacySettings.MAX_CONTACT) {
            return invalid("contact", "privacy.error.tooLong");
        }
        return settings.setNotice(slug, controller, contact, user.getName())
                ? HttpResponse.noContent()
                : HttpResponse.notFound(ApiProblem.of("No campaign " + slug));
    }

    /** Body: {@code kind} pseudonym (project, pseudonym), invitation (campaign, reference) or response (response). */
    @Post("/erasures")
    @ApiResponse(
            responseCode = "200",
            description = "Erased",
            content = @Content(schema = @Schema(implementation = Erasure.class)))
    HttpResponse<?> erase(@Nullable @Body Map<String, Object> body, Authentication user) {
        var read = PrivacyForms.person(stringified(body));
        if (read instanceof PrivacyForms.Read.Refused<PersonRequest> refused) {
            return invalid(refused.field(), refused.messageKey());
        }
        var request = ((PrivacyForms.Read.Valid<PersonRequest>) read).value();
        List<Removed> removed =
                erasing.erase(request, user.getName()).stream().map(Removed::of).toList();
        return HttpResponse.ok(new Erasure(removed));
    }

    /** The person's answers as CSV; the same query fields as an erasure. */
    @Get("/access{?kind,project,pseudonym,campaign,reference,response}")
    @ApiResponse(
            responseCode = "200",
            description = "The person's answers",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = "string", format = "binary")))
    HttpResponse<?> access(
            @Nullable @QueryValue String kind,
            @Nullable @QueryValue String project,
            @Nullable @QueryValue String pseudonym,
            @Nullable @QueryValue String campaign,
            @Nullable @QueryValue String reference,
            @Nullable @QueryValue String response,
            Authentication user) {
        Map<String, Object> fields = new HashMap<>();
        put(fields, "kind", kind);
        put(fields, "project", project);
        put(fields, "pseudonym", pseudonym);
        put(fields, "campaign", campaign);
        put(fields, "reference", reference);
        put(fields, "response", response);
        var read = PrivacyForms.person(fields);
        if (read instanceof PrivacyForms.Read.Refused<PersonRequest> refused) {
            return invalid(refused.field(), refused.messageKey());
        }
        var rows = access.export(((PrivacyForms.Read.Valid<PersonRequest>) read).value(), user.getName());
        return HttpResponse.ok(AccessCsv.csv(rows))
                .contentType(new MediaType("text/csv; charset=utf-8"))
                .header("Content-Disposition", "attachment; filename=\"answers.csv\"");
    }

    @Get("/removals")
    List<Removed> removals() {
        return log.recent(100).stream().map(Removed::of).toList();
    }

    private static void put(Map<String, Object> fields, String name, @Nullable String value) {
        if (value != null) {
            fields.put(name, value);
        }
    }

    private static Map<String, Object> stringified(@Nullable Map<String, Object> body) {
        Map<String, Object> fields = new HashMap<>();
        if (body != null) {
            body.forEach((k, v) -> fields.put(k, v == null ? "" : String.valueOf(v)));
        }
        return fields;
    }

    private static HttpResponse<?> invalid(String field, String messageKey) {
        return HttpResponse.unprocessableEntity()
                .body(new ApiProblem(
                        "The request was refused",
                        List.of(new ApiProblem.Detail(field, "invalid", messageKey.replace("privacy.error.", "")))));
    }
}
