package fi.mittari.questionnaire.builder;

import java.util.Optional;

/** A list of labelled entries: a question's own choices, a matrix's items, or a choice list shared by name. */
public sealed interface EntryList {

    /** The field of each entry that identifies it: {@code value} for a choice, {@code key} for a matrix item. */
    String identifyingField();

    /** The question whose own list this is; empty for a shared list. */
    Optional<Place.QuestionAt> question();

    /** The field of the holder (a question, or {@code choiceLists}) under which the list is written. */
    String field();

    record Choices(Place.QuestionAt owner) implements EntryList {
        @Override
        public String identifyingField() {
            return "value";
        }

        @Override
        public Optional<Place.QuestionAt> question() {
            return Optional.of(owner);
        }

        @Override
        public String field() {
            return "choices";
        }
    }

    record Items(Place.QuestionAt owner) implements EntryList {
        @Override
        public String identifyingField() {
            return "key";
        }

        @Override
        public Optional<Place.QuestionAt> question() {
            return Optional.of(owner);
        }

        @Override
        public String field() {
            return "items";
        }
    }

    /** A list under {@code choiceLists:}, which questions name with {@code choices: name}. */
    record SharedList(String name) implements EntryList {
        @Override
        public String identifyingField() {
            return "value";
        }

        @Override
        public Optional<Place.QuestionAt> question() {
            return Optional.empty();
        }

        @Override
        public String field() {
            return name;
        }
    }
}
