package no.tavla.notifications.local;

import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The local profile's mail server, and what it has received. */
public final class LocalMailServer {

    private static final Logger LOG = LoggerFactory.getLogger(LocalMailServer.class);

    private final GreenMail server;

    LocalMailServer(GreenMail server) {
        this.server = server;
        LOG.info("Local mail server (development only) on 127.0.0.1:{}; what it receives shows at /local/mail",
                port());
    }

    public int port() {
        return server.getSmtp().getPort();
    }

    /** Every message received, oldest first. */
    public List<MimeMessage> messages() {
        return Arrays.asList(server.getReceivedMessages());
    }

    /**
     * Forgets every message received and every address it was sent to (the digest benchmark sends tens of
     * thousands; GreenMail keeps a user and a mailbox per address, and looks some of them up one by one).
     *
     * @return how many messages it forgot
     */
    public int purge() throws com.icegreen.greenmail.store.FolderException {
        int count = 0;
        com.icegreen.greenmail.user.UserManager users = server.getUserManager();
        for (com.icegreen.greenmail.user.GreenMailUser user : List.copyOf(users.listUser())) {
            count += server.getManagers().getImapHostManager().getInbox(user).getMessageCount();
            users.deleteUser(user);
        }
        return count;
    }

    /**
     * The message's HTML with the images it carries ({@code cid:} addresses, such as the logo) as data addresses, so
     * that a browser shows them.
     */
    public static String inlined(Part message, String html) throws MessagingException, IOException {
        java.util.Map<String, String> carried = new java.util.HashMap<>();
        collect(message, carried);
        java.util.regex.Matcher cid = java.util.regex.Pattern.compile("\"cid:([^\"]+)\"").matcher(html);
        return cid.replaceAll(found -> java.util.regex.Matcher.quoteReplacement("\"" + carried.getOrDefault(
                found.group(1), "cid:" + found.group(1)) + "\""));
    }

    private static void collect(Part part, java.util.Map<String, String> carried)
            throws MessagingException, IOException {
        if (part.isMimeType("multipart/*") && part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                collect(multipart.getBodyPart(i), carried);
            }
        } else if (part instanceof jakarta.mail.internet.MimeBodyPart body && body.getContentID() != null
                && part.isMimeType("image/*")) {
            try (java.io.InputStream in = body.getInputStream()) {
                carried.put(body.getContentID().replaceAll("^<|>$", ""), "data:"
                        + body.getContentType().replaceAll(";.*", "").strip() + ";base64,"
                        + java.util.Base64.getEncoder().encodeToString(in.readNBytes(1024 * 1024)));
            }
        }
    }

    /** The first part of the type, however deep in the multipart it lies. */
    public static String part(Part part, String type) throws MessagingException, IOException {
        if (part.isMimeType(type)) {
            return String.valueOf(part.getContent());
        }
        if (part.isMimeType("multipart/*") && part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                String found = part(child, type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    void stop() {
        server.stop();
    }
}
