package fi.mittari.batch;

import fi.mittari.indicator.CampaignIndicators;
import fi.mittari.indicator.IndicatorResults;
import java.time.Clock;
import org.springframework.batch.item.Chunk;
import org.springframework.batch.item.ItemWriter;

/** Replaces each campaign's stored results with the newly computed ones, inside the chunk's transaction. */
class CampaignIndicatorWriter implements ItemWriter<CampaignIndicators> {

    private final IndicatorResults results;
    private final Clock clock;
    private final long jobExecutionId;

    CampaignIndicatorWriter(IndicatorResults results, Clock clock, long jobExecutionId) {
        this.results = results;
        this.clock = clock;
        this.jobExecutionId = jobExecutionId;
    }

    @Override
    public void write(Chunk<? extends CampaignIndicators> chunk) {
        var computedAt = clock.instant();
        chunk.forEach(indicators -> results.replace(indicators, computedAt, jobExecutionId));
    }
}
