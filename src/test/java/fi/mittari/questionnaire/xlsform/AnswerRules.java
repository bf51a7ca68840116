package fi.mittari.questionnaire.xlsform;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a respondent who reads a question's rule would type into a number or date field: a value inside the bounds its
 * {@code min} and {@code max} and the plain comparisons of its constraint set ({@code . > 10.51 and . < 18.39}, {@code
 * . >= today()}). Only comparisons of the answer itself with a number or today are read; a question with none has no
 * answer here, and the filler goes on guessing.
 */
final class AnswerRules {

    /** {@code . > 10.51}, {@code .<=5}: the answer compared with a number. */
    private static final Pattern NUMBER_BOUND =
            Pattern.compile("(?<![\\w.$})])\\.\\s*(>=|<=|>|<)\\s*(-?\\d+(?:\\.\\d+)?)");

    /** {@code . >= today()}: the answer compared with the day it is given. */
    private static final Pattern TODAY_BOUND = Pattern.compile("(?<![\\w.$})])\\.\\s*(>=|<=|>|<)\\s*today\\(\\)");

    /** How far from today a date bound by today is put: far enough to be clearly on its side. */
    private static final int DAYS_AWAY = 30;

    private final Map<String, String> allowed;

    private AnswerRules(Map<String, String> allowed) {
        this.allowed = Map.copyOf(allowed);
    }

    /** The rules of every number and date question of the questionnaire read from YAML, {@code today} as given. */
    static AnswerRules of(Map<?, ?> questionnaire, LocalDate today) {
        Map<String, String> allowed = new HashMap<>();
        collect(questionnaire, today, allowed);
        return new AnswerRules(allowed);
    }

    /** The answer the rule of question {@code key} allows; empty when it sets no bound this reads. */
    Optional<String> allowed(String key) {
        return Optional.ofNullable(allowed.get(key));
    }

    private static void collect(Object node, LocalDate today, Map<String, String> allowed) {
        if (node instanceof Map<?, ?> map) {
            if (map.get("key") instanceof String key && map.get("type") instanceof String type) {
                String constraint = map.get("constraint") instanceof String c ? c : "";
                Optional<String> answer =
                        switch (type) {
                            case "number" -> number(
                                    constraint,
                                    map.get("min"),
                                    map.get("max"),
                                    Boolean.TRUE.equals(map.get("decimal")));
                            case "date" -> date(constraint, map.get("min"), map.get("max"), today);
                            default -> Optional.empty();
                        };
                answer.ifPresent(value -> allowed.put(key, value));
            }
            map.values().forEach(value -> collect(value, today, allowed));
        } else if (node instanceof List<?> list) {
            list.forEach(value -> collect(value, today, allowed));
        }
    }

    /** Halfway between the bounds, or one past the only one; a whole number when the question takes no decimals. */
    static Optional<String> number(String constraint, Object min, Object max, boolean decimal) {
        Bound lower = min == null ? null : new Bound(new BigDecimal(min.toString()), false);
        Bound upper = max == null ? null : new Bound(new BigDecimal(max.toString()), false);
        Matcher comparison = NUMBER_BOUND.matcher(constraint);
        while (comparison.find()) {
            Bound bound = new Bound(
                    new BigDecimal(comparison.group(2)), !comparison.group(1).endsWith("="));
            if (comparison.group(1).startsWith(">")) {
                lower = lower == null || bound.value().compareTo(lower.value()) > 0 ? bound : lower;
            } else {
                upper = upper == null || bound.value().compareTo(upper.value()) < 0 ? bound : upper;
            }
        }
        if (lower == null && upper == null) {
            return Optional.empty();
        }
        BigDecimal value;
        if (lower != null && upper != null) {
            value = lower.value().add(upper.value()).divide(BigDecimal.valueOf(2));
        } else if (lower != null) {
            value = lower.value().add(BigDecimal.ONE);
        } else {
            value = upper.value().subtract(BigDecimal.ONE);
        }
        if (!decimal) {
            value = value.setScale(0, RoundingMode.CEILING);
        }
        if ((lower != null && !lower.admits(value, true)) || (upper != null && !upper.admits(value, false))) {
            return Optional.empty();
        }
        return Optional.of(value.stripTrailingZeros().toPlainString());
    }

    /** A date inside {@code min} and {@code max}, else a future or past one as the constraint compares with today. */
    static Optional<String> date(String constraint, Object min, Object max, LocalDate today) {
        if (min != null || max != null) {
            return Optional.of(day(min != null ? min : max));
        }
        Matcher comparison = TODAY_BOUND.matcher(constraint);
        if (!comparison.find()) {
            return Optional.empty();
        }
        boolean after = comparison.group(1).startsWith(">");
        return Optional.of((after ? today.plusDays(DAYS_AWAY) : today.minusDays(DAYS_AWAY)).toString());
    }

    /** A date as YAML gives it: text, or a timestamp when it is written unquoted ({@code 2025-01-31}). */
    private static String day(Object written) {
        return written instanceof java.util.Date date
                ? date.toInstant()
                        .atZone(java.time.ZoneOffset.UTC)
                        .toLocalDate()
                        .toString()
                : written.toString();
    }

    /** A bound of a number; {@code strict} when the bound itself is not allowed. */
    private record Bound(BigDecimal value, boolean strict) {

        boolean admits(BigDecimal answer, boolean lower) {
            int side = answer.compareTo(value);
            return lower ? side > 0 || (side == 0 && !strict) : side < 0 || (side == 0 && !strict);
        }
    }
}
