package fi.mittari.response;

import fi.mittari.questionnaire.Language;
import fi.mittari.questionnaire.Page;
import fi.mittari.questionnaire.Questionnaire;
import java.util.Optional;

/**
 * What a page sent from the form asks for, decided the same way for a respondent and for the designer's preview. A
 * language switch keeps the page and what was typed on it and checks nothing (the respondent has not finished the
 * page); Back and "continue later" check nothing either; Next stays on the page while it has problems, and on the last
 * page sends. Each kind is handled through {@link Handler}, so a new kind cannot be forgotten by a caller.
 */
public sealed interface PageTurn {

    <R> R handle(Handler<R> handler);

    /**
     * The turn a page sent with {@code action} (next, back, later or send) asks for; {@code language}, the code of the
     * language a switch asked for, wins over the action when the questionnaire offers that language. {@code
     * laterOffered} is false where nothing may be kept for later (a kiosk, the preview): "later" then counts as Next.
     */
    static PageTurn of(
            Questionnaire questionnaire,
            PageFlow.Position at,
            String action,
            Optional<String> language,
            boolean laterOffered) {
        Optional<Language> switchTo = language.flatMap(Language::fromCode).filter(questionnaire::offers);
        if (switchTo.isPresent()) {
            return new SwitchLanguage(at.page(), switchTo.get());
        }
        if (action.equals("back")) {
            return new Back(at.previous().orElse(at.page()));
        }
        if (action.equals("later") && laterOffered) {
            return new Later(at.page());
        }
        if (!at.problems().isEmpty()) {
            return new Fix(at);
        }
        return at.next().<PageTurn>map(Next::new).orElseGet(Send::new);
    }

    /** The same page again in {@code language}, its answers kept as typed. */
    record SwitchLanguage(Page page, Language language) implements PageTurn {
        @Override
        public <R> R handle(Handler<R> handler) {
            return handler.switchLanguage(this);
        }
    }

    /** The page before (the first page stays where it is). */
    record Back(Page page) implements PageTurn {
        @Override
        public <R> R handle(Handler<R> handler) {
            return handler.back(this);
        }
    }

    /** Kept as it is, to be continued later from {@code page}. */
    record Later(Page page) implements PageTurn {
        @Override
        public <R> R handle(Handler<R> handler) {
            return handler.later(this);
        }
    }

    /** The page again with its problems. */
    record Fix(PageFlow.Position at) implements PageTurn {
        @Override
        public <R> R handle(Handler<R> handler) {
            return handler.fix(this);
        }
    }

    /** On to the next page shown. */
    record Next(Page page) implements PageTurn {
        @Override
        public <R> R handle(Handler<R> handler) {
            return handler.next(this);
        }
    }

    /** The last page passed its checks: the whole response is to be sent (and checked as a whole). */
    record Send() implements PageTurn {
        @Override
        public <R> R handle(Handler<R> handler) {
            return handler.send(this);
        }
    }

    /** One method per kind of turn. */
    interface Handler<R> {
        R switchLanguage(SwitchLanguage turn);

        R back(Back turn);

        R later(Later turn);

        R fix(Fix turn);

        R next(Next turn);

        R send(Send turn);
    }
}
