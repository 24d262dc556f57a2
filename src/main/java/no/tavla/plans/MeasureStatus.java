package no.tavla.plans;

/** Where a measure is: planned, done, or dropped. */
public enum MeasureStatus {
    PLANNED, DONE, DROPPED
}
