package fi.mittari.response;

import java.time.LocalDate;

/**
 * The complete responses of one campaign submitted on the days {@code from} to {@code to}, both included (the days
 * stored beside each response, in the application's time zone).
 */
public record ResponsePeriod(long campaignId, LocalDate from, LocalDate to) {}
