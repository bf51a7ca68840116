package fi.mittari.campaign;

import fi.mittari.questionnaire.Language;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A questionnaire version opened to respondents at /s/{slug}, from {@code opensAt} until {@code closesAt} (either may
 * be absent). {@code languages} is a comma-separated subset of the questionnaire's languages, or null for all of them.
 * A campaign with an {@code eventCode} belongs to that event's project.
 */
@MappedEntity("campaign")
public record Campaign(
        @Id @GeneratedValue @Nullable Long id,
        String slug,
        String title,
        long questionnaireVersionId,
        @Nullable Long projectId,
        @Nullable Instant closesAt,
        Instant createdAt,
        @Nullable Instant opensAt,
        AccessMode accessMode,
        @Nullable String languages,
        @Nullable Integer responseCap,
        @Nullable String eventCode,
        @Nullable String thankYouFi,
        @Nullable String thankYouSv,
        @Nullable String thankYouEn,
        CampaignPurpose purpose) {

    public boolean isOpenAt(Instant now) {
        return stateAt(now, 0) == CampaignState.OPEN;
    }

    /** The state at {@code now} when {@code completed} responses are stored. */
    public CampaignState stateAt(Instant now, long completed) {
        if (opensAt != null && now.isBefore(opensAt)) {
            return CampaignState.NOT_YET_OPEN;
        }
        if (closesAt != null && !now.isBefore(closesAt)) {
            return CampaignState.CLOSED;
        }
        if (responseCap != null && completed >= responseCap) {
            return CampaignState.FULL;
        }
        return CampaignState.OPEN;
    }

    public Optional<Instant> openingTime() {
        return Optional.ofNullable(opensAt);
    }

    public Optional<Instant> closingTime() {
        return Optional.ofNullable(closesAt);
    }

    /**
     * The day in {@code zone} (the application's time zone) on which the campaign opens, if it has an opening time.
     * Campaign dates are days there: a campaign opens at the start of its first day and closes at the end of its last.
     */
    public Optional<LocalDate> openingDay(ZoneId zone) {
        return openingTime().map(t -> t.atZone(zone).toLocalDate());
    }

    /** The last day in {@code zone} on which the campaign takes answers: a close at midnight ends the day before. */
    public Optional<LocalDate> lastDay(ZoneId zone) {
        return closingTime()
                .map(t -> t.atZone(zone))
                .map(t -> t.toLocalTime().equals(LocalTime.MIDNIGHT)
                        ? t.toLocalDate().minusDays(1)
                        : t.toLocalDate());
    }

    /** The same campaign opening and closing at other times (either may be null). */
    public Campaign withTimes(@Nullable Instant opening, @Nullable Instant closing) {
        return new Campaign(
                id,
                slug,
                title,
                questionnaireVersionId,
                projectId,
                closing,
                createdAt,
                opening,
                accessMode,
                languages,
                responseCap,
                eventCode,
                thankYouFi,
                thankYouSv,
                thankYouEn,
                purpose);
    }

    /** The languages the campaign offers, in the questionnaire's order; empty means all the questionnaire offers. */
    public List<Language> offeredLanguages() {
        if (languages == null || languages.isBlank()) {
            return List.of();
        }
        return Arrays.stream(languages.split(","))
                .map(String::trim)
                .map(Language::fromCode)
                .flatMap(Optional::stream)
                .toList();
    }

    /** The campaign's own thank-you text in {@code language}, if it has one. */
    public Optional<String> thankYou(Language language) {
        String text = language == Language.SV ? thankYouSv : language == Language.EN ? thankYouEn : thankYouFi;
        return Optional.ofNullable(text).filter(t -> !t.isBlank());
    }
}
