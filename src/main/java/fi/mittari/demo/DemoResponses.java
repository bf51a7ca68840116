package fi.mittari.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * 36 synthetic answers to keko-impact, the same every time (fixed seed). The new-partners split is fixed at
 * 19 yes / 12 no / 5 don't know so the demo reproduces the article's 53 %.
 */
final class DemoResponses {

    private static final String[] REGIONS = {
        "uusimaa",
        "pirkanmaa",
        "pohjois-savo",
        "keski-suomi",
        "varsinais-suomi",
        "etela-pohjanmaa",
        "lappi",
        "paijat-hame"
    };
    private static final String[] ORGANISATIONS = {
        "third_sector",
        "third_sector",
        "third_sector",
        "third_sector",
        "municipal_employment",
        "te_services",
        "ely_centre",
        "company",
        "education",
        "social_services"
    };
    private static final String[] ACTIVITIES = {
        "client_pathways", "joint_services", "smaller_networks", "trainings_visits"
    };
    private static final String[] KNOWLEDGE = {"yes", "yes", "partly", "no"};

    private DemoResponses() {}

    static List<Map<String, List<String>>> keko2019() {
        Random random = new Random(2019);
        List<Map<String, List<String>>> responses = new ArrayList<>();
        for (int i = 0; i < 36; i++) {
            String partners = i < 19 ? "yes" : i < 31 ? "no" : "unsure";
            List<String> activities = new ArrayList<>();
            if (partners.equals("yes")) {
                for (String activity : ACTIVITIES) {
                    if (random.nextInt(100) < 55) {
                        activities.add(activity);
                    }
                }
            }
            responses.add(Map.of(
                    "new_partners", List.of(partners),
                    "partner_activities", activities,
                    "topical_knowledge", List.of(KNOWLEDGE[random.nextInt(KNOWLEDGE.length)]),
                    "employment_knowledge", List.of(KNOWLEDGE[random.nextInt(KNOWLEDGE.length)]),
                    "usefulness", List.of(String.valueOf(5 + random.nextInt(6))),
                    "region", List.of(REGIONS[random.nextInt(REGIONS.length)]),
                    "organisation_type", List.of(ORGANISATIONS[random.nextInt(ORGANISATIONS.length)])));
        }
        return responses;
    }
}
