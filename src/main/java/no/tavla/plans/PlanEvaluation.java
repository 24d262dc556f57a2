package no.tavla.plans;

import java.time.Instant;
import java.util.List;

import no.tavla.reach.ReachFigures;

/**
 * What Tavla knows of how a plan went (issue 16): each measure, whether it slipped, and for each of its Tavla items
 * how far it reached, in all and within each target group's staff; and what the owner says worked and what to do
 * differently.
 *
 * @param closedAt null while the plan is open
 * @param worked   null until the owner writes it
 * @param change   null until the owner writes it
 */
public record PlanEvaluation(List<MeasureResult> measures, List<GroupResult> groups, Instant closedAt, String worked,
                             String change) {

    /** Why a measure slipped. */
    public enum Slip {
        /** Its time passed and it is neither done nor dropped. */
        NOT_DONE,
        /** Its item reached staff later than the measure's time. */
        LATE,
        /** Its time passed and its item has not gone out. */
        NOT_RELEASED
    }

    /**
     * A measure and, when it made a Tavla item, that item's reach as the signed-in person may see it.
     *
     * @param releasedAt null when its item has not gone out (or it has none)
     * @param reach      null when it has no item out, or the person may not follow it up
     * @param slip       null when it did not slip
     * @param told       how many its item was sent to by e-mail and SMS; null with {@code reach}
     */
    public record MeasureResult(Measure measure, Instant releasedAt, ReachFigures reach, Slip slip, Told told) {

        public MeasureResult(Measure measure, Instant releasedAt, ReachFigures reach, Slip slip) {
            this(measure, releasedAt, reach, slip, null);
        }
    }

    /** How many an item was sent to, by e-mail and by SMS (sent, not merely asked for). */
    public record Told(int email, int sms) {
    }

    /** A target group with a unit: how far each of the plan's items reached its staff. */
    public record GroupResult(TargetGroup group, List<ItemInGroup> items) {
    }

    /** One item's reach within a target group's staff. @param told null when the person may not see the counts */
    public record ItemInGroup(String title, ReachFigures reach, Told told) {

        public ItemInGroup(String title, ReachFigures reach) {
            this(title, reach, null);
        }
    }

    public PlanEvaluation {
        measures = List.copyOf(measures);
        groups = List.copyOf(groups);
    }

    /** How far each measure's item reached, in per cent, as a chart's bars (the measures without reach left out). */
    public List<no.tavla.shared.charts.BarCharts.Bar> reachBars() {
        return measures.stream().filter(result -> result.reach() != null)
                .map(result -> new no.tavla.shared.charts.BarCharts.Bar(result.measure().title(),
                        result.reach().percent())).toList();
    }

    /** How many measures slipped. */
    public long slipped() {
        return measures.stream().filter(result -> result.slip() != null).count();
    }
}
