package fi.mittari.response;

import fi.mittari.campaign.CampaignState;
import java.util.List;

/** The outcome of importing a sheet of responses: all of them stored, or none. */
public sealed interface ImportOutcome {

    /** The answer of {@code cases} for this outcome. */
    <R> R accept(Cases<R> cases);

    /** One answer per outcome, so a new one fails to compile where an {@code instanceof} would fall through. */
    interface Cases<R> {
        R stored(Stored stored);

        R refused(Refused refused);

        R campaignClosed(CampaignClosed closed);
    }

    /** {@code stored} rows were stored now; {@code repeated} rows had keys stored earlier and were skipped. */
    record Stored(int stored, int repeated) implements ImportOutcome {
        @Override
        public <R> R accept(Cases<R> cases) {
            return cases.stored(this);
        }
    }

    /** Nothing was stored: every problem of every row, in row and column order. */
    record Refused(List<RowProblem> problems) implements ImportOutcome {
        public Refused {
            problems = List.copyOf(problems);
        }

        @Override
        public <R> R accept(Cases<R> cases) {
            return cases.refused(this);
        }
    }

    /** Nothing was stored because the campaign takes no responses now. */
    record CampaignClosed(CampaignState state) implements ImportOutcome {
        @Override
        public <R> R accept(Cases<R> cases) {
            return cases.campaignClosed(this);
        }
    }
}
