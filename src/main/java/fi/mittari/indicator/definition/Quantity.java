package fi.mittari.indicator.definition;

/**
 * What a measure sums, averages or shares out ({@link Measure.Sum}, {@link Measure.Summary}, {@link Measure.Proportion}):
 * one of the four closed sets of an indicator definition, each in its file, decided through its {@link Cases}.
 */
public sealed interface Quantity {

    /** Whether the quantity is a number of persons (attendance, respondents) rather than an answer's number. */
    boolean isPersons();

    /** The answer of {@code cases} for this kind of quantity. */
    <R> R accept(Cases<R> cases);

    /** One answer per kind of quantity (see {@link Measure.Cases}). */
    interface Cases<R> {
        R attendance(Attendance attendance);

        R respondents(Respondents respondents);

        R answerNumber(AnswerNumber answer);
    }

    /** Participants of events: participation rows plus complete sign-ins. Per unit means per event. */
    record Attendance() implements Quantity {
        @Override
        public <R> R accept(Cases<R> cases) {
            return cases.attendance(this);
        }

        @Override
        public boolean isPersons() {
            return true;
        }
    }

    /** Respondents (complete responses); as a per-unit value, not meaningful (rejected by the reader). */
    record Respondents() implements Quantity {
        @Override
        public <R> R accept(Cases<R> cases) {
            return cases.respondents(this);
        }

        @Override
        public boolean isPersons() {
            return true;
        }
    }

    /** The number answered to a concept, per response. */
    record AnswerNumber(String concept) implements Quantity {
        @Override
        public <R> R accept(Cases<R> cases) {
            return cases.answerNumber(this);
        }

        @Override
        public boolean isPersons() {
            return false;
        }
    }
}
