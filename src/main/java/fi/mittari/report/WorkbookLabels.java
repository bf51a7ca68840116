package fi.mittari.report;

import java.util.Locale;
import java.util.Map;

/** The workbook's own words in each report language. */
record WorkbookLabels(
        String sheet,
        String asOf,
        String sharesNote,
        String questionnaire,
        String responses,
        String choice,
        String count,
        String share,
        String answered,
        String suppressed,
        String noCampaigns) {

    private static final Map<ReportLanguage, WorkbookLabels> LABELS = Map.of(
            ReportLanguage.FI,
                    new WorkbookLabels(
                            "Yhteenveto",
                            "Tilanne",
                            "Osuudet ovat kysymykseen vastanneista. Alle %d vastauksen ryhmiä ei näytetä.",
                            "Kysely",
                            "Vastauksia",
                            "Vaihtoehto",
                            "Lukumäärä",
                            "Osuus",
                            "Vastanneita",
                            "Alle %d vastausta: lukuja ei näytetä vastaajien yksityisyyden suojaamiseksi.",
                            "Ei kyselyitä."),
            ReportLanguage.SV,
                    new WorkbookLabels(
                            "Sammanfattning",
                            "Uppgifter per",
                            "Andelarna gäller dem som svarat på frågan. Grupper med färre än %d svar visas inte.",
                            "Enkät",
                            "Svar",
                            "Alternativ",
                            "Antal",
                            "Andel",
                            "Svarande",
                            "Färre än %d svar: siffrorna visas inte för att skydda de svarandes integritet.",
                            "Inga enkäter."),
            ReportLanguage.EN,
                    new WorkbookLabels(
                            "Summary",
                            "Figures as of",
                            "Shares are of the respondents who answered the question. Groups of fewer than %d responses"
                                    + " are not shown.",
                            "Questionnaire",
                            "Responses",
                            "Choice",
                            "Count",
                            "Share",
                            "Answered",
                            "Fewer than %d responses: figures not shown to protect respondents' privacy.",
                            "No campaigns."));

    static WorkbookLabels in(ReportLanguage language) {
        return LABELS.get(language);
    }

    String sharesNote(int minimumGroupSize) {
        return String.format(Locale.ROOT, sharesNote, minimumGroupSize);
    }

    String suppressed(int minimumGroupSize) {
        return String.format(Locale.ROOT, suppressed, minimumGroupSize);
    }
}
