package fi.mittari.definition;

/** Small definition texts for tests: indicators {@code events} and {@code participants}, a report of them. */
public final class DefinitionFixture {

    private DefinitionFixture() {}

    /** Two indicators in one file, as teams keep them in batch/indicators/. */
    public static String indicatorFile(String eventsName) {
        return """
                # Events and their participants.
                indicators:
                  - code: events
                    name: {fi: %s, sv: Evenemang, en: Events}
                    definition: {fi: Tilaisuudet, sv: Evenemang, en: Events}
                    basis: collected
                    measure: {count: events}
                    breakdowns: [region]

                  # Everyone at every event.
                  - code: participants
                    name: {fi: Osallistujat, sv: Deltagare, en: Participants}
                    definition: {fi: Osallistujat, sv: Deltagare, en: Participants}
                    basis: collected
                    measure: {sum: attendance}
                """
                .formatted(eventsName);
    }

    /** {@code events} alone, as its own definition's text. */
    public static String events(String name, int decimals) {
        return """
                indicators:
                  - code: events
                    name: {fi: %s, sv: Evenemang, en: Events}
                    definition: {fi: Tilaisuudet, sv: Evenemang, en: Events}
                    decimals: %d
                    basis: collected
                    measure: {count: events}
                    breakdowns: [region]
                """
                .formatted(name, decimals);
    }

    /** A report of {@code events} by {@code breakdown}; the code on line 2, the indicators on line 6, the breakdown on line 7, the schedule on line 9. */
    public static String report(String code, String breakdown) {
        return """
                reports:
                  - code: %s
                    title: Tilaisuusraportti
                    projects: [keko]
                    period: project
                    indicators: [events]
                    breakdowns: [%s]
                    contact: {name: Kaisa}
                    schedule: "0 0 6 1 * *"
                """
                .formatted(code, breakdown);
    }
}
