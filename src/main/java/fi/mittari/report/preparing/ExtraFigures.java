package fi.mittari.report.preparing;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The numbers of a stored value's {@code extra} JSON, which the engine writes as one flat object of numbers
 * ({@code {"pairs":58,"personsLost":6,…}}); read by name without a JSON library.
 */
final class ExtraFigures {

    private final String json;

    ExtraFigures(Optional<String> json) {
        this.json = json.orElse("");
    }

    Optional<BigDecimal> number(String name) {
        Matcher m = Pattern.compile(
                        "\"" + Pattern.quote(name) + "\"\\s*:\\s*(-?[0-9]+(?:\\.[0-9]+)?(?:[eE][-+]?[0-9]+)?)")
                .matcher(json);
        return m.find() ? Optional.of(new BigDecimal(m.group(1))) : Optional.empty();
    }

    Optional<Long> count(String name) {
        return number(name).map(BigDecimal::longValueExact);
    }
}
