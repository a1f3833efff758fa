package org.backboneplanner.localservers;

import java.time.Duration;

import com.icegreen.greenmail.user.MessageDeliveryHandler;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.internet.MimeMessage;

/**
 * A real SMTP server with IMAP (GreenMail) on loopback. It accepts mail for any address and keeps it;
 * anyone can read a mailbox over IMAP by logging in with the address as user and password.
 */
public final class MailServer implements AutoCloseable {

    private final GreenMail greenMail;
    private final int smtpPort;
    private final int imapPort;

    private MailServer(int smtpPort, int imapPort, Duration delayPerMessage) {
        ServerSetup smtp = new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
        ServerSetup imap = new ServerSetup(imapPort, "127.0.0.1", ServerSetup.PROTOCOL_IMAP);
        greenMail = new GreenMail(new ServerSetup[] {smtpPort == 0 ? smtp.dynamicPort() : smtp,
                imapPort == 0 ? imap.dynamicPort() : imap});
        greenMail.start();
        if (!delayPerMessage.isZero()) {
            slowDown(delayPerMessage);
        }
        this.smtpPort = greenMail.getSmtp().getPort();
        this.imapPort = greenMail.getImap().getPort();
    }

    /** Ports 0 pick free ones. */
    public static MailServer start(int smtpPort, int imapPort) {
        return new MailServer(smtpPort, imapPort, Duration.ZERO);
    }

    /**
     * A slow mail server: each message is answered {@code 250 OK} only after {@code delayPerMessage},
     * like a busy relay, so senders spend real time inside each SMTP exchange.
     */
    public static MailServer startSlow(int smtpPort, int imapPort, Duration delayPerMessage) {
        return new MailServer(smtpPort, imapPort, delayPerMessage);
    }

    /** Delivery happens before the server answers the end of DATA, so a pause here holds the sender. */
    private void slowDown(Duration delay) {
        MessageDeliveryHandler deliver = greenMail.getUserManager().getMessageDeliveryHandler();
        greenMail.getUserManager().setMessageDeliveryHandler((message, address) -> {
            try {
                Thread.sleep(delay.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return deliver.handle(message, address);
        });
    }

    public int smtpPort() {
        return smtpPort;
    }

    public int imapPort() {
        return imapPort;
    }

    public MimeMessage[] received() {
        return greenMail.getReceivedMessages();
    }

    public GreenMail greenMail() {
        return greenMail;
    }

    /** Forgets every mail received, e.g. between tests. */
    public void purge() {
        try {
            greenMail.purgeEmailFromAllMailboxes();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        greenMail.stop();
    }
}
