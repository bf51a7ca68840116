package fi.mittari.response.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.math.BigDecimal;
import java.time.LocalDate;

/** One answer in long format; a multiple-choice answer is one row per selected choice. */
@MappedEntity("answer")
public record AnswerRow(
        @Id @GeneratedValue @Nullable Long id,
        long responseId,
        String questionKey,
        @Nullable String choiceValue,
        @Nullable BigDecimal numberValue,
        @Nullable String textValue,
        @Nullable LocalDate dateValue) {}
