package fi.mittari.response;

import fi.mittari.campaign.CampaignState;
import java.util.List;

/** The outcome of importing a sheet of responses: all of them stored, or none. */
public sealed interface ImportOutcome {

    /** {@code stored} rows were stored now; {@code repeated} rows had keys stored earlier and were skipped. */
    record Stored(int stored, int repeated) implements ImportOutcome {}

    /** Nothing was stored: every problem of every row, in row and column order. */
    record Refused(List<RowProblem> problems) implements ImportOutcome {
        public Refused {
            problems = List.copyOf(problems);
        }
    }

    /** Nothing was stored because the campaign takes no responses now. */
    record CampaignClosed(CampaignState state) implements ImportOutcome {}
}
