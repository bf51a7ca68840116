package fi.mittari.report.content;

import fi.mittari.report.ReportLanguage;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything one funder workbook shows, already in the report's language, rounded nowhere (the workbook formats), and
 * already suppressed where groups are small: the writer only lays it out. Sheets in order: Cover, Summary, Breakdowns,
 * Results against goals, Activities, Reach, Survey outcomes, Change, Employment, Response and data quality, Method,
 * then (optional) Codebook and Data. A list that is empty gives a sheet that says there is nothing to show, never a
 * missing sheet — except Survey outcomes (option), Employment (section) and Codebook/Data (option), which are left out.
 *
 * @param distributions empty when the definition does not ask for them
 * @param employment empty when the definition has no employment section
 * @param data empty unless the definition asks for the Data sheet
 */
public record WorkbookContent(
        ReportLanguage language,
        Cover cover,
        List<SummaryRow> summary,
        List<BreakdownRow> breakdowns,
        List<GoalResult> goals,
        Activities activities,
        Reach reach,
        Optional<List<SurveyQuestion>> distributions,
        List<ChangeResult> changes,
        Optional<Employment> employment,
        List<CampaignQuality> quality,
        Method method,
        Optional<AnswerData> data) {

    public WorkbookContent {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(cover, "cover");
        Objects.requireNonNull(activities, "activities");
        Objects.requireNonNull(reach, "reach");
        Objects.requireNonNull(method, "method");
        summary = List.copyOf(summary);
        breakdowns = List.copyOf(breakdowns);
        goals = List.copyOf(goals);
        distributions = distributions.map(List::copyOf);
        changes = List.copyOf(changes);
        quality = List.copyOf(quality);
    }
}
