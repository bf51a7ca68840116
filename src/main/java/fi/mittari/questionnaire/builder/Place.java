package fi.mittari.questionnaire.builder;

/**
 * Where in a questionnaire document a field lives: the questionnaire itself, a page, a question, or one entry of a
 * question's choices, a matrix's items or a shared choice list. Positions, not keys, because a draft may hold a question
 * without a key yet, or two with the same one, and must still be editable.
 */
public sealed interface Place {

    /** Dispatch over the kinds of place that the compiler checks: a new kind does not compile until handled. */
    interface Cases<R> {
        R root();

        R page(PageAt page);

        R question(QuestionAt question);

        R entry(EntryAt entry);
    }

    <R> R match(Cases<R> cases);

    /** The questionnaire's own fields: key, languages, title, description. */
    record Root() implements Place {
        @Override
        public <R> R match(Cases<R> cases) {
            return cases.root();
        }
    }

    /** A page; an unpaged document has one page, 0, which has no fields of its own. */
    record PageAt(int page) implements Place {
        @Override
        public <R> R match(Cases<R> cases) {
            return cases.page(this);
        }
    }

    /** The {@code index}-th question of page {@code page}. */
    record QuestionAt(int page, int index) implements Place {
        public PageAt pageAt() {
            return new PageAt(page);
        }

        @Override
        public <R> R match(Cases<R> cases) {
            return cases.question(this);
        }
    }

    /** The {@code index}-th entry of a list of choices or matrix items. */
    record EntryAt(EntryList list, int index) implements Place {
        @Override
        public <R> R match(Cases<R> cases) {
            return cases.entry(this);
        }
    }
}
