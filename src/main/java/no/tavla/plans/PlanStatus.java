package no.tavla.plans;

/** Where a plan is: being written, carried out, or closed (with its evaluation). */
public enum PlanStatus {
    DRAFT, ACTIVE, CLOSED
}
