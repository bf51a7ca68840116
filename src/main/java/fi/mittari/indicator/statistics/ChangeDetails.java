package fi.mittari.indicator.statistics;

/**
 * The counts of persons published beside a paired change, after suppression: those who improved, stayed the same and
 * got worse (a row whose total is the pairs), those lost between the waves and those new at follow-up. A share of one
 * of them is shown only where its count is.
 */
public record ChangeDetails(
        Cell<Long> improved, Cell<Long> same, Cell<Long> worse, Cell<Long> lost, Cell<Long> newAtFollowUp) {}
