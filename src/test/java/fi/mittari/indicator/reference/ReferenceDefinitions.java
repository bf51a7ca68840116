package fi.mittari.indicator.reference;

import fi.mittari.indicator.definition.Breakdown;
import fi.mittari.indicator.definition.DataBasis;
import fi.mittari.indicator.definition.Dimension;
import fi.mittari.indicator.definition.IndicatorDefinition;
import fi.mittari.indicator.definition.IndicatorDefinitionReader;
import fi.mittari.indicator.definition.IndicatorFile;
import fi.mittari.indicator.definition.LocatedDefinition;
import fi.mittari.indicator.definition.Measure;
import fi.mittari.indicator.definition.MeasuredRecords;
import fi.mittari.indicator.definition.Population;
import fi.mittari.questionnaire.Language;
import fi.mittari.questionnaire.LocalizedText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * The definitions the reference compares: the shipped ones (batch/indicators/*.yaml, read by the real reader) and
 * generated ones covering each measure kind with each breakdown the reader accepts, under each basis ({@link
 * EventDefinitions}, {@link PersonDefinitions}). Every kind of figure that ships is among them.
 */
final class ReferenceDefinitions {

    static final Breakdown PROJECT = new Breakdown.ByDimension(Dimension.PROJECT);
    static final Breakdown EVENT = new Breakdown.ByDimension(Dimension.EVENT);
    static final Breakdown TYPE = new Breakdown.ByDimension(Dimension.EVENT_TYPE);
    static final Breakdown REGION = new Breakdown.ByDimension(Dimension.REGION);
    static final Breakdown SECTOR = new Breakdown.ByDimension(Dimension.SECTOR);
    static final Breakdown MONTH = new Breakdown.ByPeriod(Breakdown.Granularity.MONTH);
    static final Breakdown QUARTER = new Breakdown.ByPeriod(Breakdown.Granularity.QUARTER);
    static final Breakdown YEAR = new Breakdown.ByPeriod(Breakdown.Granularity.YEAR);
    static final Population ALL = Population.everything();

    private ReferenceDefinitions() {}

    static List<IndicatorDefinition> all() {
        List<IndicatorDefinition> all = new ArrayList<>(shipped());
        all.addAll(EventDefinitions.generated());
        all.addAll(PersonDefinitions.generated());
        return all;
    }

    static List<IndicatorDefinition> shipped() {
        try (Stream<Path> files = Files.list(Path.of("batch", "indicators"))) {
            List<IndicatorDefinition> definitions = new ArrayList<>();
            for (Path file : files.sorted().toList()) {
                IndicatorFile read = new IndicatorDefinitionReader().read(file.toString(), Files.readString(file));
                if (read.rejected()) {
                    throw new AssertionError("shipped definitions refused: " + read.problems());
                }
                read.definitions().stream().map(LocatedDefinition::definition).forEach(definitions::add);
            }
            return definitions;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static IndicatorDefinition define(
            String code,
            int decimals,
            DataBasis basis,
            Measure measure,
            Population population,
            Breakdown... breakdowns) {
        LocalizedText text = LocalizedText.of(Language.FI, code);
        return new IndicatorDefinition(
                code,
                text,
                text,
                text,
                decimals,
                basis,
                measure,
                population,
                offered(measure, breakdowns),
                List.of(),
                "reference:" + code);
    }

    /** The breakdowns the reader would accept for the measure's records (MeasuredRecords), in the order given. */
    private static List<Breakdown> offered(Measure measure, Breakdown... breakdowns) {
        return Arrays.stream(breakdowns)
                .filter(b -> MeasuredRecords.of(measure)
                        .map(records -> records.refusal(b).isEmpty())
                        .orElse(true))
                .toList();
    }
}
