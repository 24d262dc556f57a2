/**
 * The reading side: a person's feed and item pages, confirmation of must-read items, comments, the counts, what
 * following up an item needs (its audience and how each read it), and the retention of reading data. The reach
 * module follows items up through {@link no.tavla.news.reading.FollowUp}.
 */
@org.springframework.modulith.NamedInterface("reading")
package no.tavla.news.reading;
