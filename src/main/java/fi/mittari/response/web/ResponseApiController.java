package fi.mittari.response.web;

import fi.mittari.campaign.Campaign;
import fi.mittari.campaign.RespondentCampaigns;
import fi.mittari.questionnaire.Language;
import fi.mittari.questionnaire.QuestionnaireCatalog;
import fi.mittari.response.AnswerProblem;
import fi.mittari.response.Channel;
import fi.mittari.response.Submission;
import fi.mittari.response.SubmissionKeys;
import fi.mittari.response.SubmissionOutcome;
import fi.mittari.response.SubmittedAnswers;
import fi.mittari.response.SubmittingResponse;
import fi.mittari.security.Roles;
import fi.mittari.web.ApiErrors;
import fi.mittari.web.ApiProblem;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Responses sent as JSON, for example keyed in by staff from paper forms; validated exactly as the web form is. A
 * client makes retries safe with an {@code Idempotency-Key} header (or, as before, the body's {@code submissionId}):
 * the same key finds the response stored the first time.
 */
@ApiErrors
@Controller("/api/campaigns/{slug}/responses")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Roles.ADMIN, Roles.DESIGNER, Roles.ANALYST})
class ResponseApiController {

    private final RespondentCampaigns campaigns;
    private final QuestionnaireCatalog questionnaires;
    private final SubmittingResponse submitting;

    ResponseApiController(
            RespondentCampaigns campaigns, QuestionnaireCatalog questionnaires, SubmittingResponse submitting) {
        this.campaigns = campaigns;
        this.questionnaires = questionnaires;
        this.submitting = submitting;
    }

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    @Post
    @ApiResponse(
            responseCode = "201",
            description = "Stored (200 with repeated true: stored before under the same key)",
            content = @Content(schema = @Schema(implementation = StoredResponse.class)))
    HttpResponse<?> submit(
            String slug, @Body ResponseRequest request, @Nullable @Header(IDEMPOTENCY_KEY) String idempotencyKey) {
        Optional<ApiProblem.Detail> keyProblem = keyProblem(idempotencyKey, request.submissionId());
        if (keyProblem.isPresent()) {
            return HttpResponse.unprocessableEntity()
                    .body(new ApiProblem("The response was not stored", List.of(keyProblem.get())));
        }
        Optional<Campaign> campaign = campaigns.bySlug(slug);
        if (campaign.isEmpty()) {
            return HttpResponse.notFound(ApiProblem.of("No campaign with slug '" + slug + "'"));
        }
        var questionnaire =
                questionnaires.version(campaign.get().questionnaireVersionId()).orElseThrow();
        Optional<Language> requested = Optional.ofNullable(request.language()).flatMap(Language::fromCode);
        if (request.language() != null
                && requested.filter(questionnaire.questionnaire()::offers).isEmpty()) {
            return HttpResponse.unprocessableEntity()
                    .body(new ApiProblem(
                            "The response was not stored",
                            List.of(new ApiProblem.Detail(
                                    "language",
                                    "invalid",
                                    "the questionnaire is offered in "
                                            + questionnaire.questionnaire().languages().stream()
                                                    .map(Language::code)
                                                    .toList()))));
        }
        Language language = requested.orElse(questionnaire.questionnaire().defaultLanguage());
        String key = idempotencyKey != null
                ? idempotencyKey
                : SubmissionKeys.orFresh(Optional.ofNullable(request.submissionId()));
        SubmittedAnswers answers = answersFrom(request.answers() == null ? Map.of() : request.answers());
        SubmissionOutcome outcome =
                submitting.submit(new Submission(campaign.get(), language, key, Channel.API, answers));
        if (outcome instanceof SubmissionOutcome.Stored stored) {
            var body = new StoredResponse(stored.responseId(), key, stored.repeated());
            return stored.repeated() ? HttpResponse.ok(body) : HttpResponse.created(body);
        }
        if (outcome instanceof SubmissionOutcome.Refused refused) {
            return HttpResponse.unprocessableEntity()
                    .body(new ApiProblem(
                            "The response was not stored",
                            refused.problems().stream()
                                    .map(ResponseApiController::detail)
                                    .toList()));
        }
        if (!(outcome instanceof SubmissionOutcome.CampaignClosed closed)) {
            // Invitations are a web-form matter; the API stores answers entered by staff.
            return HttpResponse.status(HttpStatus.CONFLICT).body(ApiProblem.of("The response was not stored"));
        }
        var state = closed.state();
        return HttpResponse.status(HttpStatus.CONFLICT)
                .body(ApiProblem.of(
                        switch (state) {
                            case NOT_YET_OPEN -> "The campaign is not open yet";
                            case FULL -> "The campaign is full";
                            default -> "The campaign is closed";
                        }));
    }

    private static Optional<ApiProblem.Detail> keyProblem(@Nullable String header, @Nullable String submissionId) {
        if (header == null) {
            return Optional.empty();
        }
        if (!SubmissionKeys.isClientChosen(header)) {
            return Optional.of(new ApiProblem.Detail(IDEMPOTENCY_KEY, "invalid", SubmissionKeys.CLIENT_KEY_RULE));
        }
        if (submissionId != null && !submissionId.equals(header)) {
            return Optional.of(new ApiProblem.Detail(
                    "submissionId", "conflict", "differs from the Idempotency-Key header; send one key or the same"));
        }
        return Optional.empty();
    }

    private static ApiProblem.Detail detail(AnswerProblem problem) {
        return new ApiProblem.Detail(
                problem.questionKey(),
                problem.reason().name().toLowerCase(java.util.Locale.ROOT),
                problem.englishMessage());
    }

    /**
     * JSON values become the raw strings a form would send: a number as its digits, a list as one value each, and an
     * object (a matrix's answers by item) as one "question.item" answer per property.
     */
    static SubmittedAnswers answersFrom(Map<String, Object> json) {
        Map<String, List<String>> answers = new LinkedHashMap<>();
        json.forEach((key, value) -> {
            if (value instanceof Map<?, ?> parts) {
                parts.forEach((part, partValue) -> answers.put(key + "." + part, values(partValue)));
            } else {
                answers.put(key, values(value));
            }
        });
        return new SubmittedAnswers(answers);
    }

    private static List<String> values(Object value) {
        List<String> values = new ArrayList<>();
        if (value instanceof Iterable<?> many) {
            many.forEach(v -> values.add(scalar(v)));
        } else if (value != null) {
            values.add(scalar(value));
        }
        return values;
    }

    private static String scalar(Object value) {
        if (value instanceof Double d && d == Math.rint(d) && !d.isInfinite()) {
            return String.valueOf(d.longValue());
        }
        return String.valueOf(value);
    }

    @Serdeable
    record ResponseRequest(
            @Nullable Map<String, Object> answers, @Nullable String submissionId, @Nullable String language) {}

    @Serdeable
    record StoredResponse(long id, String submissionId, boolean repeated) {}
}
