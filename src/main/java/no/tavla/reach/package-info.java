/**
 * Reaching staff without a PC: printed notices (oppslag) with a QR code to the item; later sign-off sheets, reach
 * across channels and the staff-room screen.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reach")
package no.tavla.reach;
