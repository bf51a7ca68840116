package fi.mittari.questionnaire;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What changes from one questionnaire version to another, question by question and choice by choice, in the order
 * of the newer version (removed questions last), then page by page (removed pages last). Questions, choices and pages
 * are matched by their stable keys and values. Pages count only when both versions are written with pages: a
 * questionnaire that gains pages reports each page added rather than every question moved off the implicit page.
 */
public final class VersionDiff {

    private VersionDiff() {}

    public static List<VersionChange> between(Questionnaire from, Questionnaire to) {
        List<VersionChange> changes = new ArrayList<>();
        Map<String, Question> before =
                from.questions().stream().collect(Collectors.toMap(Question::key, Function.identity()));
        for (Question now : to.questions()) {
            Optional<Question> was = Optional.ofNullable(before.get(now.key()));
            if (was.isEmpty()) {
                changes.add(new VersionChange.QuestionAdded(now.key()));
                continue;
            }
            String oldType = was.get().typeName();
            String newType = now.typeName();
            if (!oldType.equals(newType)) {
                changes.add(new VersionChange.QuestionRetyped(now.key(), oldType, newType));
            }
            if (!was.get().label().equals(now.label())) {
                changes.add(new VersionChange.QuestionRelabelled(now.key()));
            }
            moved(from, to, now.key()).ifPresent(changes::add);
            choices(was.get(), now, changes);
            items(was.get(), now, changes);
        }
        for (Question old : from.questions()) {
            if (to.question(old.key()).isEmpty()) {
                changes.add(new VersionChange.QuestionRemoved(old.key()));
            }
        }
        pages(from, to, changes);
        return changes;
    }

    private static Optional<VersionChange> moved(Questionnaire from, Questionnaire to, String questionKey) {
        if (!from.hasPages() || !to.hasPages()) {
            return Optional.empty();
        }
        String was = from.pageOf(questionKey).map(Page::key).orElse("");
        String now = to.pageOf(questionKey).map(Page::key).orElse("");
        return was.equals(now) ? Optional.empty() : Optional.of(new VersionChange.QuestionMoved(questionKey, was, now));
    }

    private static void pages(Questionnaire from, Questionnaire to, List<VersionChange> changes) {
        List<Page> before = from.hasPages() ? from.pages() : List.of();
        List<Page> after = to.hasPages() ? to.pages() : List.of();
        for (Page now : after) {
            Optional<Page> was =
                    before.stream().filter(p -> p.key().equals(now.key())).findFirst();
            if (was.isEmpty()) {
                changes.add(new VersionChange.PageAdded(now.key()));
            } else if (!was.get().title().equals(now.title())) {
                changes.add(new VersionChange.PageRetitled(now.key()));
            }
        }
        for (Page old : before) {
            if (after.stream().noneMatch(p -> p.key().equals(old.key()))) {
                changes.add(new VersionChange.PageRemoved(old.key()));
            }
        }
    }

    private static void choices(Question was, Question now, List<VersionChange> changes) {
        Map<String, Choice> before =
                was.answerChoices().stream().collect(Collectors.toMap(Choice::value, Function.identity()));
        List<Choice> after = now.answerChoices();
        for (Choice choice : after) {
            Choice old = before.get(choice.value());
            if (old == null) {
                changes.add(new VersionChange.ChoiceAdded(now.key(), choice.value()));
            } else if (!old.label().equals(choice.label())) {
                changes.add(new VersionChange.ChoiceRelabelled(now.key(), choice.value()));
            }
        }
        for (Choice old : was.answerChoices()) {
            if (after.stream().noneMatch(c -> c.value().equals(old.value()))) {
                changes.add(new VersionChange.ChoiceRemoved(now.key(), old.value()));
            }
        }
    }

    private static void items(Question was, Question now, List<VersionChange> changes) {
        List<MatrixItem> before = MatrixItems.of(was);
        List<MatrixItem> after = MatrixItems.of(now);
        for (MatrixItem item : after) {
            Optional<MatrixItem> old =
                    before.stream().filter(i -> i.key().equals(item.key())).findFirst();
            if (old.isEmpty()) {
                changes.add(new VersionChange.ItemAdded(now.key(), item.key()));
            } else if (!old.get().label().equals(item.label())) {
                changes.add(new VersionChange.ItemRelabelled(now.key(), item.key()));
            }
        }
        for (MatrixItem old : before) {
            if (after.stream().noneMatch(i -> i.key().equals(old.key()))) {
                changes.add(new VersionChange.ItemRemoved(now.key(), old.key()));
            }
        }
    }
}
