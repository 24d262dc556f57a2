package no.tavla.news;

import java.time.Instant;

/**
 * Whether an item needs a communication plan and has what it needs (issue 16).
 *
 * @param kind         what the item announces; null when it is neither a reorganisation nor a change to services
 * @param planned      whether it is part of a plan
 * @param waivedReason why communications let it go without one; null when they did not
 * @param waivedBy     null when not waived
 * @param waivedAt     null when not waived
 */
public record PlanRequirement(ChangeKind kind, boolean planned, String waivedReason, String waivedBy,
                              Instant waivedAt) {

    /** Whether the item needs a plan. */
    public boolean required() {
        return kind != null;
    }

    /** Whether it may be submitted or published as far as plans are concerned. */
    public boolean met() {
        return kind == null || planned || waivedReason != null;
    }
}
