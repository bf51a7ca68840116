package fi.mittari.batch.web;

import fi.mittari.batch.web.HomePage.ProjectCard;
import fi.mittari.batch.web.HomePage.ReportLink;
import fi.mittari.context.Projects;
import fi.mittari.questionnaire.Language;
import fi.mittari.report.web.VisibleReports;
import fi.mittari.security.FunderProjects;
import fi.mittari.security.Roles;
import fi.mittari.web.PageLocale;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The page a staff member lands on after logging in. A coordinator (ADMIN, DESIGNER, ANALYST) sees the projects'
 * week, open campaigns and goals, the next scheduled reports and what needs attention; a FUNDER only the reports of
 * the projects assigned to the account and links to their results.
 */
@Controller
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class StaffHomeController {

    private final ComposingHome home;
    private final VisibleReports reports;
    private final FunderProjects funders;
    private final Projects projects;
    private final PageLocale locales;

    StaffHomeController(
            ComposingHome home, VisibleReports reports, FunderProjects funders, Projects projects, PageLocale locales) {
        this.home = home;
        this.reports = reports;
        this.funders = funders;
        this.projects = projects;
        this.locales = locales;
    }

    @Get("/staff")
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<?> home(HttpRequest<?> request, Authentication user) {
        List<ReportLink> visible = reports.list(user).stream()
                .limit(20)
                .map(r -> new ReportLink(r.title(), r.fileName(), r.createdAt(), "/staff/reports/" + r.id() + "/file"))
                .toList();
        HomePage page;
        if (coordinator(user)) {
            Language language = pageLanguage(request);
            page = new HomePage(
                    false, user.getName(), home.projects(language), home.scheduled(), home.attention(), visible);
        } else {
            Set<String> assigned = funders.of(user.getName());
            List<ProjectCard> own = projects.all().stream()
                    .filter(p -> assigned.contains(p.code()))
                    .map(p -> new ProjectCard(p.code(), p.name(), 0, List.of(), List.of()))
                    .toList();
            page = new HomePage(true, user.getName(), own, List.of(), List.of(), visible);
        }
        return HttpResponse.ok(new ModelAndView<>("staff/home", Map.of("page", page)));
    }

    @Get
    HttpResponse<?> root() {
        return HttpResponse.seeOther(java.net.URI.create("/staff"));
    }

    private Language pageLanguage(HttpRequest<?> request) {
        return Language.fromCode(locales.of(request).getLanguage()).orElse(Language.FI);
    }

    private static boolean coordinator(Authentication user) {
        return user.getRoles().stream().anyMatch(r -> List.of(Roles.ADMIN, Roles.DESIGNER, Roles.ANALYST)
                .contains(r));
    }
}
