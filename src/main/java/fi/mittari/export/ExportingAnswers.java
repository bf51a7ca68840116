package fi.mittari.export;

import fi.mittari.questionnaire.QuestionnaireCatalog;
import fi.mittari.questionnaire.StoredQuestionnaire;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Prepares an export of answers: checks that the scope exists and what the user may include, works out the columns
 * from the questionnaire versions the responses were given with, records the export in the audit log, and hands back
 * what writes it, so the caller can stream it to the download.
 */
@Singleton
public class ExportingAnswers {

    private final ExportedResponses responses;
    private final QuestionnaireCatalog questionnaires;
    private final ExportAudit audit;

    ExportingAnswers(ExportedResponses responses, QuestionnaireCatalog questionnaires, ExportAudit audit) {
        this.responses = responses;
        this.questionnaires = questionnaires;
        this.audit = audit;
    }

    public sealed interface Outcome {
        /** {@code export} writes the file; it returns the number of responses written. */
        record Ready(String fileName, ExportFormat format, Export export) implements Outcome {}

        record NotFound() implements Outcome {}

        /** The user's roles do not allow what was asked. */
        record Forbidden() implements Outcome {}

        /** The questionnaire has no campaign called {@code campaign}. */
        record UnknownCampaign(String campaign) implements Outcome {}
    }

    @FunctionalInterface
    public interface Export {
        long writeTo(OutputStream out) throws IOException;
    }

    public Outcome prepare(ExportScope scope, ExportRequest request, String user, Collection<String> roles) {
        if (!ExportPermission.mayExport(roles)
                || (request.sensitive() && !ExportPermission.mayIncludeSensitive(roles))) {
            return new Outcome.Forbidden();
        }
        List<ExportedResponses.ExportedCampaign> all = responses.campaigns(scope, ExportFilter.ALL);
        if (all.isEmpty()) {
            return new Outcome.NotFound();
        }
        Optional<String> campaign = request.filter().campaign();
        if (campaign.isPresent() && all.stream().noneMatch(c -> c.slug().equals(campaign.get()))) {
            return new Outcome.UnknownCampaign(campaign.get());
        }
        List<ExportedResponses.ExportedCampaign> chosen = responses.campaigns(scope, request.filter());
        List<StoredQuestionnaire> versions = responses.versionIds(chosen).stream()
                .map(questionnaires::version)
                .flatMap(Optional::stream)
                .toList();
        ExportLayout layout = ExportLayout.of(versions, request.language(), request.sensitive());
        String title = "Mittari: " + scope.fileStem();
        audit.recorded(user, scope, request);
        WritingExport writing = new WritingExport(responses);
        return new Outcome.Ready(
                scope.fileStem() + "-answers." + request.format().extension(),
                request.format(),
                out -> writing.write(request, layout, chosen, title, out));
    }
}
