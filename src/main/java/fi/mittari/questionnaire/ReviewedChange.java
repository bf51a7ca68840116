package fi.mittari.questionnaire;

/** A change between the live version and a draft, with how many stored answers it touches. */
public record ReviewedChange(VersionChange change, long answersTouched) {

    /**
     * Removing a question or a choice, or changing a question's type, when answers exist leaves those answers pointing
     * at something the new version no longer has. The answers are kept, but staff must say they mean it.
     */
    public boolean needsConfirmation() {
        return answersTouched > 0
                && (change instanceof VersionChange.ChoiceRemoved
                        || change instanceof VersionChange.QuestionRemoved
                        || change instanceof VersionChange.QuestionRetyped);
    }

    /** "question_removed", "choice_relabelled", … */
    public String kind() {
        return change.getClass()
                .getSimpleName()
                .replaceAll("([a-z])([A-Z])", "$1_$2")
                .toLowerCase(java.util.Locale.ROOT);
    }

    /** The retyping ("single_choice → text"), the move ("about → work"), or "". */
    public String detail() {
        if (change instanceof VersionChange.QuestionRetyped retyped) {
            return retyped.fromType() + " → " + retyped.toType();
        }
        if (change instanceof VersionChange.QuestionMoved moved) {
            return moved.fromPage() + " → " + moved.pageKey();
        }
        return "";
    }
}
