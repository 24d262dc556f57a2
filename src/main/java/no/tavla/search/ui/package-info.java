/** The search box in every page's header, the results page, and the index's section on the system page. */
package no.tavla.search.ui;
