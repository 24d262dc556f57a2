/** Crisis mode's pages: the banner on every page in a crisis's scope, the crisis page, and the leaders' page. */
package no.tavla.crisis.ui;
