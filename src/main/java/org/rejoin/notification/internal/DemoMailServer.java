package org.rejoin.notification.internal;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.SpringApplication;

/**
 * The embedded run's SMTP server, inside the JVM (GreenMail, on 127.0.0.1 at a free port): one per JVM, like the
 * embedded PostgreSQL, so every Spring context of a test run shares it. It accepts mail for any address and keeps
 * it in memory, where the demo's mail page (and the tests) read it. Only this class touches GreenMail, so the
 * production jar, built without it, never loads it. It can be stopped and started again on the same port
 * (tests: "the SMTP server is down for a while").
 */
public final class DemoMailServer {

    private static GreenMail server;
    private static int port;

    private DemoMailServer() {
    }

    public static synchronized int startOnce() {
        if (server == null) {
            port = freePort();
            start();
            SpringApplication.getShutdownHandlers().add(DemoMailServer::stop);
        }
        return port;
    }

    public static synchronized void start() {
        if (server == null || !server.isRunning()) {
            server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            server.start();
        }
    }

    public static synchronized void stop() {
        if (server != null) {
            server.stop();
        }
    }

    public static synchronized boolean isRunning() {
        return server != null && server.isRunning();
    }

    /** Every message received since the server (re)started, oldest first. */
    public static synchronized List<DemoMail> received() {
        List<DemoMail> mails = new ArrayList<>();
        if (server == null) {
            return mails;
        }
        for (MimeMessage message : server.getReceivedMessages()) {
            mails.add(DemoMail.of(message));
        }
        return mails;
    }

    /** A received email, read into plain values. */
    public record DemoMail(String messageId, String from, String to, String subject, String text, String html,
                           String listUnsubscribe, String listUnsubscribePost, java.time.Instant sentAt) {

        static DemoMail of(MimeMessage message) {
            try {
                var parts = MailParts.of(message);
                return new DemoMail(message.getMessageID(), String.valueOf(message.getFrom()[0]),
                        String.valueOf(message.getRecipients(Message.RecipientType.TO)[0]), message.getSubject(),
                        parts.text(), parts.html(), message.getHeader("List-Unsubscribe", null),
                        message.getHeader("List-Unsubscribe-Post", null),
                        message.getSentDate() == null ? null : message.getSentDate().toInstant());
            } catch (MessagingException | IOException e) {
                throw new IllegalStateException("Unreadable demo email", e);
            }
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free port for the demo mail server", e);
        }
    }
}
