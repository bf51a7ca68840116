package fi.mittari.response;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The complete responses of some campaigns, narrowed by the days they were submitted on (both ends included, the days
 * stored beside each response) and by the language they were answered in, as an export asks for them.
 */
public record ResponseSelection(
        List<Long> campaignIds, Optional<LocalDate> from, Optional<LocalDate> to, Optional<String> language) {

    public ResponseSelection {
        campaignIds = List.copyOf(campaignIds);
    }
}
