package no.tavla.organisation;

/**
 * What someone may want to do on a unit. Later modules add their actions here, and rows to the access-matrix test,
 * so that every rule about who may do what stays in {@link AccessPolicy}.
 */
public enum Action {
    /** Read the unit's page, its people and its news. */
    VIEW_UNIT,
    /** Change the unit page's description and contact details. */
    EDIT_UNIT_PAGE,
    /** Publish or schedule internal items for the unit (and its sub-units) without approval. */
    PUBLISH_FOR_UNIT,
    /** See reach and the names of staff not reached, print notices and sign-off sheets. */
    FOLLOW_UP_REACH,
    /** Look at the administration (units, people, roles) without changing it. */
    VIEW_ADMINISTRATION,
    /** Change units, people and roles, import from HR, manage API tokens. */
    ADMINISTER,
    /**
     * Approve, return and edit items submitted by others: anything organisation-wide, beyond the writer's units or
     * with an external release. The communications unit's work.
     */
    APPROVE,
    /**
     * Switch crisis mode (or a drill) on and off for the whole municipality or units, and post its updates: the crisis
     * staff and communications only (decision 0020).
     */
    LEAD_CRISIS,
    /**
     * Own the unit's communication plans (issue 16): write them, plan their measures and close them with an evaluation.
     * The unit's editors (and below), and communications, who see every plan.
     */
    PLAN_COMMUNICATION
}
