package fi.mittari.export;

import java.io.IOException;
import java.util.List;

/** Where an export's responses come from: the database, read forward only, a row at a time. */
public interface ExportedResponses {

    /** The campaigns of the scope that the filter keeps, by slug; empty when the scope does not exist. */
    List<ExportedCampaign> campaigns(ExportScope scope, ExportFilter filter);

    /** The ids of the questionnaire versions those campaigns' responses were given with. */
    List<Long> versionIds(List<ExportedCampaign> campaigns);

    /** Hands each response the filter keeps, as its row's cells, to {@code rows}. */
    void forEach(List<ExportedCampaign> campaigns, ExportFilter filter, ExportLayout layout, RowSink rows)
            throws IOException;

    record ExportedCampaign(long id, String slug, long versionId) {}

    @FunctionalInterface
    interface RowSink {
        void accept(String[] cells) throws IOException;
    }
}
