package fi.mittari.report.preparing;

import fi.mittari.indicator.definition.IndicatorDefinition;
import fi.mittari.indicator.definition.Population;
import fi.mittari.report.content.Method;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/** The Method sheet: each indicator's definition and exact rule, the interval and suppression rules, what changed. */
final class MethodFigures {

    private final ReportTexts texts;

    MethodFigures(ReportTexts texts) {
        this.texts = texts;
    }

    Method.IndicatorMethod indicator(IndicatorDefinition definition) {
        return new Method.IndicatorMethod(
                definition.code(),
                texts.text(definition.name()),
                texts.text(definition.definition()),
                rule(definition),
                texts.basis(definition.basis()),
                source(definition));
    }

    /** The measure in the report's language, and the population it is limited to. */
    String rule(IndicatorDefinition definition) {
        StringBuilder rule = new StringBuilder(new RuleWords(texts).of(definition.measure()));
        Population population = definition.population();
        if (!population.questionnaires().isEmpty()) {
            rule.append("; ")
                    .append(texts.pick("kyselyt", "enkäter", "questionnaires"))
                    .append(": ")
                    .append(String.join(", ", population.questionnaires()));
        }
        if (!population.eventTypes().isEmpty()) {
            rule.append("; ")
                    .append(texts.pick("tilaisuustyypit", "evenemangstyper", "event types"))
                    .append(": ")
                    .append(String.join(", ", population.eventTypes()));
        }
        return rule.toString();
    }

    /**
     * Where the figure's definition is kept, in the funder's words: Mittari's indicator definition by its code. The
     * file the server read it from tells a funder nothing and is left out.
     */
    private String source(IndicatorDefinition definition) {
        return texts.pick(
                        "Mittarin indikaattorimäärittely ",
                        "Mittaris indikatordefinition ",
                        "Mittari indicator definition ")
                + definition.code();
    }

    Method method(List<Method.IndicatorMethod> indicators, List<String> changes) {
        return new Method(indicators, texts.intervalMethod(), texts.suppressionRule(), changes);
    }

    /**
     * What changed since the previous report: each figure whose value differs ("keko/participants: 1 250 → 1 290"),
     * figures added or gone, and each indicator whose definition or rule changed; "first report" without a previous.
     */
    List<String> changes(Optional<ArchivedFigures> previous, ArchivedFigures current) {
        if (previous.isEmpty()) {
            return List.of(texts.firstReport());
        }
        List<String> changes = new ArrayList<>();
        Map<String, String> before = previous.get().figures();
        Map<String, String> now = current.figures();
        for (String key : new TreeSet<>(union(before.keySet(), now.keySet()))) {
            String was = before.getOrDefault(key, "");
            String is = now.getOrDefault(key, "");
            if (!was.equals(is)) {
                changes.add(key + ": " + shown(was) + " → " + shown(is));
            }
        }
        for (String code : new TreeSet<>(
                union(previous.get().rules().keySet(), current.rules().keySet()))) {
            String was = previous.get().rules().get(code);
            String is = current.rules().get(code);
            if (was != null && is != null && !was.equals(is)) {
                changes.add(texts.ruleChanged(code));
            }
        }
        return changes.isEmpty() ? List.of(texts.nothingChanged()) : changes;
    }

    private String shown(String figure) {
        if (figure.isEmpty()) {
            return "–";
        }
        if (figure.equals("suppressed")) {
            return texts.suppressedWord();
        }
        try {
            BigDecimal value = new BigDecimal(figure);
            return texts.number(value, Math.max(0, value.scale()));
        } catch (NumberFormatException e) {
            return figure;
        }
    }

    private static TreeSet<String> union(java.util.Set<String> a, java.util.Set<String> b) {
        TreeSet<String> all = new TreeSet<>(a);
        all.addAll(b);
        return all;
    }
}
