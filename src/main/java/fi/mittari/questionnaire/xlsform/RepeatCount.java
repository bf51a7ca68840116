package fi.mittari.questionnaire.xlsform;

import java.util.Optional;

/**
 * How many instances of a repeat are asked, and when each is shown. Mittari's forms have a fixed set of questions, so
 * a repeat becomes its largest number of instances, each a group of copies of its rows with a condition of its own.
 */
sealed interface RepeatCount {

    /** The most instances of one repeat: each is a page or a group of copies, so more would make a form unwieldy. */
    int MOST = 20;

    /** The instances asked when the form gives no upper bound for them. */
    int DEFAULT_MOST = 10;

    /** How many instances are written into the form. */
    int instances();

    /**
     * The XLSForm condition for instance {@code instance} (from 1) to be shown, besides the repeat's own relevant;
     * empty when it always is. {@code repeatName} names the repeat, whose earlier instances a condition may ask about.
     */
    Optional<String> condition(int instance, String repeatName);

    /** {@code repeat_count} is a number: exactly that many instances, always shown. */
    record Fixed(int instances) implements RepeatCount {
        @Override
        public Optional<String> condition(int instance, String repeatName) {
            return Optional.empty();
        }
    }

    /** {@code repeat_count} is an expression: instance i is shown while the count is at least i. */
    record Counted(String count, int instances) implements RepeatCount {
        @Override
        public Optional<String> condition(int instance, String repeatName) {
            boolean oneReference = count.matches("\\$\\{[^}]+}");
            return Optional.of((oneReference ? count : "(" + count + ")") + " >= " + instance);
        }
    }

    /** No {@code repeat_count}: after each instance the respondent is asked whether to add another. */
    record OnRequest(int instances) implements RepeatCount {
        @Override
        public Optional<String> condition(int instance, String repeatName) {
            return instance == 1
                    ? Optional.empty()
                    : Optional.of("${" + addAnotherName(repeatName, instance - 1) + "} = 'yes'");
        }

        /** The name of the yes/no question after instance {@code instance} that asks for one more. */
        static String addAnotherName(String repeatName, int instance) {
            return repeatName + "_" + instance + "_add_another";
        }
    }
}
