package fi.mittari.report.preparing;

import fi.mittari.indicator.definition.DataBasis;
import fi.mittari.indicator.statistics.SuppressionRule;
import fi.mittari.questionnaire.Language;
import fi.mittari.questionnaire.LocalizedText;
import fi.mittari.report.ReportLanguage;
import fi.mittari.report.content.Suppression;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The words and number formats of a report in its language: notes on suppressed cells, data basis labels, the goal
 * texts to paste, and the Method sheet's sentences. Finnish and Swedish write 1 290,5 and 31.12.2019; English 1,290.5
 * and 31 Dec 2019.
 */
final class ReportTexts {

    private final ReportLanguage language;
    private final SuppressionRule rule;

    ReportTexts(ReportLanguage language, SuppressionRule rule) {
        this.language = language;
        this.rule = rule;
    }

    ReportLanguage language() {
        return language;
    }

    Language questionnaireLanguage() {
        return Language.valueOf(language.name());
    }

    String text(LocalizedText text) {
        return text.in(questionnaireLanguage(), Language.FI);
    }

    String pick(String fi, String sv, String en) {
        return switch (language) {
            case FI -> fi;
            case SV -> sv;
            case EN -> en;
        };
    }

    String basis(DataBasis basis) {
        return switch (basis) {
            case COLLECTED -> pick("kerätty tieto", "insamlade uppgifter", "collected data");
            case SAMPLE -> pick("otos", "urval", "sample");
            case ESTIMATE -> pick("arvio", "uppskattning", "estimate");
        };
    }

    /**
     * Every hidden cell of a funder's workbook is marked alike, whatever hid it: telling a small count from a
     * complementary one would narrow the hidden values (docs/indicators.md, rule 6). The reason stays in the stored
     * values, for staff and audits.
     */
    Suppression hidden() {
        return Suppression.because(suppressedWord());
    }

    /** Not suppressed, but nothing stored for the scope: an empty figure with this note. */
    Suppression noValues() {
        return new Suppression(
                false,
                java.util.Optional.of(pick(
                        "ei laskettuja arvoja tälle ajanjaksolle",
                        "inga beräknade värden för perioden",
                        "no computed values for the period")));
    }

    String unknown() {
        return pick("tuntematon", "okänd", "unknown");
    }

    String number(BigDecimal value, int decimals) {
        DecimalFormatSymbols symbols = new DecimalFormatSymbols(Locale.ROOT);
        if (language == ReportLanguage.EN) {
            symbols.setDecimalSeparator('.');
            symbols.setGroupingSeparator(',');
        } else {
            symbols.setDecimalSeparator(',');
            symbols.setGroupingSeparator(' ');
        }
        DecimalFormat format = new DecimalFormat(decimals > 0 ? "#,##0." + "0".repeat(decimals) : "#,##0", symbols);
        format.setRoundingMode(java.math.RoundingMode.HALF_UP);
        return format.format(value);
    }

    String date(LocalDate date) {
        return language == ReportLanguage.EN
                ? date.format(DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH))
                : date.getDayOfMonth() + "." + date.getMonthValue() + "." + date.getYear();
    }

    String month(String yearMonth) {
        var month = java.time.YearMonth.parse(yearMonth);
        Locale locale = Locale.forLanguageTag(language.name().toLowerCase(Locale.ROOT));
        return month.format(DateTimeFormatter.ofPattern("LLLL yyyy", locale));
    }

    /** "Tavoite: 10–15 alueellista verkostoa. Toteutunut: 12 (kerätty tieto, 1.1.2019–31.12.2019)." */
    String paste(String goal, String actual, DataBasis basis, LocalDate from, LocalDate to) {
        String period = date(from) + "–" + date(to);
        return pick(
                "Tavoite: " + goal + ". Toteutunut: " + actual + " (" + basis(basis) + ", " + period + ").",
                "Mål: " + goal + ". Utfall: " + actual + " (" + basis(basis) + ", " + period + ").",
                "Goal: " + goal + ". Achieved: " + actual + " (" + basis(basis) + ", " + period + ").");
    }

    String intervalMethod() {
        return pick(
                "95 %:n luottamusväli: osuuksille Wilsonin väli, keskiarvoille t-jakaumaan perustuva väli ja"
                        + " muutokselle parittainen t-väli (samojen henkilöiden alku- ja seurantavastausten erotukset).",
                "95 % konfidensintervall: Wilsons intervall för andelar, t-intervall för medelvärden och parat"
                        + " t-intervall för förändring (skillnaderna mellan samma personers start- och uppföljningssvar).",
                "95 % confidence intervals: Wilson score intervals for shares, t intervals for means and the paired t"
                        + " interval for change (the differences between the same people's baseline and follow-up"
                        + " answers).");
    }

    String suppressionRule() {
        int count = rule.minCount();
        int persons = rule.minPersonsForStatistic();
        return pick(
                "Alle " + count + " henkilön lukumääriä ei näytetä, eikä osuuksia, keskiarvoja tai muutoksia, jotka on"
                        + " laskettu alle " + persons + " henkilön joukosta. Lisäksi piilotetaan pienin muu luku, jos"
                        + " piilotettu luku muuten selviäisi erotuksena summasta. Myös luvut, joista piilotettu luku"
                        + " voitaisiin laskea (kuten keskiarvo tai suurin osallistujamäärä tilaisuutta kohden),"
                        + " piilotetaan. Kaikki piilotetut solut on merkitty samalla sanalla.",
                "Antal under " + count + " personer visas inte, inte heller andelar, medelvärden eller förändringar"
                        + " som beräknats på färre än " + persons + " personer. Dessutom döljs det minsta andra talet"
                        + " om ett dolt tal annars kunde räknas fram ur summan. Även tal som ett dolt tal kunde"
                        + " räknas fram ur (som medelvärdet eller det högsta deltagarantalet per evenemang) döljs."
                        + " Alla dolda celler är märkta med samma ord.",
                "Counts of fewer than " + count + " people are not shown, nor shares, means or changes based on fewer"
                        + " than " + persons + " people. The smallest other count is hidden too where a hidden count"
                        + " could otherwise be worked out from the total. Figures a hidden count could be worked out"
                        + " from (such as the mean or the largest attendance per event) are hidden with it. Every hidden"
                        + " cell is marked with the same word.");
    }

    String firstReport() {
        return pick(
                "Ensimmäinen raportti tällä määrittelyllä.",
                "Den första rapporten enligt denna definition.",
                "The first report of this definition.");
    }

    String nothingChanged() {
        return pick(
                "Ei muutoksia edelliseen raporttiin.",
                "Inga ändringar sedan föregående rapport.",
                "No changes since the previous report.");
    }

    String ruleChanged(String code) {
        return code + ": " + pick("määritelmä muuttunut", "definitionen ändrad", "rule changed");
    }

    String suppressedWord() {
        return pick("piilotettu", "dold", "hidden");
    }

    String missingWord() {
        return pick("ei arvoa", "inget värde", "no value");
    }
}
