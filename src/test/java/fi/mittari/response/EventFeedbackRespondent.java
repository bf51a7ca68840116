package fi.mittari.response;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;

/**
 * event-feedback, one page and no conditions. Ticks "none of these" beside a useful thing (an exclusive choice),
 * which the server refuses; every other answer stays in place while it is fixed.
 */
final class EventFeedbackRespondent implements SampleRespondent {

    @Override
    public String questionnaire() {
        return "event-feedback";
    }

    @Override
    public void answers(RespondentSteps form) throws IOException, InterruptedException {
        form.onPage(1, 1);
        form.pick("region", "pirkanmaa");
        form.choose("sector", "expert_by_experience");
        form.choose("first_event", "yes");
        form.choose("satisfaction", "4");
        form.choose("event_rating.venue", "good");
        form.choose("event_rating.accessibility", "excellent");
        form.choose("got_what_came_for", "5");
        form.choose("useful", "new_contacts");
        form.choose("useful", "nothing");
        form.send();

        form.seesErrors(1);
        assertThat(form.valueOf("region")).as("drop-down kept").isEqualTo("pirkanmaa");
        assertThat(form.isChosen("event_rating.accessibility", "excellent"))
                .as("matrix kept")
                .isTrue();
        form.followsErrorLinkTo("q-useful-new_contacts");
        form.choose("useful", "nothing");
        form.choose("useful", "joint_plans");
        form.send();
    }

    @Override
    public List<String> stored() {
        return List.of(
                "region=pirkanmaa",
                "sector=expert_by_experience",
                "first_event=yes",
                "satisfaction=4",
                "event_rating.venue=good",
                "event_rating.accessibility=excellent",
                "got_what_came_for=5#5",
                "useful=new_contacts",
                "useful=joint_plans");
    }
}
