package fi.mittari.context.web;

import fi.mittari.context.Drafts.CoachedDraft;
import fi.mittari.context.Drafts.EventDraft;
import fi.mittari.context.Drafts.GoalDraft;
import fi.mittari.context.Drafts.OrganisationDraft;
import fi.mittari.context.Drafts.ProjectDraft;
import fi.mittari.context.EcosystemDraft;
import fi.mittari.web.PostedText;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * The context pages' forms as posted, each field stripped and an absent one empty. Their rules are the context's own
 * ({@code ContextRules}), the same for these pages and the API, so the records bind and say nothing of validity; the
 * pages show the rules' problems in the staff member's language.
 */
final class ContextFormPosts {

    private ContextFormPosts() {}

    @Serdeable.Deserializable
    record ProjectPost(
            @Nullable String code,
            @Nullable String name,
            @Nullable String funder,
            @Nullable String grantId,
            @Nullable String startsOn,
            @Nullable String endsOn,
            @Nullable String description) {

        ProjectPost {
            code = PostedText.of(code);
            name = PostedText.of(name);
            funder = PostedText.of(funder);
            grantId = PostedText.of(grantId);
            startsOn = PostedText.of(startsOn);
            endsOn = PostedText.of(endsOn);
            description = PostedText.of(description);
        }

        /** The project {@code code} names: a changed project keeps the code of its address. */
        ProjectDraft draft(String projectCode) {
            return new ProjectDraft(projectCode, name, funder, grantId, startsOn, endsOn, description);
        }
    }

    @Serdeable.Deserializable
    record OrganisationPost(@Nullable String name, @Nullable String sector, @Nullable String region) {

        OrganisationPost {
            name = PostedText.of(name);
            sector = PostedText.of(sector);
            region = PostedText.of(region);
        }

        OrganisationDraft draft() {
            return new OrganisationDraft(name, sector, region);
        }
    }

    @Serdeable.Deserializable
    record CoachedPost(@Nullable String pseudonym, @Nullable String startedOn, @Nullable String endedOn) {

        CoachedPost {
            pseudonym = PostedText.of(pseudonym);
            startedOn = PostedText.of(startedOn);
            endedOn = PostedText.of(endedOn);
        }

        /** The participant {@code participant} names: a changed one keeps the pseudonym of its address. */
        CoachedDraft draft(String participant) {
            return new CoachedDraft(participant, startedOn, endedOn);
        }
    }

    @Serdeable.Deserializable
    record GoalPost(
            @Nullable String description,
            @Nullable String indicator,
            @Nullable String target,
            @Nullable String baseline) {

        GoalPost {
            description = PostedText.of(description);
            indicator = PostedText.of(indicator);
            target = PostedText.of(target);
            baseline = PostedText.of(baseline);
        }

        GoalDraft draft() {
            return new GoalDraft(description, indicator, target, baseline);
        }
    }

    /** {@code projects} is the group of ticked boxes; none ticked binds as none. */
    @Serdeable.Deserializable
    record EcosystemPost(
            @Nullable String code,
            @Nullable String nameFi,
            @Nullable String nameSv,
            @Nullable String nameEn,
            @Nullable String startsOn,
            @Nullable String endsOn,
            @Nullable List<String> projects,
            @Nullable String region) {

        EcosystemPost {
            code = PostedText.of(code);
            nameFi = PostedText.of(nameFi);
            nameSv = PostedText.of(nameSv);
            nameEn = PostedText.of(nameEn);
            startsOn = PostedText.of(startsOn);
            endsOn = PostedText.of(endsOn);
            projects = projects == null ? List.of() : List.copyOf(projects);
            region = PostedText.of(region);
        }

        EcosystemDraft draft() {
            return new EcosystemDraft(code, nameFi, nameSv, nameEn, startsOn, endsOn, projects, region);
        }
    }

    @Serdeable.Deserializable
    record EventPost(
            @Nullable String code,
            @Nullable String project,
            @Nullable String name,
            @Nullable String startsOn,
            @Nullable String endsOn,
            @Nullable String region,
            @Nullable String eventType,
            @Nullable String theme,
            @Nullable String network) {

        EventPost {
            code = PostedText.of(code);
            project = PostedText.of(project);
            name = PostedText.of(name);
            startsOn = PostedText.of(startsOn);
            endsOn = PostedText.of(endsOn);
            region = PostedText.of(region);
            eventType = PostedText.of(eventType);
            theme = PostedText.of(theme);
            network = PostedText.of(network);
        }

        /** The event {@code eventCode} names: a changed event keeps the code of its address. */
        EventDraft draft(String eventCode) {
            return new EventDraft(eventCode, project, name, startsOn, endsOn, region, eventType, theme, network);
        }
    }

    /** The preview's fingerprint, carried in a hidden field, that the stored rows must still match. */
    @Serdeable.Deserializable
    record ImportSavePost(@Nullable String fingerprint) {

        ImportSavePost {
            fingerprint = PostedText.of(fingerprint);
        }
    }
}
