package fi.mittari.context;

import static org.assertj.core.api.Assertions.assertThat;

import fi.mittari.context.ImportPreviews.Kind;
import fi.mittari.context.ImportPreviews.Saved;
import fi.mittari.sheet.ResponseSheet;
import fi.mittari.sheet.SheetReading;
import fi.mittari.support.StaffApi;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** An upload held between its preview and "save" is stored only as previewed, once, and only by its owner. */
@MicronautTest(transactional = false)
class ImportPreviewsIntegrationTest {

    private static final String PARTICIPATION = "event,sector,region,organisation,participants\n";

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    ImportPreviews previews;

    StaffApi staff;

    @BeforeEach
    void project() {
        staff = StaffApi.loginAsAdmin(client.toBlocking());
        ContextFixture.createProject(staff, "pidetty");
    }

    @Test
    void aHeldUploadIsStoredOnceAndThenGone() {
        ContextFixture.createEvent(staff, "pidetty-1", "pidetty");
        String token = previews.hold("admin", Kind.PARTICIPATION, "osallistujat.csv", sheet("pidetty-1,kela,lappi,,5"));
        var preview = previews.show(token, "admin").orElseThrow();
        assertThat(preview.plan().storable()).isTrue();
        assertThat(previews.show(token, "someone-else")).isEmpty();
        assertThat(previews.save(token, "someone-else", preview.plan().fingerprint()))
                .isInstanceOf(Saved.Gone.class);

        assertThat(previews.save(token, "admin", preview.plan().fingerprint())).isEqualTo(new Saved.Stored(1, 1));
        assertThat(previews.save(token, "admin", preview.plan().fingerprint())).isInstanceOf(Saved.Gone.class);
        assertThat(participants("pidetty-1")).containsExactly(5);
    }

    @Test
    void dataChangedAfterThePreviewStoresNothingAndShowsTheNewPlan() {
        ContextFixture.createEvent(staff, "pidetty-2", "pidetty");
        String token = previews.hold("admin", Kind.PARTICIPATION, "osallistujat.csv", sheet("pidetty-2,kela,lappi,,5"));
        String seen = previews.show(token, "admin").orElseThrow().plan().fingerprint();
        String other = previews.hold("admin", Kind.PARTICIPATION, "toinen.csv", sheet("pidetty-2,company,lappi,,9"));
        previews.save(
                other,
                "admin",
                previews.show(other, "admin").orElseThrow().plan().fingerprint());

        Saved saved = previews.save(token, "admin", seen);
        assertThat(saved).isInstanceOf(Saved.Changed.class);
        var now = (ImportPlan.Participations) ((Saved.Changed) saved).preview().plan();
        assertThat(now.replaced()).extracting(Participation::participants).containsExactly(9);
        assertThat(participants("pidetty-2")).containsExactly(9);
    }

    @Test
    void aCancelledUploadIsForgotten() {
        String token = previews.hold("admin", Kind.EVENTS, "t.csv", sheet("x,y,z,1,2"));
        previews.cancel(token, "admin");
        assertThat(previews.show(token, "admin")).isEmpty();
    }

    private List<Object> participants(String event) {
        return staff.getList("/api/events/" + event + "/participation").stream()
                .map(r -> r.get("participants"))
                .toList();
    }

    private static ResponseSheet sheet(String line) {
        SheetReading reading = ResponseSheet.csv((PARTICIPATION + line + "\n").getBytes(StandardCharsets.UTF_8), 10);
        return ((SheetReading.Read) reading).sheet();
    }
}
