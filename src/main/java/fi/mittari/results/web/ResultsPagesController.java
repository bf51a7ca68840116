package fi.mittari.results.web;

import fi.mittari.campaign.Campaign;
import fi.mittari.campaign.Campaigns;
import fi.mittari.questionnaire.Language;
import fi.mittari.results.CampaignResults;
import fi.mittari.security.Roles;
import fi.mittari.web.PageLocale;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A campaign's live results: {@code /staff/campaigns/{slug}/results?from=&to=} (days, both included; by default from
 * the campaign's first day, or its earliest response if that is older, to today). Small groups are hidden for everyone but admins.
 */
@Controller("/staff/campaigns/{slug}/results")
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Roles.ADMIN, Roles.DESIGNER, Roles.ANALYST})
class ResultsPagesController {

    private final CampaignResults results;
    private final Campaigns campaigns;
    private final PageLocale pageLocale;
    private final Clock clock;
    private final ZoneId zone;

    ResultsPagesController(
            CampaignResults results, Campaigns campaigns, PageLocale pageLocale, Clock clock, ZoneId zone) {
        this.results = results;
        this.campaigns = campaigns;
        this.pageLocale = pageLocale;
        this.clock = clock;
        this.zone = zone;
    }

    @Get
    HttpResponse<?> show(
            String slug,
            @Nullable @QueryValue String from,
            @Nullable @QueryValue String to,
            Authentication user,
            HttpRequest<?> request) {
        var campaign = campaigns.bySlug(slug);
        if (campaign.isEmpty()) {
            return HttpResponse.notFound();
        }
        String fromText = text(from);
        String toText = text(to);
        List<ResultsPage.Problem> problems = new ArrayList<>();
        LocalDate today = LocalDate.now(clock.withZone(zone));
        LocalDate first = day(fromText, "from", problems, firstDay(campaign.get()));
        LocalDate last = day(toText, "to", problems, today);
        if (problems.isEmpty() && last.isBefore(first)) {
            problems.add(new ResultsPage.Problem("to", "results.error.toBeforeFrom"));
        }
        Locale locale = pageLocale.of(request);
        if (!problems.isEmpty()) {
            var refused = new ResultsPage(slug, campaign.get().title(), fromText, toText, problems, 0, true, List.of());
            return HttpResponse.status(HttpStatus.BAD_REQUEST).body(view(refused));
        }
        boolean suppressed = !user.getRoles().contains(Roles.ADMIN);
        Language language = Language.fromCode(locale.getLanguage()).orElse(Language.FI);
        return results.of(slug, first, last, suppressed, language)
                .<HttpResponse<?>>map(
                        r -> HttpResponse.ok(view(ResultsPage.of(r, first.toString(), last.toString(), locale))))
                .orElseGet(HttpResponse::notFound);
    }

    private LocalDate firstDay(Campaign campaign) {
        LocalDate opened = campaign.openingDay(zone)
                .orElse(campaign.createdAt().atZone(zone).toLocalDate());
        return results.firstResponseDay(campaign.id())
                .filter(day -> day.isBefore(opened))
                .orElse(opened);
    }

    private static LocalDate day(String text, String field, List<ResultsPage.Problem> problems, LocalDate otherwise) {
        if (text.isEmpty()) {
            return otherwise;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException notADay) {
            problems.add(new ResultsPage.Problem(field, "results.error.day"));
            return otherwise;
        }
    }

    private static String text(@Nullable String value) {
        if (value == null) {
            return "";
        }
        String stripped = value.strip();
        return stripped.length() > 40 ? stripped.substring(0, 40) : stripped;
    }

    private static ModelAndView<?> view(ResultsPage page) {
        return new ModelAndView<>("results/campaign", Map.of("page", page));
    }
}
