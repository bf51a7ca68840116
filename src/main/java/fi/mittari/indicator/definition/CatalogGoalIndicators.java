package fi.mittari.indicator.definition;

import fi.mittari.context.GoalIndicator;
import fi.mittari.context.GoalIndicators;
import fi.mittari.questionnaire.Language;
import jakarta.inject.Singleton;
import java.util.List;

/** The context's view of the indicators in force: a proportion's value is a share, so goals name its values as one. */
@Singleton
class CatalogGoalIndicators implements GoalIndicators {

    private final IndicatorCatalog catalog;

    CatalogGoalIndicators(IndicatorCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public List<GoalIndicator> all() {
        return catalog.all().stream().map(CatalogGoalIndicators::indicator).toList();
    }

    private static GoalIndicator indicator(IndicatorDefinition definition) {
        return new GoalIndicator(
                definition.code(),
                definition.name().in(Language.FI, Language.FI),
                definition.name().in(Language.SV, Language.FI),
                definition.name().in(Language.EN, Language.FI),
                definition.measure() instanceof Measure.Proportion);
    }
}
