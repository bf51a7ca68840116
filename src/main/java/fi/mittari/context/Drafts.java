package fi.mittari.context;

import java.util.List;

/** Context records as a client wrote them: every field as text, checked by {@link ContextRules}. */
public final class Drafts {

    private Drafts() {}

    public record ProjectDraft(
            String code,
            String name,
            String funder,
            String grantId,
            String startsOn,
            String endsOn,
            String description) {}

    public record GoalDraft(String description, String indicator, String target, String baseline) {}

    public record EventDraft(
            String code,
            String project,
            String name,
            String startsOn,
            String endsOn,
            String region,
            String eventType,
            String theme,
            String network) {}

    public record OrganisationDraft(String name, String sector, String region) {}

    /** One line of an event's participation; {@code organisation} is an organisation's name, or empty. */
    public record ParticipationLine(String sector, String region, String organisation, String participants) {}

    /** A coached participant: pseudonym, and the coaching's start and end dates (each may be empty). */
    public record CoachedDraft(String pseudonym, String startedOn, String endedOn) {

        public static CoachedDraft of(String pseudonym) {
            return new CoachedDraft(pseudonym, "", "");
        }
    }

    public record Pseudonyms(List<String> pseudonyms) {

        public Pseudonyms {
            pseudonyms = pseudonyms == null ? List.of() : List.copyOf(pseudonyms);
        }
    }
}
