package fi.mittari.batch;

import fi.mittari.indicator.definition.IndicatorDefinition;
import fi.mittari.indicator.engine.IndicatorScope;

/** One item of computeIndicators: a definition to compute for one of the run's scopes. */
record ScopedDefinition(IndicatorScope scope, IndicatorDefinition definition) {}
