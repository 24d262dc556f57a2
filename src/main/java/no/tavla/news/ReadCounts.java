package no.tavla.news;

/**
 * How far an item has reached: how many the audience holds now, how many have opened it, how many confirmed it (for
 * must-read items, in the current round).
 */
public record ReadCounts(int audience, int withoutComputer, int seen, int confirmed) {
}
