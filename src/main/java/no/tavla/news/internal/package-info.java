/**
 * Every SQL statement of the news module: the items' tables, the one audience condition, and the demo items. Nobody
 * outside the module uses it.
 */
package no.tavla.news.internal;
