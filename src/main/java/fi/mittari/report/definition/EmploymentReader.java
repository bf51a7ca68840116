package fi.mittari.report.definition;

import fi.mittari.report.definition.ReportDefinition.EmploymentSection;
import fi.mittari.yaml.YamlMapping;
import fi.mittari.yaml.YamlProblems;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Reads {@code employment:}: the coached, employed and rate indicators, the optional type breakdown and the follow-up
 * window. Whether the indicators exist and fit is {@link ReportCatalogCheck}'s, so their places are recorded.
 */
final class EmploymentReader {

    private final YamlProblems problems;
    private final ReportValues values;

    EmploymentReader(YamlProblems problems, ReportValues values) {
        this.problems = problems;
        this.values = values;
    }

    Optional<EmploymentSection> read(YamlMapping entry, Map<String, LocatedReport.Place> places) {
        return entry.value("employment", false)
                .flatMap(node -> YamlMapping.of(
                        node,
                        entry.child("employment"),
                        "{coached: …, employed: …, rate: …, by_type: …, followup_window: …}",
                        problems))
                .flatMap(employment -> {
                    employment.rejectUnknown(
                            List.of("coached", "employed", "rate", "by_type", "followup_window"),
                            Set.of(),
                            "the employment section");
                    Optional<String> coached = indicator(employment, "coached", places);
                    Optional<String> employed = indicator(employment, "employed", places);
                    Optional<String> rate = indicator(employment, "rate", places);
                    Optional<String> byType = employment
                            .scalar("by_type", false)
                            .flatMap(node -> {
                                places.put("employment.by_type", ReportValues.place(node));
                                return values.matching(
                                        node,
                                        employment.child("by_type"),
                                        ReportEntryReader.BREAKDOWN,
                                        "is not a breakdown key (like choice:outcome.employment_status)");
                            });
                    Optional<String> window =
                            employment.scalar("followup_window", true).map(ScalarNode::getValue);
                    if (coached.isEmpty() || employed.isEmpty() || rate.isEmpty() || window.isEmpty()) {
                        return Optional.empty();
                    }
                    return Optional.of(
                            new EmploymentSection(coached.get(), employed.get(), rate.get(), byType, window.get()));
                });
    }

    private Optional<String> indicator(YamlMapping mapping, String key, Map<String, LocatedReport.Place> places) {
        return mapping.scalar(key, true).flatMap(node -> {
            places.put("employment." + key, ReportValues.place(node));
            return values.matching(node, mapping.child(key), ReportEntryReader.INDICATOR, "is not an indicator code");
        });
    }
}
