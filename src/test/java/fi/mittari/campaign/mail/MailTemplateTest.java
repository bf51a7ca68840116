package fi.mittari.campaign.mail;

import static org.assertj.core.api.Assertions.assertThat;

import fi.mittari.questionnaire.Language;
import org.junit.jupiter.api.Test;

class MailTemplateTest {

    private static final MailTemplate.Values ANNA = new MailTemplate.Values(
            "Anna", "https://m.example/i/T", "31.1.2027", "https://m.example/optout/T", "Kysely");

    @Test
    void placeholdersAreFilledInTheSubjectAndTheBody() {
        var rendered = new MailTemplate("{title} – {name}", "Hei {name},\n{link}\nViimeinen päivä {closes}.\n{optout}")
                .render(ANNA);
        assertThat(rendered.subject()).isEqualTo("Kysely – Anna");
        assertThat(rendered.body())
                .isEqualTo("Hei Anna,\nhttps://m.example/i/T\nViimeinen päivä 31.1.2027.\nhttps://m.example/optout/T");
    }

    @Test
    void aMissingNameLeavesNoGapAndAMissingLastDayLeavesOutItsLine() {
        var values = new MailTemplate.Values("", "L", "", "O", "Kysely");
        var rendered =
                new MailTemplate("Kutsu", "Hei {name},\n{link}\nViimeinen päivä {closes}.\n{optout}").render(values);
        assertThat(rendered.body()).isEqualTo("Hei,\nL\nO");
    }

    @Test
    void aTemplateWithoutTheLinkOrTheOptOutIsRefused() {
        assertThat(new MailTemplate("Kutsu", "Hei, vastaa pian.").problems())
                .extracting(MailTemplate.TemplateProblem::reason)
                .containsExactly("linkMissing", "optOutMissing");
        assertThat(new MailTemplate(" ", "{link} {optout}").problems())
                .extracting(MailTemplate.TemplateProblem::reason)
                .containsExactly("subjectMissing");
    }

    @Test
    void everyStandardTemplateCanBeSent() {
        for (MailKind kind : MailKind.values()) {
            for (Language language : Language.values()) {
                assertThat(StandardTemplates.of(kind, language).problems())
                        .as(kind + " " + language)
                        .isEmpty();
            }
        }
    }
}
