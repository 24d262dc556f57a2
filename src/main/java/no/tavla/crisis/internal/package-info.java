/** The crisis module's SQL (decision 0014). */
package no.tavla.crisis.internal;
