/** The plans' pages: the list, and one plan with its measures. */
package no.tavla.plans.ui;
