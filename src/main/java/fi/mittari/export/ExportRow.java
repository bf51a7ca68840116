package fi.mittari.export;

import fi.mittari.questionnaire.OtherChoice;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;

/**
 * One response as a row of its export: its own columns, then the answers put in their columns as they are read. A
 * cell no answer reached is null (written empty: the missing value). A multiple-choice question answered at all gives
 * 0 to the options not ticked when {@link #finish} is called; one not answered keeps every option missing.
 */
public final class ExportRow {

    private final ExportLayout layout;
    private final String[] cells;

    /** The response's own columns, in {@link ExportLayout}'s order; {@code day} may be null. */
    public ExportRow(
            ExportLayout layout,
            String responseId,
            String campaign,
            int version,
            String language,
            LocalDate day,
            boolean complete) {
        this.layout = layout;
        this.cells = new String[layout.size()];
        cells[0] = responseId;
        cells[1] = campaign;
        cells[2] = Integer.toString(version);
        cells[3] = language;
        cells[4] = day == null ? null : day.toString();
        cells[5] = complete ? "complete" : "partial";
    }

    /**
     * An answer row as stored (ADR 0004, 0007): a choice (with the text of "other" on its row, or a ranking's rank as
     * the number), or a number, a day or a text. Rows of questions not in the export are skipped.
     */
    public void stored(String key, String choice, BigDecimal number, String text, LocalDate date) {
        var target = layout.target(key);
        if (choice != null) {
            if (target.isPresent() && AnswerShape.of(target.get().question()) == AnswerShape.RANKED && number != null) {
                raw(key + "." + choice, plain(number));
                return;
            }
            raw(key, choice);
            if (text != null && OtherChoice.VALUE.equals(choice)) {
                raw(key + "." + OtherChoice.VALUE, text);
            }
        } else if (number != null) {
            raw(key, plain(number));
        } else if (date != null) {
            raw(key, date.toString());
        } else if (text != null) {
            raw(key, text);
        }
    }

    /**
     * An answer as a form sends it: under the question's key, or "question.part" for a matrix item, a ranked choice
     * (its rank) or the text of "other". What the export has no column for is skipped.
     */
    public void raw(String key, String value) {
        if (value == null || value.isEmpty()) {
            return;
        }
        int dot = key.indexOf('.');
        String questionKey = dot < 0 ? key : key.substring(0, dot);
        var found = layout.target(questionKey);
        if (found.isEmpty()) {
            return;
        }
        ExportLayout.Target target = found.get();
        if (dot >= 0) {
            String part = key.substring(dot + 1);
            if (AnswerShape.of(target.question()).takesOtherText() && OtherChoice.VALUE.equals(part)) {
                if (target.other() >= 0) { // the text of "other": a column only when open texts are exported
                    cells[target.other()] = value;
                }
            } else if (target.parts().containsKey(part)) {
                cells[target.parts().get(part)] = value;
            }
        } else if (AnswerShape.of(target.question()) == AnswerShape.TICKED) {
            Integer option = target.parts().get(value);
            if (option != null) {
                cells[option] = "1";
            }
        } else if (target.column() >= 0) {
            cells[target.column()] = value;
        }
    }

    /** Gives the options not ticked of every answered multiple-choice question 0; returns the cells. */
    public String[] finish() {
        layout.targets().forEach(target -> {
            if (AnswerShape.of(target.question()) == AnswerShape.TICKED
                    && target.parts().values().stream().anyMatch(i -> cells[i] != null)) {
                target.parts().values().forEach(i -> {
                    if (cells[i] == null) {
                        cells[i] = "0";
                    }
                });
            }
        });
        return Arrays.copyOf(cells, cells.length);
    }

    private static String plain(BigDecimal number) {
        return number.stripTrailingZeros().toPlainString();
    }
}
