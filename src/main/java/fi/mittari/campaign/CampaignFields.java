package fi.mittari.campaign;

import fi.mittari.questionnaire.Language;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Reads the optional settings of a campaign request as the client wrote them, each refusal a field problem. */
final class CampaignFields {

    private static final int LONGEST_THANK_YOU = 2000;

    private CampaignFields() {}

    /** A date alone means the start ({@code dayOffset} 0) or the end (1) of that day in {@code zone}. */
    static Optional<Instant> time(String field, String text, int dayOffset, ZoneId zone, List<FieldProblem> problems) {
        try {
            if (text.length() == 10) {
                return Optional.of(LocalDate.parse(text)
                        .plusDays(dayOffset)
                        .atStartOfDay(zone)
                        .toInstant());
            }
            return Optional.of(OffsetDateTime.parse(text).toInstant());
        } catch (DateTimeParseException e) {
            problems.add(FieldProblem.of(
                    field,
                    "timeFormat",
                    "'" + text + "' is not a date like 2026-12-31 or a time like 2026-12-31T22:00:00Z",
                    text));
            return Optional.empty();
        }
    }

    static Optional<Integer> responseCap(String text, List<FieldProblem> problems) {
        try {
            int cap = Integer.parseInt(text.strip());
            if (cap >= 1) {
                return Optional.of(cap);
            }
            problems.add(FieldProblem.of(
                    "responseCap", "capTooSmall", "must be at least 1, was " + cap, Integer.toString(cap)));
        } catch (NumberFormatException e) {
            problems.add(FieldProblem.of(
                    "responseCap", "capNotNumber", "must be a whole number of at least 1, was '" + text + "'", text));
        }
        return Optional.empty();
    }

    static AccessMode accessMode(String text, List<FieldProblem> problems) {
        try {
            return AccessMode.valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(FieldProblem.of(
                    "accessMode",
                    "unknownAccessMode",
                    "must be public, invitation or kiosk, was '" + text + "'",
                    text));
            return AccessMode.PUBLIC;
        }
    }

    static CampaignPurpose purpose(String text, List<FieldProblem> problems) {
        try {
            return CampaignPurpose.valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(FieldProblem.of(
                    "purpose", "unknownPurpose", "must be survey or sign_in, was '" + text + "'", text));
            return CampaignPurpose.SURVEY;
        }
    }

    static List<Language> languages(List<String> codes, List<Language> offered, List<FieldProblem> problems) {
        List<Language> chosen = new ArrayList<>();
        for (String code : codes) {
            Optional<Language> language = Language.fromCode(code);
            if (language.isEmpty() || (!offered.isEmpty() && !offered.contains(language.get()))) {
                List<String> offeredCodes = offered.stream().map(Language::code).toList();
                problems.add(FieldProblem.of(
                        "languages",
                        "languageNotOffered",
                        "'" + code + "' is not one of the questionnaire's languages " + offeredCodes,
                        code,
                        String.join(", ", offeredCodes)));
            } else if (!chosen.contains(language.get())) {
                chosen.add(language.get());
            }
        }
        return chosen;
    }

    static Map<Language, String> thankYou(Map<String, String> texts, List<FieldProblem> problems) {
        Map<Language, String> byLanguage = new EnumMap<>(Language.class);
        texts.forEach((code, text) -> {
            Optional<Language> language = Language.fromCode(code);
            if (language.isEmpty()) {
                problems.add(FieldProblem.of(
                        "thankYou." + code, "thankYouLanguage", "is not a language: use fi, sv or en", code));
            } else if (text != null && text.length() > LONGEST_THANK_YOU) {
                problems.add(FieldProblem.of(
                        "thankYou." + code,
                        "thankYouTooLong",
                        "must be at most " + LONGEST_THANK_YOU + " characters",
                        Integer.toString(LONGEST_THANK_YOU)));
            } else if (text != null && !text.isBlank()) {
                byLanguage.put(language.get(), text.trim());
            }
        });
        return byLanguage;
    }
}
