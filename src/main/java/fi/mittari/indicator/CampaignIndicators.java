package fi.mittari.indicator;

import java.util.List;
import java.util.Optional;

/** All indicator values of one campaign. */
public record CampaignIndicators(long campaignId, List<IndicatorValue> values) {

    public CampaignIndicators {
        values = List.copyOf(values);
    }

    public long responses() {
        return values.stream()
                .filter(v -> v.kind() == IndicatorKind.RESPONSES)
                .findFirst()
                .map(IndicatorValue::numerator)
                .orElse(0L);
    }

    public Optional<IndicatorValue> share(String questionKey, String choiceValue) {
        return values.stream()
                .filter(v -> v.kind() == IndicatorKind.CHOICE_SHARE)
                .filter(v ->
                        v.questionKey().equals(questionKey) && v.choiceValue().equals(choiceValue))
                .findFirst();
    }
}
