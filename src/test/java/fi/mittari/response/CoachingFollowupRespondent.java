package fi.mittari.response;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

/**
 * coaching-followup: two pages, or three for those at work. The page about work (relevant when employment_status is
 * open_labour_market or wage_subsidised) appears only once the status is answered; its hours must be more than 0.
 */
final class CoachingFollowupRespondent implements SampleRespondent {

    @Override
    public String questionnaire() {
        return "coaching-followup";
    }

    @Override
    public void answers(RespondentSteps form) throws IOException, InterruptedException {
        form.onPage(1, 2);
        form.choose("consent", "accepted");
        form.type("participant_code", "TK-042");
        form.date("followup_date", LocalDate.of(2025, 3, 14));
        form.next();
        form.seesErrors(1);
        assertThat(form.browser().pageSource()).contains(form.progress(1, 2));
        form.followsErrorLinkTo("q-employment_status-open_labour_market");
        form.choose("employment_status", "wage_subsidised");
        form.next();

        form.onPage(2, 3);
        assertThat(form.shows("hours_per_week"))
                .as("the page about work, shown for those at work")
                .isTrue();
        form.type("hours_per_week", "0");
        form.next();
        form.seesErrors(1);
        assertThat(form.browser().pageSource())
                .contains(form.progress(2, 3))
                .containsAnyOf("enemmän kuin 0", "mer än 0");
        form.followsErrorLinkTo("q-hours_per_week");
        form.retype("hours_per_week", "22,5");
        form.next();

        form.onPage(3, 3);
        form.choose("work_ability", "7");
        form.choose("coaching_helped", "yes");
        form.back();
        form.onPage(2, 3);
        assertThat(form.valueOf("hours_per_week")).as("answer kept after Back").isEqualTo("22,5");
        form.next();
        form.onPage(3, 3);
        assertThat(form.isChosen("work_ability", "7"))
                .as("answer on the page left by Back kept")
                .isTrue();
        form.send();
    }

    @Override
    public List<String> stored() {
        return List.of(
                "consent=accepted",
                "participant_code=TK-042",
                "followup_date=2025-03-14",
                "employment_status=wage_subsidised",
                "hours_per_week=22.5",
                "work_ability=7",
                "coaching_helped=yes");
    }
}
