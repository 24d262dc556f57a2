/**
 * The news views (feed, item, writing, desk, planning) and {@link no.tavla.news.ui.FeedBroadcaster}, which other
 * modules' live pages (the staff-room screen) follow too.
 */
@org.springframework.modulith.NamedInterface("ui")
package no.tavla.news.ui;
