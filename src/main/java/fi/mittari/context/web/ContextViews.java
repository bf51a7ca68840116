package fi.mittari.context.web;

import fi.mittari.context.CodeListEntry;
import fi.mittari.context.Event;
import fi.mittari.context.Organisation;
import fi.mittari.context.Participation;
import fi.mittari.context.Project;
import fi.mittari.context.ProjectGoal;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** The JSON shapes of the context API; codes name projects, events and code list entries. */
final class ContextViews {

    private ContextViews() {}

    @Serdeable
    record ProjectView(
            String code,
            String name,
            String funder,
            @Nullable String grantId,
            @Nullable LocalDate startsOn,
            @Nullable LocalDate endsOn,
            @Nullable String description) {

        static ProjectView of(Project p) {
            return new ProjectView(
                    p.code(), p.name(), p.funder(), p.grantId(), p.startsOn(), p.endsOn(), p.description());
        }
    }

    @Serdeable
    record GoalView(
            int position,
            String description,
            @Nullable String indicator,
            @Nullable BigDecimal target,
            @Nullable BigDecimal baseline) {

        static GoalView of(ProjectGoal g) {
            return new GoalView(g.position(), g.description(), g.indicatorCode(), g.targetValue(), g.baselineValue());
        }
    }

    @Serdeable
    record EventView(
            String code,
            String project,
            String name,
            LocalDate startsOn,
            LocalDate endsOn,
            @Nullable String region,
            String eventType,
            @Nullable String theme,
            @Nullable String network) {

        static EventView of(Event e, String projectCode) {
            return new EventView(
                    e.code(),
                    projectCode,
                    e.name(),
                    e.startsOn(),
                    e.endsOn(),
                    e.regionCode(),
                    e.eventType(),
                    e.theme(),
                    e.networkCode());
        }
    }

    @Serdeable
    record ParticipationView(
            String source,
            @Nullable String sector,
            @Nullable String region,
            @Nullable String organisation,
            int participants) {

        static ParticipationView of(Participation p, @Nullable String organisationName) {
            return new ParticipationView(
                    p.source().name(), p.sectorCode(), p.regionCode(), organisationName, p.participants());
        }
    }

    @Serdeable
    record OrganisationView(long id, String name, String sector, @Nullable String region) {

        static OrganisationView of(Organisation o) {
            return new OrganisationView(o.id(), o.name(), o.sectorCode(), o.regionCode());
        }
    }

    @Serdeable
    record EntryView(
            String code,
            @Nullable String officialCode,
            String nameFi,
            String nameSv,
            String nameEn,
            int position,
            boolean active) {

        static EntryView of(CodeListEntry e) {
            return new EntryView(
                    e.code(), e.officialCode(), e.nameFi(), e.nameSv(), e.nameEn(), e.position(), e.active());
        }
    }
}
