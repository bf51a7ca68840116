package fi.mittari.response;

import fi.mittari.questionnaire.Choice;
import fi.mittari.questionnaire.RankingQuestion;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads a ranking in either shape: a form sends each choice's rank ({@code helps.coaching=1}), a JSON client may send
 * the choices in order ({@code "helps": ["coaching", "training"]}). Ranks run from 1 without gaps or repeats; a
 * required ranking needs every rank.
 */
final class RankingAnswers {

    private RankingAnswers() {}

    static AnswerValidator.Result check(RankingQuestion ranking, SubmittedAnswers submitted) {
        List<String> inOrder = submitted.of(ranking.key());
        return inOrder.isEmpty() ? byRank(ranking, submitted) : inOrder(ranking, inOrder);
    }

    private static AnswerValidator.Result inOrder(RankingQuestion ranking, List<String> values) {
        String key = ranking.key();
        Set<String> seen = new LinkedHashSet<>();
        for (String value : values) {
            if (ranking.choice(value).isEmpty()) {
                return AnswerValidator.Result.refused(AnswerValidator.notAChoice(key, ranking.choices()));
            }
            if (!seen.add(value)) {
                return CompositeAnswers.refused(key, AnswerProblem.Reason.RANKED_TWICE, value);
            }
        }
        if (values.size() > ranking.ranks()) {
            return CompositeAnswers.refused(key, AnswerProblem.Reason.TOO_MANY_CHOICES, ranking.ranks());
        }
        return complete(ranking, List.copyOf(seen));
    }

    private static AnswerValidator.Result byRank(RankingQuestion ranking, SubmittedAnswers submitted) {
        String key = ranking.key();
        Map<Integer, String> choiceByRank = new TreeMap<>();
        for (Choice choice : ranking.choices()) {
            List<String> raw = submitted.of(key + "." + choice.value());
            if (raw.isEmpty()) {
                continue;
            }
            int rank = rank(raw);
            if (rank < 1 || rank > ranking.ranks()) {
                return CompositeAnswers.refused(key, AnswerProblem.Reason.RANK_OUT_OF_RANGE, ranking.ranks());
            }
            if (choiceByRank.putIfAbsent(rank, choice.value()) != null) {
                return CompositeAnswers.refused(key, AnswerProblem.Reason.RANK_TWICE, rank);
            }
        }
        List<String> ordered = new ArrayList<>();
        for (int rank = 1; rank <= choiceByRank.size(); rank++) {
            if (!choiceByRank.containsKey(rank)) {
                return CompositeAnswers.refused(key, AnswerProblem.Reason.RANK_MISSING, rank);
            }
            ordered.add(choiceByRank.get(rank));
        }
        return complete(ranking, ordered);
    }

    private static AnswerValidator.Result complete(RankingQuestion ranking, List<String> ordered) {
        if (ordered.isEmpty()) {
            return ranking.required()
                    ? CompositeAnswers.refused(ranking.key(), AnswerProblem.Reason.REQUIRED)
                    : AnswerValidator.Result.nothing();
        }
        if (ranking.required() && ordered.size() < ranking.ranks()) {
            return CompositeAnswers.refused(ranking.key(), AnswerProblem.Reason.RANK_MISSING, ordered.size() + 1);
        }
        return AnswerValidator.Result.of(ranking.key(), new AnswerValue.Ranked(ordered));
    }

    /** The rank a select sent, or 0 (refused as out of range) for anything that is not one whole number. */
    private static int rank(List<String> raw) {
        if (raw.size() != 1) {
            return 0;
        }
        try {
            return Integer.parseInt(raw.get(0));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
