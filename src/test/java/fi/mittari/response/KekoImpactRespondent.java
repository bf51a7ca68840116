package fi.mittari.response;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;

/**
 * keko-impact, three pages. Found no new partners yet ticks what they did with them: with JavaScript the question
 * (only when new_partners = 'yes') appears and goes as new_partners changes; without it the server drops that answer.
 * Either way it is never stored.
 * Forgets two required questions on page 1, comes back from page 3 to page 2.
 */
final class KekoImpactRespondent implements SampleRespondent {

    static final String COMMENT = "Hyvä <b>verkosto</b> & uusia ideoita";

    @Override
    public String questionnaire() {
        return "keko-impact";
    }

    @Override
    public void answers(RespondentSteps form) throws IOException, InterruptedException {
        form.onPage(1, 3);
        form.choose("new_partners", "no");
        if (form.scriptsRun()) {
            // the question appears with the answer that asks for it, and goes again (its answer with it) on "no"
            assertThat(form.displays("partner_activities"))
                    .as("hidden after no")
                    .isFalse();
            form.choose("new_partners", "yes");
            assertThat(form.displays("partner_activities"))
                    .as("shown after yes")
                    .isTrue();
            form.choose("partner_activities", "joint_services");
            form.choose("new_partners", "no");
            assertThat(form.displays("partner_activities")).as("hidden again").isFalse();
        } else {
            // every question of the page is there; the server drops the answer whose condition is false
            assertThat(form.displays("partner_activities")).isTrue();
            form.choose("partner_activities", "joint_services");
        }
        form.next();
        form.seesErrors(2);
        assertThat(form.isChosen("new_partners", "no")).as("input kept").isTrue();
        form.followsErrorLinkTo("q-topical_knowledge-yes");
        form.choose("topical_knowledge", "partly");
        form.choose("employment_knowledge", "yes");
        form.choose("usefulness", "9");
        form.next();

        form.onPage(2, 3);
        form.choose("region", "lappi");
        form.choose("organisation_type", "third_sector");
        form.next();

        form.onPage(3, 3);
        form.type("comments", COMMENT);
        form.back();
        form.onPage(2, 3);
        assertThat(form.isChosen("region", "lappi"))
                .as("answer kept after Back")
                .isTrue();
        form.next();
        form.onPage(3, 3);
        assertThat(form.valueOf("comments")).as("text kept, shown as text").isEqualTo(COMMENT);
        form.send();
    }

    @Override
    public List<String> stored() {
        return List.of(
                "new_partners=no",
                "topical_knowledge=partly",
                "employment_knowledge=yes",
                "usefulness=9",
                "region=lappi",
                "organisation_type=third_sector",
                "comments=" + COMMENT);
    }
}
