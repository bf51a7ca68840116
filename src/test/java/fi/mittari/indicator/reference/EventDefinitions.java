package fi.mittari.indicator.reference;

import static fi.mittari.indicator.reference.ReferenceDefinitions.ALL;
import static fi.mittari.indicator.reference.ReferenceDefinitions.EVENT;
import static fi.mittari.indicator.reference.ReferenceDefinitions.MONTH;
import static fi.mittari.indicator.reference.ReferenceDefinitions.PROJECT;
import static fi.mittari.indicator.reference.ReferenceDefinitions.QUARTER;
import static fi.mittari.indicator.reference.ReferenceDefinitions.REGION;
import static fi.mittari.indicator.reference.ReferenceDefinitions.SECTOR;
import static fi.mittari.indicator.reference.ReferenceDefinitions.TYPE;
import static fi.mittari.indicator.reference.ReferenceDefinitions.YEAR;
import static fi.mittari.indicator.reference.ReferenceDefinitions.define;

import fi.mittari.indicator.definition.DataBasis;
import fi.mittari.indicator.definition.Dimension;
import fi.mittari.indicator.definition.Filter;
import fi.mittari.indicator.definition.IndicatorDefinition;
import fi.mittari.indicator.definition.Measure;
import fi.mittari.indicator.definition.Measure.Statistic;
import fi.mittari.indicator.definition.Population;
import fi.mittari.indicator.definition.Quantity;
import java.util.List;
import java.util.Optional;

/**
 * Generated definitions of what events record: events, networks, organisations, attendance and its statistics per
 * event, shares of attendance, and participants per event, each with every breakdown the reader accepts.
 */
final class EventDefinitions {

    private EventDefinitions() {}

    static List<IndicatorDefinition> generated() {
        Quantity attendance = new Quantity.Attendance();
        var meetings = new Population(List.of(), List.of("network_meeting"));
        return List.of(
                define(
                        "g_events",
                        0,
                        DataBasis.COLLECTED,
                        new Measure.Count(Measure.CountedUnit.EVENTS, Optional.empty()),
                        ALL,
                        PROJECT,
                        EVENT,
                        TYPE,
                        REGION,
                        SECTOR,
                        MONTH,
                        QUARTER,
                        YEAR),
                define(
                        "g_meetings",
                        0,
                        DataBasis.COLLECTED,
                        new Measure.Count(Measure.CountedUnit.EVENTS, Optional.empty()),
                        meetings,
                        REGION,
                        YEAR),
                define(
                        "g_networks",
                        0,
                        DataBasis.COLLECTED,
                        new Measure.DistinctCount(Measure.DistinctUnit.NETWORKS, Optional.empty()),
                        ALL,
                        PROJECT,
                        EVENT,
                        TYPE,
                        REGION,
                        MONTH,
                        YEAR),
                define(
                        "g_meeting_networks",
                        0,
                        DataBasis.COLLECTED,
                        new Measure.DistinctCount(Measure.DistinctUnit.NETWORKS, Optional.empty()),
                        meetings,
                        REGION,
                        QUARTER),
                define(
                        "g_organisations",
                        0,
                        DataBasis.COLLECTED,
                        new Measure.DistinctCount(Measure.DistinctUnit.ORGANISATIONS, Optional.empty()),
                        ALL,
                        PROJECT,
                        TYPE,
                        REGION,
                        SECTOR,
                        MONTH),
                define(
                        "g_attendance",
                        0,
                        DataBasis.COLLECTED,
                        new Measure.Sum(attendance),
                        ALL,
                        PROJECT,
                        EVENT,
                        TYPE,
                        REGION,
                        SECTOR,
                        MONTH,
                        QUARTER,
                        YEAR),
                define(
                        "g_meeting_attendance",
                        0,
                        DataBasis.COLLECTED,
                        new Measure.Sum(attendance),
                        meetings,
                        REGION,
                        SECTOR),
                define(
                        "g_attendance_mean",
                        1,
                        DataBasis.COLLECTED,
                        new Measure.Summary(Statistic.MEAN, attendance),
                        ALL,
                        TYPE,
                        REGION,
                        SECTOR,
                        MONTH),
                define(
                        "g_attendance_mean_sample",
                        2,
                        DataBasis.SAMPLE,
                        new Measure.Summary(Statistic.MEAN, attendance),
                        ALL,
                        TYPE,
                        MONTH),
                define(
                        "g_attendance_median",
                        1,
                        DataBasis.COLLECTED,
                        new Measure.Summary(Statistic.MEDIAN, attendance),
                        ALL,
                        TYPE,
                        REGION,
                        SECTOR,
                        MONTH),
                define(
                        "g_attendance_min",
                        0,
                        DataBasis.COLLECTED,
                        new Measure.Summary(Statistic.MIN, attendance),
                        ALL,
                        TYPE,
                        REGION,
                        SECTOR),
                define(
                        "g_attendance_max",
                        0,
                        DataBasis.COLLECTED,
                        new Measure.Summary(Statistic.MAX, attendance),
                        ALL,
                        TYPE,
                        REGION,
                        SECTOR),
                define(
                        "g_meeting_mean",
                        1,
                        DataBasis.COLLECTED,
                        new Measure.Summary(Statistic.MEAN, attendance),
                        meetings,
                        REGION,
                        SECTOR),
                define(
                        "g_kela_share",
                        3,
                        DataBasis.COLLECTED,
                        new Measure.Proportion(
                                attendance,
                                new Filter.DimensionIn(Dimension.SECTOR, List.of("kela", "te_services")),
                                Optional.empty()),
                        ALL,
                        REGION,
                        TYPE,
                        MONTH,
                        YEAR),
                define(
                        "g_lappi_share",
                        3,
                        DataBasis.SAMPLE,
                        new Measure.Proportion(
                                attendance,
                                new Filter.DimensionIn(Dimension.REGION, List.of("lappi")),
                                Optional.of(
                                        new Filter.DimensionIn(Dimension.EVENT_TYPE, List.of("training", "workshop")))),
                        ALL,
                        TYPE,
                        SECTOR),
                define(
                        "g_per_event",
                        1,
                        DataBasis.COLLECTED,
                        new Measure.Ratio("g_attendance", "g_events"),
                        ALL,
                        PROJECT,
                        TYPE,
                        REGION,
                        MONTH));
    }
}
