/**
 * What every HTTP request meets before any module sees it: which proxies' forwarded headers are believed, the
 * answer to a request too broken to read, and the bounded database health check.
 */
package no.tavla.shared.web;
