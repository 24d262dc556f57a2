/**
 * Announcements: writing with a live preview, the audience and its size, normal, important and must-read items, the
 * workflow (publish directly within one's units, else approval by communications), the feed, reading and
 * confirmation with counts, comments, and the retention of personal reading data.
 */
@org.springframework.modulith.ApplicationModule(displayName = "News")
package no.tavla.news;
