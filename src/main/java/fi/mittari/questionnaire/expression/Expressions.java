package fi.mittari.questionnaire.expression;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Parsing entry point for the expression language of questionnaire definitions: relevance conditions ("show this
 * question only when …") and validation constraints ("the answer must satisfy …").
 *
 * <h2>Values</h2>
 * <ul>
 *   <li>Numbers: {@code 3}, {@code 2.5}.</li>
 *   <li>Texts in single or double quotes: {@code 'yes'}, {@code "ei"}. A text cannot contain its own quote
 *       character; use the other kind of quote instead.</li>
 *   <li>{@code true} and {@code false}.</li>
 *   <li>A question's answer, by its key: {@code new_partners}. Keys are lowercase letters a-z, digits and
 *       underscores, starting with a letter.</li>
 *   <li>{@code .} — the answer to this question. Only allowed in constraints.</li>
 * </ul>
 *
 * <h2>Operators, from the loosest to the tightest binding</h2>
 * <ol>
 *   <li>{@code a or b}</li>
 *   <li>{@code a and b}</li>
 *   <li>{@code not a}</li>
 *   <li>comparisons {@code =  !=  <  <=  >  >=} and {@code x in ['uusimaa', 'pirkanmaa']}; comparisons do not
 *       chain, so write {@code a < b and b < c} rather than {@code a < b < c}</li>
 *   <li>{@code +  -}</li>
 *   <li>{@code *  /}</li>
 *   <li>negation {@code -a}</li>
 *   <li>parentheses {@code ( … )}</li>
 * </ol>
 * So {@code a or b and not c = 1} means {@code a or (b and (not (c = 1)))}. The words
 * {@code and or not in true false} are reserved and cannot be question keys.
 *
 * <h2>Functions</h2>
 * <ul>
 *   <li>{@code count(key)} — how many choices of a multiple-choice question are selected (0 when unanswered).</li>
 *   <li>{@code selected(key, 'value')} — true when that choice is selected (single or multiple choice).</li>
 *   <li>{@code empty(key)} / {@code answered(key)} — whether the question is unanswered / answered.</li>
 *   <li>{@code length(key)} — the number of characters in a text answer (0 when unanswered).</li>
 *   <li>{@code today()} — the date of the evaluation.</li>
 *   <li>{@code date('2025-01-31')} — a date, written as year-month-day.</li>
 * </ul>
 * Wherever a function takes a key, {@code .} can be used in a constraint.
 *
 * <h2>Types</h2>
 * Numbers compare with numbers and dates with dates, using all six comparisons. Texts and single-choice answers
 * compare with texts using {@code =} and {@code !=} only. A multiple-choice answer can only be used through
 * {@code count}, {@code selected}, {@code empty} and {@code answered}. {@code in} takes a single choice, text or
 * number on its left and a list of texts or numbers on its right. {@code + - * /} work on numbers.
 *
 * <h2>Unanswered questions</h2>
 * The answer to an unanswered question is <em>empty</em>.
 * <ul>
 *   <li>Any comparison or {@code in} with an empty side is false — also {@code !=}. So
 *       {@code region != 'uusimaa'} is false when {@code region} is unanswered, while
 *       {@code not (region = 'uusimaa')} is true.</li>
 *   <li>Arithmetic with an empty value is empty, and so is division by zero.</li>
 *   <li>{@code and}, {@code or} and {@code not} treat anything that is not true (including empty) as false.</li>
 *   <li>A condition or constraint holds only when its result is true.</li>
 * </ul>
 *
 * <h2>Examples</h2>
 * <pre>
 * new_partners = 'yes'
 * count(partner_activities) &gt;= 1
 * employment_status in ['open_market', 'wage_subsidy']
 * . &gt;= 0 and . &lt;= 80
 * not empty(followup_date) and followup_date &gt; baseline_date
 * </pre>
 *
 * <h2>Limits</h2>
 * An expression is at most {@value #MAX_LENGTH} characters long and nested at most 50 levels deep.
 *
 * <p>Parsing checks syntax only; check the result against the questionnaire with {@link ExpressionChecker} and
 * evaluate it with {@link ExpressionEvaluator}.
 */
public final class Expressions {

    /** The longest expression text accepted. */
    public static final int MAX_LENGTH = 2000;

    private Expressions() {}

    /** Parses expression text; never throws for bad input, but returns every problem found with its column. */
    public static ParseResult parse(String text) {
        Objects.requireNonNull(text, "text");
        if (text.length() > MAX_LENGTH) {
            return invalid(List.of(new ExpressionProblem(
                    MAX_LENGTH + 1, "the expression is longer than " + MAX_LENGTH + " characters")));
        }
        if (text.isBlank()) {
            return invalid(List.of(new ExpressionProblem(1, "the expression is empty")));
        }
        Tokenizer.Tokens tokens = Tokenizer.tokenize(text);
        Parser.Outcome outcome = Parser.parse(tokens.tokens());
        List<ExpressionProblem> problems = new ArrayList<>(tokens.problems());
        problems.addAll(outcome.problems());
        if (problems.isEmpty()) {
            return new ParseResult.Parsed(outcome.expression());
        }
        return invalid(problems);
    }

    private static ParseResult invalid(List<ExpressionProblem> problems) {
        List<ExpressionProblem> sorted = new ArrayList<>(problems);
        sorted.sort(Comparator.comparingInt(ExpressionProblem::column));
        return new ParseResult.Invalid(sorted);
    }
}
