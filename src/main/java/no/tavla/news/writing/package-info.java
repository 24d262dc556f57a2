/**
 * Writing items and their workflow: drafts, the audience, publish within one's units or submit for approval, approval
 * and return, withdrawal, corrections (which wait for communications when the text was approved), the internal-first
 * rule ({@link no.tavla.news.writing.InternalFirstPolicy}) and the lead time it keeps. Other modules use it through
 * {@link no.tavla.news.writing.Announcements} (the notifications' bell asks what waits for approval), never its rules.
 */
@org.springframework.modulith.NamedInterface("writing")
package no.tavla.news.writing;
