package fi.mittari.indicator.definition;

import java.util.Optional;

/** Which {@link MeasuredRecords} each kind of measure is computed over; none for a ratio, made of its operands' rows. */
final class RecordsOfMeasure implements Measure.Cases<Optional<MeasuredRecords>> {

    @Override
    public Optional<MeasuredRecords> count(Measure.Count count) {
        return Optional.of(
                switch (count.unit()) {
                    case EVENTS -> MeasuredRecords.EVENTS;
                    case RESPONSES -> MeasuredRecords.RESPONSES;
                    case COACHED_PARTICIPANTS -> MeasuredRecords.COACHED;
                });
    }

    @Override
    public Optional<MeasuredRecords> distinctCount(Measure.DistinctCount count) {
        return Optional.of(
                switch (count.unit()) {
                    case ORGANISATIONS -> MeasuredRecords.ORGANISATIONS;
                    case PERSONS -> MeasuredRecords.RESPONSES;
                    case NETWORKS -> MeasuredRecords.EVENTS;
                });
    }

    @Override
    public Optional<MeasuredRecords> sum(Measure.Sum sum) {
        return Optional.of(of(sum.quantity()));
    }

    @Override
    public Optional<MeasuredRecords> summary(Measure.Summary summary) {
        return Optional.of(of(summary.quantity()));
    }

    @Override
    public Optional<MeasuredRecords> proportion(Measure.Proportion proportion) {
        return Optional.of(of(proportion.quantity()));
    }

    @Override
    public Optional<MeasuredRecords> ratio(Measure.Ratio ratio) {
        return Optional.empty();
    }

    @Override
    public Optional<MeasuredRecords> pairedChange(Measure.PairedChange change) {
        return Optional.of(MeasuredRecords.PAIRED_ANSWERS);
    }

    private static MeasuredRecords of(Quantity quantity) {
        return quantity.accept(new Quantity.Cases<>() {
            @Override
            public MeasuredRecords attendance(Quantity.Attendance attendance) {
                return MeasuredRecords.ATTENDANCE;
            }

            @Override
            public MeasuredRecords respondents(Quantity.Respondents respondents) {
                return MeasuredRecords.RESPONSES;
            }

            @Override
            public MeasuredRecords answerNumber(Quantity.AnswerNumber answer) {
                return MeasuredRecords.RESPONSES;
            }
        });
    }
}
