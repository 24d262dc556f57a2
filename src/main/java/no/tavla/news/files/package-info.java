/**
 * Images and attachments: what a file really is (from its content), images written anew, and serving them only to
 * those who may open their item.
 */
package no.tavla.news.files;
