package fi.mittari.questionnaire.builder.web;

import static org.assertj.core.api.Assertions.assertThat;

import fi.mittari.questionnaire.builder.web.BuilderSteps.Row;
import fi.mittari.questionnaire.builder.web.BuilderSteps.Text;
import fi.mittari.support.Browser;
import java.io.IOException;
import java.util.List;

/** surveys/keko-impact.yaml written again through the builder's pages, field by field, without typing YAML. */
final class KekoImpactInTheBuilder {

    private static final Text YES = new Text("Kyllä", "Ja", "Yes");

    private KekoImpactInTheBuilder() {}

    static void build(BuilderSteps steps, Browser browser, BuilderSteps.Check check)
            throws IOException, InterruptedException {
        steps.start(new Text(
                "KeKo-hankkeen vaikuttavuuskysely", "Enkät om KeKo-projektets effekter", "KeKo project impact survey"));
        steps.describe(
                new Text(
                        "Kerro, mitä KeKon tilaisuudet ja aluetyö ovat muuttaneet organisaatiosi työssä. Vastaaminen vie noin viisi minuuttia. Vastaukset käsitellään nimettöminä.",
                        "Berätta vad KeKos evenemang och regionala arbete har förändrat i din organisations arbete. Det tar cirka fem minuter att svara. Svaren behandlas anonymt.",
                        "Tell us what KeKo's events and regional work have changed in your organisation's work. Answering takes about five minutes. Answers are handled anonymously."));
        steps.addPage(
                "impact",
                new Text("Verkoston vaikutukset", "Nätverkets effekter", "The network's impact"),
                new Text(
                        "Ensin kysymme, mitä KeKon tilaisuudet ja verkosto ovat tuoneet työhösi.",
                        "Först frågar vi vad KeKos evenemang och nätverk har gett ditt arbete.",
                        "First we ask what KeKo's events and network have brought to your work."));
        steps.addPage(
                "about_you",
                new Text("Tietoja sinusta", "Om dig", "About you"),
                new Text(
                        "Näiden tietojen avulla vertaamme vastauksia alueittain ja toimijoittain. Ketään ei tunnisteta niistä.",
                        "Med dessa uppgifter jämför vi svaren mellan regioner och aktörer. Ingen kan identifieras utifrån dem.",
                        "These details let us compare answers between regions and kinds of organisation. No one is identified by them."));
        steps.addPage("finally", new Text("Lopuksi", "Till sist", "Finally"), null);
        check.on("overview, three pages");

        steps.addQuestion(
                "single_choice",
                "new_partners",
                new Text(
                        "Löysitkö KeKon kautta uusia yhteistyökumppaneita?",
                        "Hittade du nya samarbetspartner genom KeKo?",
                        "Did you find new partners through KeKo?"),
                "0:0");
        browser.click("#f-required");
        steps.field("concept", "outcome.new_partners");
        steps.choices(
                List.of(
                        new Row("yes", YES),
                        new Row("no", new Text("Ei", "Nej", "No")),
                        new Row("unsure", new Text("En osaa sanoa", "Vet inte", "Don't know"))),
                "choice");
        steps.save();
        check.on("single choice question");

        steps.addQuestion(
                "multiple_choice",
                "partner_activities",
                new Text(
                        "Mitä olette tehneet uusien kumppaneiden kanssa?",
                        "Vad har ni gjort tillsammans med de nya partnerna?",
                        "What have you done with the new partners?"),
                "0:1");
        steps.pick("relevant", "new_partners", "eq", "yes");
        steps.texts("hint", new Text("Valitse kaikki sopivat.", "Välj alla som passar.", "Choose all that apply."));
        steps.choices(
                List.of(
                        new Row(
                                "client_pathways",
                                new Text(
                                        "Suunnitelleet asiakkaille uusia jatkopolkuja",
                                        "Planerat nya vägar vidare för klienterna",
                                        "Planned new pathways for clients")),
                        new Row(
                                "joint_services",
                                new Text(
                                        "Kehittäneet palveluita yhdessä",
                                        "Utvecklat tjänster tillsammans",
                                        "Developed services together")),
                        new Row(
                                "smaller_networks",
                                new Text(
                                        "Muodostaneet pienempiä verkostoja",
                                        "Bildat mindre nätverk",
                                        "Formed smaller networks")),
                        new Row(
                                "trainings_visits",
                                new Text(
                                        "Toteuttaneet koulutuksia tai tutustumiskäyntejä",
                                        "Ordnat utbildningar eller studiebesök",
                                        "Organised trainings or study visits"))),
                "choice");
        steps.save();

        // Added in the wrong order on purpose, then put right with the move button.
        steps.addQuestion(
                "single_choice",
                "employment_knowledge",
                new Text(
                        "Saitko tietoa osatyökykyisten ihmisten työllistämisestä?",
                        "Fick du information om sysselsättning av personer med partiell arbetsförmåga?",
                        "Did you gain knowledge of employing people with partial work ability?"),
                "0:2");
        browser.click("#f-required");
        sharedKnowledgeList(steps, browser, true);
        steps.addQuestion(
                "single_choice",
                "topical_knowledge",
                new Text(
                        "Saitko tietoa ajankohtaisista teemoista?",
                        "Fick du information om aktuella teman?",
                        "Did you gain knowledge of topical themes?"),
                "0:3");
        browser.click("#f-required");
        sharedKnowledgeList(steps, browser, false);
        browser.open(steps.builder());
        browser.click("#q-0-3-up");
        steps.awaitOrder("ajankohtaisista teemoista", "osatyökykyisten");

        steps.addQuestion(
                "rating",
                "usefulness",
                new Text(
                        "Kuinka hyödyllisenä pidit KeKon toimintaa työsi kannalta?",
                        "Hur nyttig var KeKos verksamhet för ditt arbete?",
                        "How useful was KeKo's work for your own work?"),
                "0:4");
        steps.field("min", "0");
        steps.field("max", "10");
        steps.texts("minLabel", new Text("Ei lainkaan hyödyllinen", "Inte alls nyttig", "Not useful at all"));
        steps.texts("maxLabel", new Text("Erittäin hyödyllinen", "Mycket nyttig", "Very useful"));
        steps.save();
        check.on("rating question");

        steps.addQuestion(
                "single_choice",
                "region",
                new Text(
                        "Missä maakunnassa organisaatiosi toimii?",
                        "I vilket landskap verkar din organisation?",
                        "In which region does your organisation work?"),
                "1:0");
        browser.click("#f-required");
        steps.field("concept", "dim.region");
        browser.click("#src-codes");
        browser.click("#f-choicesFrom option[value='region']");
        otherLabelled(steps, browser);

        steps.addQuestion(
                "single_choice",
                "organisation_type",
                new Text(
                        "Millaista organisaatiota edustat?",
                        "Vilken typ av organisation representerar du?",
                        "What kind of organisation do you represent?"),
                "1:1");
        browser.click("#f-required");
        steps.field("concept", "dim.sector");
        steps.choices(
                List.of(
                        new Row(
                                "third_sector",
                                new Text(
                                        "Järjestö tai yhdistys (kolmas sektori)",
                                        "Organisation eller förening (tredje sektorn)",
                                        "NGO or association (third sector)")),
                        new Row(
                                "municipal_employment",
                                new Text(
                                        "Kunnan työllisyyspalvelut",
                                        "Kommunens sysselsättningstjänster",
                                        "Municipal employment services")),
                        new Row(
                                "te_services",
                                new Text("TE-palvelut", "TE-tjänsterna", "TE services (public employment services)")),
                        new Row("ely_centre", new Text("ELY-keskus", "NTM-centralen", "ELY centre")),
                        new Row("kela", new Text("Kela", "FPA", "Kela")),
                        new Row(
                                "social_services",
                                new Text(
                                        "Sosiaalipalvelut tai hyvinvointialue",
                                        "Socialtjänsten eller välfärdsområdet",
                                        "Social services or wellbeing services county")),
                        new Row(
                                "company",
                                new Text("Yritys tai yrittäjä", "Företag eller företagare", "Company or entrepreneur")),
                        new Row("education", new Text("Oppilaitos", "Läroanstalt", "Educational institution"))),
                "choice");
        otherLabelled(steps, browser);

        steps.addQuestion(
                "text",
                "comments",
                new Text(
                        "Mitä muuta haluat kertoa KeKon vaikutuksista?",
                        "Vad mer vill du berätta om KeKos effekter?",
                        "What else would you like to tell us about KeKo's impact?"),
                "2:0");
        browser.click("#f-multiline");
        steps.field("maxLength", "2000");
        steps.texts(
                "hint",
                new Text(
                        "Älä kirjoita vastaukseen nimiä tai muita tunnistetietoja.",
                        "Skriv inte namn eller andra personuppgifter i svaret.",
                        "Please do not write names or other identifying details in your answer."));
        steps.save();
        check.on("text question");
    }

    /** The shared list "knowledge": written with the first question that uses it, named by the second. */
    private static void sharedKnowledgeList(BuilderSteps steps, Browser browser, boolean write)
            throws IOException, InterruptedException {
        browser.click("#src-shared");
        steps.field("sharedList", "knowledge");
        steps.save();
        if (write) {
            steps.choices(
                    List.of(
                            new Row("yes", YES),
                            new Row("partly", new Text("Osittain", "Delvis", "Partly")),
                            new Row("no", new Text("En", "Nej", "No"))),
                    "choice");
            steps.save();
        }
        assertThat(browser.pageSource()).contains("Muutokset listaan knowledge koskevat kaikkia kysymyksiä");
    }

    private static void otherLabelled(BuilderSteps steps, Browser browser) throws IOException, InterruptedException {
        browser.click("#f-other");
        steps.texts("otherLabel", new Text("Muu", "Annat", "Other"));
        steps.save();
        assertThat(browser.isSelected("#f-other")).isTrue();
    }
}
