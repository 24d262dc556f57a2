/** The plans module's SQL (decision 0014). */
package no.tavla.plans.internal;
