package fi.mittari.context;

import java.util.List;
import java.util.Optional;

/**
 * The indicators a project goal may name. The indicator feature defines them and provides this port, since it
 * depends on the context and not the other way round.
 */
public interface GoalIndicators {

    /** Every indicator in force, ordered by code. */
    List<GoalIndicator> all();

    default Optional<GoalIndicator> byCode(String code) {
        return all().stream().filter(i -> i.code().equals(code)).findFirst();
    }
}
