/**
 * Search (issue 18): one box for everyone, finding the items, units and people the reader may see, in Norwegian
 * (Bokmål, Nynorsk), Swedish and English. Each Tavla instance keeps its own Lucene index and follows the database's
 * changes into it (decision 0027); what a hit may show is decided by the same rules as the feed and the unit pages,
 * applied to every hit, never by the index.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Search")
package no.tavla.search;
