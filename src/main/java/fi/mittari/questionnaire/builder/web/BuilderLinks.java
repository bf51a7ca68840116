package fi.mittari.questionnaire.builder.web;

/**
 * The addresses of the builder's edit pages, built in this one place: a question's at
 * {@code /staff/questionnaires/{key}/builder/questions/{page}/{index}}, a page's at
 * {@code /staff/questionnaires/{key}/builder/pages/{page}}, the questionnaire's settings at
 * {@code /staff/questionnaires/{key}/builder}. Positions are 0-based, as in the document.
 */
public final class BuilderLinks {

    private BuilderLinks() {}

    public static String builder(String questionnaireKey) {
        return "/staff/questionnaires/" + questionnaireKey + "/builder";
    }

    public static String page(String questionnaireKey, int page) {
        return builder(questionnaireKey) + "/pages/" + page;
    }

    public static String question(String questionnaireKey, int page, int index) {
        return builder(questionnaireKey) + "/questions/" + page + "/" + index;
    }

    /** Where the picker's script checks a free expression as it is typed. */
    public static String expressionCheck(String questionnaireKey) {
        return builder(questionnaireKey) + "/expression-check";
    }
}
