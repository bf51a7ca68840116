package fi.mittari.campaign.mail;

import static org.assertj.core.api.Assertions.assertThat;

import fi.mittari.questionnaire.Language;
import org.junit.jupiter.api.Test;

class RecipientListsTest {

    @Test
    void linesPastedFromASpreadsheetNeedNoHeader() {
        var reading = RecipientLists.pasted(
                "anna@example.org\tAnna Virtanen\tfi\tP001\nbo@example.org\tBo\tsv\t\ncarl@example.org", Language.FI);
        assertThat(reading).isInstanceOf(RecipientLists.Reading.Read.class);
        var recipients = ((RecipientLists.Reading.Read) reading).recipients();
        assertThat(recipients)
                .extracting(
                        RecipientLine::email, RecipientLine::name, RecipientLine::language, RecipientLine::pseudonym)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("anna@example.org", "Anna Virtanen", Language.FI, "P001"),
                        org.assertj.core.groups.Tuple.tuple("bo@example.org", "Bo", Language.SV, ""),
                        org.assertj.core.groups.Tuple.tuple("carl@example.org", "", Language.FI, ""));
    }

    @Test
    void aHeaderInFinnishNamesTheColumnsInAnyOrder() {
        var reading = RecipientLists.pasted("tunnus;sähköposti;kieli\nP9;dora@example.org;en", Language.FI);
        var line = ((RecipientLists.Reading.Read) reading).recipients().get(0);
        assertThat(line.email()).isEqualTo("dora@example.org");
        assertThat(line.pseudonym()).isEqualTo("P9");
        assertThat(line.language()).isEqualTo(Language.EN);
    }

    @Test
    void everyBadLineIsReportedWithItsNumberAndField() {
        var reading = RecipientLists.pasted(
                "email,name,language,pseudonym\nanna@example.org,,,\nei-osoite,,,\nANNA@example.org,,,\nx@example.org,,de,\n"
                        + "y@example.org,,,matti meikäläinen",
                Language.FI);
        assertThat(((RecipientLists.Reading.Refused) reading).problems())
                .extracting(RecipientProblem::line, RecipientProblem::field, RecipientProblem::reason)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(3, "email", "emailFormat"),
                        org.assertj.core.groups.Tuple.tuple(4, "email", "emailRepeated"),
                        org.assertj.core.groups.Tuple.tuple(5, "language", "languageUnknown"),
                        org.assertj.core.groups.Tuple.tuple(6, "pseudonym", "pseudonymFormat"));
    }
}
