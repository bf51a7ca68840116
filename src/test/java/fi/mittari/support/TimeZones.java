package fi.mittari.support;

import java.time.ZoneId;

/** The zone the tests draw day boundaries in: MITTARI_TIME_ZONE's default, written once for every test. */
public final class TimeZones {

    /** The default of MITTARI_TIME_ZONE in application.yml ({@code TimeZoneWrittenOnceTest} keeps the two equal). */
    public static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");

    private TimeZones() {}
}
