/** The search module's Lucene index, its analysers and queries, and its one table (the searches that found nothing). */
package no.tavla.search.internal;
