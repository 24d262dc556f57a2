package no.tavla.support;

import java.util.List;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/** What the local mail server received for one address, for tests. */
public final class Mailboxes {

    private Mailboxes() {
    }

    /**
     * @param subjectPart only messages whose subject contains this (a test's tag); null for every message
     */
    public static List<MimeMessage> to(List<MimeMessage> messages, String address, String subjectPart) {
        return messages.stream().filter(message -> {
            try {
                if (subjectPart != null && !message.getSubject().contains(subjectPart)) {
                    return false;
                }
                for (Address recipient : message.getAllRecipients()) {
                    if (recipient.toString().contains(address)) {
                        return true;
                    }
                }
                return false;
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }
}
