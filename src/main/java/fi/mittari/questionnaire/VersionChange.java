package fi.mittari.questionnaire;

/** One difference between two versions of a questionnaire, as staff see it before publishing. */
public sealed interface VersionChange {

    /** The question concerned, or "" for a change to a page. */
    String questionKey();

    /** The page concerned, or "" for a change to a question or choice that stays on its page. */
    default String pageKey() {
        return "";
    }

    /** The choice concerned, or "" for a change to the question itself. */
    default String choiceValue() {
        return "";
    }

    /** The key the concerned answers are stored under: the question's, or "matrix.item" for a matrix item. */
    default String answerKey() {
        return questionKey();
    }

    /** Whether answers already given could be read differently after the change. */
    default boolean affectsStoredAnswers() {
        return true;
    }

    record QuestionAdded(String questionKey) implements VersionChange {
        @Override
        public boolean affectsStoredAnswers() {
            return false;
        }
    }

    record QuestionRemoved(String questionKey) implements VersionChange {}

    record QuestionRetyped(String questionKey, String fromType, String toType) implements VersionChange {}

    /** The label changed in at least one language: answers given may have meant something else. */
    record QuestionRelabelled(String questionKey) implements VersionChange {}

    record ChoiceAdded(String questionKey, String choiceValue) implements VersionChange {
        @Override
        public boolean affectsStoredAnswers() {
            return false;
        }
    }

    record ChoiceRemoved(String questionKey, String choiceValue) implements VersionChange {}

    record ChoiceRelabelled(String questionKey, String choiceValue) implements VersionChange {}

    record ItemAdded(String questionKey, String itemKey) implements VersionChange {
        @Override
        public String answerKey() {
            return questionKey + "." + itemKey;
        }

        @Override
        public boolean affectsStoredAnswers() {
            return false;
        }
    }

    record ItemRemoved(String questionKey, String itemKey) implements VersionChange {
        @Override
        public String answerKey() {
            return questionKey + "." + itemKey;
        }
    }

    /** The item's label changed in at least one language: its answers may have meant something else. */
    record ItemRelabelled(String questionKey, String itemKey) implements VersionChange {
        @Override
        public String answerKey() {
            return questionKey + "." + itemKey;
        }
    }

    /** A page that the older version did not have; its questions may be new or moved onto it. */
    record PageAdded(String pageKey) implements VersionChange {
        @Override
        public String questionKey() {
            return "";
        }

        @Override
        public boolean affectsStoredAnswers() {
            return false;
        }
    }

    /** A page the newer version no longer has; its questions are removed or moved elsewhere, reported each. */
    record PageRemoved(String pageKey) implements VersionChange {
        @Override
        public String questionKey() {
            return "";
        }

        @Override
        public boolean affectsStoredAnswers() {
            return false;
        }
    }

    /** The page's title changed in at least one language; answers are keyed by question, so none is touched. */
    record PageRetitled(String pageKey) implements VersionChange {
        @Override
        public String questionKey() {
            return "";
        }

        @Override
        public boolean affectsStoredAnswers() {
            return false;
        }
    }

    /**
     * The question is on another page: its answers stay where they are, but respondents now see it elsewhere, perhaps
     * under another page condition. {@code pageKey} is the page it is on now.
     */
    record QuestionMoved(String questionKey, String fromPage, String pageKey) implements VersionChange {
        @Override
        public boolean affectsStoredAnswers() {
            return false;
        }
    }
}
