/**
 * Charts drawn on the server as accessible SVG (issue 16, decision 0023): a kept library draws them, the numbers stay
 * in a table beside them. Exposed to the other modules.
 */
@org.springframework.modulith.NamedInterface("charts")
package no.tavla.shared.charts;
