package fi.mittari.response;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

/**
 * coaching-baseline, one page and no conditions. Gives a start date before the earliest allowed (2020-01-01) and more
 * months without work than the maximum (600); both are fixed through the error summary, the rest stays as typed.
 */
final class CoachingBaselineRespondent implements SampleRespondent {

    @Override
    public String questionnaire() {
        return "coaching-baseline";
    }

    @Override
    public void answers(RespondentSteps form) throws IOException, InterruptedException {
        form.onPage(1, 1);
        form.choose("consent", "accepted");
        form.type("participant_code", "TK-042");
        form.date("start_date", LocalDate.of(2019, 12, 31));
        form.choose("situation", "rehabilitation");
        form.type("months_without_work", "700");
        form.choose("work_ability", "4");
        form.choose("goals", "wage_subsidised");
        form.choose("goals", "work_trial");
        form.pick("helps_most.work_trial", "1");
        form.pick("helps_most.coaching", "2");
        form.pick("helps_most.adjustments", "3");
        form.send();

        form.seesErrors(2);
        assertThat(form.valueOf("participant_code")).as("text kept").isEqualTo("TK-042");
        assertThat(form.valueOf("helps_most.coaching")).as("rank kept").isEqualTo("2");
        form.followsErrorLinkTo("q-start_date");
        form.date("start_date", LocalDate.of(2024, 9, 2));
        form.followsErrorLinkTo("q-months_without_work");
        form.retype("months_without_work", "18");
        form.send();
    }

    @Override
    public List<String> stored() {
        return List.of(
                "consent=accepted",
                "participant_code=TK-042",
                "start_date=2024-09-02",
                "situation=rehabilitation",
                "months_without_work=18",
                "work_ability=4",
                "goals=wage_subsidised",
                "goals=work_trial",
                "helps_most=work_trial#1",
                "helps_most=coaching#2",
                "helps_most=adjustments#3");
    }
}
