package fi.mittari.response;

import java.util.List;

/** The outcome of checking a submission against its questionnaire: every answer valid, or every problem found. */
public sealed interface AnswerCheck {

    record Valid(List<Answer> answers) implements AnswerCheck {
        public Valid {
            answers = List.copyOf(answers);
        }
    }

    record Invalid(List<AnswerProblem> problems) implements AnswerCheck {
        public Invalid {
            problems = List.copyOf(problems);
        }
    }
}
