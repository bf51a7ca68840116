package fi.mittari.context;

import fi.mittari.context.Drafts.CoachedDraft;
import fi.mittari.context.Drafts.EventDraft;
import fi.mittari.context.Drafts.GoalDraft;
import fi.mittari.context.Drafts.OrganisationDraft;
import fi.mittari.context.Drafts.ParticipationLine;
import fi.mittari.context.Drafts.ProjectDraft;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What makes a project, goal, event, organisation, participation line or pseudonym valid, field by field. Checks that
 * need stored data (is a code taken, does the project exist) are the use cases' business; code lists come through
 * {@link CodeLookup}.
 */
public final class ContextRules {

    public static final String REGION = "region";
    public static final String SECTOR = "sector";
    public static final String EVENT_TYPE = "event_type";

    static final Pattern PROJECT_CODE = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
    /** A regional network's code, shared by its events: lowercase, as the indicator files write codes. */
    static final Pattern NETWORK_CODE = Pattern.compile("[a-z0-9][a-z0-9_-]{0,63}");

    static final Pattern EVENT_CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,63}");
    /** Letters, digits, '-' and '_' only: no '@' or space, so that an email address or a full name is refused. */
    static final Pattern PSEUDONYM = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    /** DECIMAL(19,4) keeps 15 digits before the point. */
    private static final BigDecimal MAX_GOAL_VALUE = BigDecimal.TEN.pow(15);

    private ContextRules() {}

    public record ProjectFields(
            String code,
            String name,
            String funder,
            Optional<String> grantId,
            Optional<LocalDate> startsOn,
            Optional<LocalDate> endsOn,
            Optional<String> description) {}

    public record GoalFields(
            String description,
            Optional<String> indicator,
            Optional<BigDecimal> target,
            Optional<BigDecimal> baseline) {}

    public record EventFields(
            String code,
            String project,
            String name,
            Optional<LocalDate> startsOn,
            Optional<LocalDate> endsOn,
            Optional<String> region,
            Optional<String> eventType,
            Optional<String> theme,
            Optional<String> network) {}

    public record CoachedFields(String pseudonym, Optional<LocalDate> startedOn, Optional<LocalDate> endedOn) {}

    public record OrganisationFields(String name, Optional<String> sector, Optional<String> region) {}

    public record LineFields(
            Optional<String> sector, Optional<String> region, Optional<String> organisation, int participants) {}

    public static ProjectFields project(ProjectDraft draft, Fields fields) {
        String code = fields.matching(
                "code",
                draft.code(),
                PROJECT_CODE,
                "must be 1–64 lowercase letters, digits and hyphens",
                "projectCode");
        String name = fields.required("name", draft.name(), 255);
        String funder = fields.required("funder", draft.funder(), 255);
        Optional<String> grantId = fields.optional("grantId", draft.grantId(), 64);
        Optional<LocalDate> starts = fields.date("startsOn", draft.startsOn());
        Optional<LocalDate> ends = fields.date("endsOn", draft.endsOn());
        fields.period("endsOn", starts, ends);
        Optional<String> description = fields.optional("description", draft.description(), 10_000);
        return new ProjectFields(code, name, funder, grantId, starts, ends, description);
    }

    /**
     * A goal names an indicator in force, if any; its baseline and target are in the indicator's unit (see
     * {@link GoalValues}): a share's are fractions from 0 to 1.
     */
    public static GoalFields goal(GoalDraft draft, Fields fields, GoalIndicators indicators) {
        String description = fields.required("description", draft.description(), 500);
        Optional<String> code = fields.optional("indicator", draft.indicator(), 64);
        Optional<GoalIndicator> indicator = code.flatMap(indicators::byCode);
        if (code.isPresent() && indicator.isEmpty()) {
            fields.problem("indicator", "no indicator with code '" + code.get() + "'", "unknownIndicator", code.get());
        }
        boolean share = indicator.map(GoalIndicator::share).orElse(false);
        Optional<BigDecimal> target = goalValue("target", draft.target(), share, fields);
        Optional<BigDecimal> baseline = goalValue("baseline", draft.baseline(), share, fields);
        return new GoalFields(description, code, target, baseline);
    }

    private static Optional<BigDecimal> goalValue(String field, String text, boolean share, Fields fields) {
        Optional<BigDecimal> value = fields.decimal(field, text);
        if (value.isEmpty()) {
            return value;
        }
        BigDecimal number = value.get();
        String shown = number.toPlainString();
        if (share && (number.signum() < 0 || number.compareTo(BigDecimal.ONE) > 0)) {
            fields.problem(field, "is a share: a fraction from 0 to 1 (50 % is 0.5), was " + shown, "share", shown);
        } else if (number.stripTrailingZeros().scale() > GoalValues.MAX_DECIMALS) {
            fields.problem(
                    field,
                    "must have at most " + GoalValues.MAX_DECIMALS + " decimals, was " + shown,
                    "decimals",
                    shown);
        } else if (number.abs().compareTo(MAX_GOAL_VALUE) >= 0) {
            fields.problem(field, "must be less than 10^15, was " + shown, "tooLarge", shown);
        }
        return value;
    }

    public static EventFields event(EventDraft draft, Fields fields) {
        String code = fields.matching(
                "code", draft.code(), EVENT_CODE, "must be 1–64 letters, digits, dots, hyphens or underscores");
        String project = fields.required("project", draft.project(), 64);
        String name = fields.required("name", draft.name(), 255);
        Optional<LocalDate> starts = fields.requiredDate("startsOn", draft.startsOn());
        Optional<LocalDate> ends = fields.requiredDate("endsOn", draft.endsOn());
        fields.period("endsOn", starts, ends);
        Optional<String> region = fields.code("region", REGION, draft.region(), true);
        Optional<String> type = fields.code("eventType", EVENT_TYPE, draft.eventType(), true);
        Optional<String> theme = fields.optional("theme", draft.theme(), 255);
        Optional<String> network = fields.optional("network", draft.network(), 64);
        network.filter(n -> !NETWORK_CODE.matcher(n).matches())
                .ifPresent(n -> fields.problem(
                        "network",
                        "must be 1–64 lowercase letters, digits, hyphens or underscores, was '" + n + "'",
                        "networkCode",
                        n));
        return new EventFields(code, project, name, starts, ends, region, type, theme, network);
    }

    public static OrganisationFields organisation(OrganisationDraft draft, Fields fields) {
        return new OrganisationFields(
                fields.required("name", draft.name(), 255),
                fields.code("sector", SECTOR, draft.sector(), true),
                fields.code("region", REGION, draft.region(), false));
    }

    public static LineFields line(ParticipationLine line, Fields fields) {
        return new LineFields(
                fields.code("sector", SECTOR, line.sector(), true),
                fields.code("region", REGION, line.region(), true),
                fields.optional("organisation", line.organisation(), 255),
                fields.count("participants", line.participants()));
    }

    /** A coached participant: a pseudonym (see {@link #pseudonym}) and a coaching period whose end is not before its start. */
    public static CoachedFields coached(CoachedDraft draft, Fields fields) {
        String pseudonym = pseudonym(draft.pseudonym(), fields);
        Optional<LocalDate> started = fields.date("startedOn", draft.startedOn());
        Optional<LocalDate> ended = fields.date("endedOn", draft.endedOn());
        fields.period("endedOn", started, ended);
        return new CoachedFields(pseudonym, started, ended);
    }

    /**
     * A pseudonym as stored: letters, digits, '-' and '_', upper-cased. A pseudonym is an opaque code whose case means
     * nothing ("tk-001" is TK-001), so it is compared case-insensitively by storing one case: the unique key
     * (project_id, pseudonym) then means the same on H2, whose comparisons are case-sensitive, and MariaDB, whose
     * default collation is not.
     */
    public static String pseudonym(String text, Fields fields) {
        return fields.matching(
                        "pseudonym",
                        text,
                        PSEUDONYM,
                        "must be 1–64 letters, digits, hyphens or underscores (no '@' or spaces: never a name or an"
                                + " email)",
                        "pseudonym")
                .toUpperCase(Locale.ROOT);
    }
}
