package fi.mittari.questionnaire.expression;

import fi.mittari.questionnaire.expression.Expression.BinaryOperator;

/**
 * Comparison of runtime values. Anything involving an empty value, or values of kinds that cannot be compared, is
 * false — for every operator, including {@code !=}.
 */
final class ValueComparison {

    private ValueComparison() {}

    static boolean equal(Value left, Value right) {
        return compare(BinaryOperator.EQUAL, left, right);
    }

    static boolean compare(BinaryOperator operator, Value left, Value right) {
        Integer order = order(left, right);
        if (order != null) {
            return holds(operator, order);
        }
        if (!operator.isEquality() || !isEqualityComparable(left, right)) {
            return false;
        }
        return (operator == BinaryOperator.EQUAL) == left.equals(right);
    }

    /** The sign of left compared to right when both are numbers, dates, times or datetimes; null otherwise. */
    private static Integer order(Value left, Value right) {
        if (left instanceof Value.Num leftNumber && right instanceof Value.Num rightNumber) {
            return Integer.signum(leftNumber.value().compareTo(rightNumber.value()));
        }
        if (left instanceof Value.Day leftDay && right instanceof Value.Day rightDay) {
            return Integer.signum(leftDay.value().compareTo(rightDay.value()));
        }
        if (left instanceof Value.TimeOfDay leftTime && right instanceof Value.TimeOfDay rightTime) {
            return Integer.signum(leftTime.value().compareTo(rightTime.value()));
        }
        if (left instanceof Value.DateTime leftMoment && right instanceof Value.DateTime rightMoment) {
            return Integer.signum(leftMoment.value().compareTo(rightMoment.value()));
        }
        return null;
    }

    private static boolean isEqualityComparable(Value left, Value right) {
        boolean bothTexts = left instanceof Value.Text && right instanceof Value.Text;
        boolean bothBooleans = left instanceof Value.Bool && right instanceof Value.Bool;
        return bothTexts || bothBooleans;
    }

    private static boolean holds(BinaryOperator operator, int order) {
        switch (operator) {
            case EQUAL:
                return order == 0;
            case NOT_EQUAL:
                return order != 0;
            case LESS:
                return order < 0;
            case LESS_OR_EQUAL:
                return order <= 0;
            case GREATER:
                return order > 0;
            case GREATER_OR_EQUAL:
                return order >= 0;
            default:
                return false;
        }
    }
}
