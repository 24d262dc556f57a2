package no.tavla.plans;

/**
 * Across plans, how a channel did for a target group (Lørenskog: measure the effect of the channels): how many
 * measures used it, how many were done and how many slipped, and for Tavla items how many of their audience they
 * reached.
 *
 * @param targetGroup the target group's name as plans wrote it; null for measures for a whole plan
 * @param audience    the Tavla items' audiences added up (0 for channels outside Tavla)
 * @param reached     of those, reached on screen, on paper or in a meeting
 */
public record ChannelEffect(String targetGroup, MeasureChannel channel, int measures, int done, int slipped,
                            int audience, int reached) {

    /** Reached, in whole per cent of the audience; null when Tavla knows no audience. */
    public Integer percent() {
        return audience == 0 ? null : (int) (100L * reached / audience);
    }
}
