/**
 * Reach's tables: confirmations on paper and in meetings, printed batches and staff-room screens. Every SQL statement
 * of the module is here (decision 0014); nobody outside {@code reach} uses these classes.
 */
package no.tavla.reach.internal;
