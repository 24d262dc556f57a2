/**
 * Going out: the release job that runs each release's side effects once, and the public channel (Atom, JSON Feed,
 * public item pages and files) for the municipality's website.
 */
package no.tavla.news.publishing;
