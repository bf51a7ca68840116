package fi.mittari.context;

import static org.assertj.core.api.Assertions.assertThat;

import fi.mittari.context.Drafts.EventDraft;
import fi.mittari.context.Drafts.ParticipationLine;
import fi.mittari.context.Drafts.ProjectDraft;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ContextRulesTest {

    private static final Set<String> ACTIVE = Set.of("region:lappi", "sector:kela", "event_type:training");
    private static final CodeLookup CODES = (list, code) -> ACTIVE.contains(list + ":" + code);

    @Test
    void aProjectNamesEveryBadFieldAndAPeriodThatEndsBeforeItStarts() {
        Fields fields = new Fields(CODES);
        ContextRules.project(new ProjectDraft("Bad Code", "", " ", null, "2026-05-01", "2026-04-30", null), fields);
        assertThat(fields.problems())
                .extracting(FieldProblem::field)
                .containsExactlyInAnyOrder("code", "name", "funder", "endsOn");
    }

    @Test
    void anEventNeedsActiveRegionAndTypeCodesAndRealDates() {
        Fields fields = new Fields(CODES);
        ContextRules.event(
                new EventDraft("e-1", "p", "Name", "2026-02-30", "2026-03-01", "atlantis", "fair", null, null), fields);
        assertThat(fields.problems())
                .extracting(FieldProblem::field)
                .containsExactlyInAnyOrder("startsOn", "region", "eventType");
    }

    @Test
    void anEventsNetworkIsOptionalAndACodeWhenGiven() {
        Fields fields = new Fields(CODES);
        var event = ContextRules.event(
                new EventDraft(
                        "e-1", "p", "Name", "2026-03-01", "2026-03-01", "lappi", "training", "", " rengas-lappi "),
                fields);
        assertThat(fields.ok()).isTrue();
        assertThat(event.network()).contains("rengas-lappi");
        Fields bad = new Fields(CODES);
        ContextRules.event(
                new EventDraft("e-1", "p", "Name", "2026-03-01", "2026-03-01", "lappi", "training", "", "Rengas Lappi"),
                bad);
        assertThat(bad.problems()).extracting(FieldProblem::field).containsExactly("network");
        assertThat(ContextRules.event(
                                new EventDraft(
                                        "e-1", "p", "Name", "2026-03-01", "2026-03-01", "lappi", "training", "", ""),
                                new Fields(CODES))
                        .network())
                .isEmpty();
    }

    @Test
    void participantsAreAWholeNumberOfAtLeastZero() {
        for (String bad : new String[] {"-1", "2.5", "many", ""}) {
            Fields fields = new Fields(CODES);
            ContextRules.line(new ParticipationLine("kela", "lappi", "", bad), fields);
            assertThat(fields.problems())
                    .as(bad)
                    .extracting(FieldProblem::field)
                    .containsExactly("participants");
        }
        Fields fields = new Fields(CODES);
        assertThat(ContextRules.line(new ParticipationLine("kela", "lappi", "", "12.0"), fields)
                        .participants())
                .isEqualTo(12);
        assertThat(fields.ok()).isTrue();
    }

    @Test
    void aPseudonymThatLooksLikeAnEmailOrANameIsRefused() {
        for (String bad : new String[] {"matti@example.fi", "Matti Virtanen", "", "x".repeat(65)}) {
            Fields fields = new Fields(CODES);
            ContextRules.pseudonym(bad, fields);
            assertThat(fields.problems()).as(bad).hasSize(1);
        }
        Fields fields = new Fields(CODES);
        ContextRules.pseudonym("KEKO-0042_b", fields);
        assertThat(fields.ok()).isTrue();
    }
}
