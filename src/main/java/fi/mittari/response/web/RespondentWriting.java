package fi.mittari.response.web;

import fi.mittari.questionnaire.Language;
import fi.mittari.questionnaire.expression.MomentText;
import fi.mittari.questionnaire.expression.Value;
import fi.mittari.response.ClockText;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;

/**
 * Values on a respondent's page. A bound in an error message is written as the form's hints write it and as the
 * respondent would type it back: a date "1.1.2020" in every language, a time "8.00" in Finnish and Swedish and "8:00"
 * in English, a decimal "2,5" in Finnish and Swedish, so that "Ange tidigast 1.1.2020." can be copied into the field.
 * A value shown in a label is read, not typed: its dates and times are written as {@link MomentText} writes them for
 * the language (as concat() does, and the form's script), its numbers with the language's decimal mark.
 */
final class RespondentWriting {

    private final Language language;

    RespondentWriting(Language language) {
        this.language = language;
    }

    /** A refusal's arguments with each bound written for the respondent; counts and labels stay as they are. */
    Object[] arguments(List<Object> arguments) {
        return arguments.stream().map(this::argument).toArray();
    }

    private Object argument(Object argument) {
        if (argument instanceof LocalDateTime dateTime) {
            return dateTime(dateTime);
        }
        if (argument instanceof LocalDate day) {
            return day(day);
        }
        if (argument instanceof LocalTime time) {
            return time(time);
        }
        return argument instanceof BigDecimal number ? number(number) : argument;
    }

    /** A calculated value in place of {@code ${key}}; a value of no kind shown is nothing, as in XLSForm. */
    String value(Value value) {
        return value.accept(new Value.Cases<>() {
            @Override
            public String empty(Value.Empty empty) {
                return "";
            }

            @Override
            public String bool(Value.Bool bool) {
                return Value.text(bool, Locale.ROOT);
            }

            @Override
            public String number(Value.Num number) {
                return RespondentWriting.this.number(number.value());
            }

            @Override
            public String text(Value.Text text) {
                return text.value();
            }

            @Override
            public String day(Value.Day day) {
                return MomentText.date(day.value(), language.locale());
            }

            @Override
            public String timeOfDay(Value.TimeOfDay time) {
                return MomentText.time(time.value(), language.locale());
            }

            @Override
            public String dateTime(Value.DateTime dateTime) {
                return MomentText.dateTime(dateTime.value(), language.locale());
            }

            @Override
            public String choices(Value.Choices choices) {
                return Value.text(choices, Locale.ROOT);
            }
        });
    }

    String day(LocalDate day) {
        return ClockText.typed(day);
    }

    String time(LocalTime time) {
        return MomentText.time(time, language.locale());
    }

    String dateTime(LocalDateTime dateTime) {
        return day(dateTime.toLocalDate()) + " " + time(dateTime.toLocalTime());
    }

    /** Without trailing zeros; a decimal comma in Finnish and Swedish, as "37,5" in the number hint. */
    String number(BigDecimal number) {
        String plain = Value.text(new Value.Num(number), Locale.ROOT);
        return language == Language.EN ? plain : plain.replace('.', ',');
    }
}
