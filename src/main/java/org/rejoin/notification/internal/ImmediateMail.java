package org.rejoin.notification.internal;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.HashMap;
import java.util.Map;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * An email sent at once, never written to the outbox: for one-time sign-in links, which must exist nowhere but
 * in the recipient's mailbox (only their hash is kept). A refused send throws, so the caller can say so and undo.
 */
@Component
public class ImmediateMail {

    private final MailTemplates templates;
    private final JavaMailSender mail;
    private final NotificationProperties properties;
    private final Links links;

    ImmediateMail(MailTemplates templates, JavaMailSender mail, NotificationProperties properties, Links links) {
        this.templates = templates;
        this.mail = mail;
        this.properties = properties;
        this.links = links;
    }

    /** Renders {@code template} with the model (and "link": Rejoin's address of {@code path}) and sends it. */
    public void send(String to, String template, Map<String, Object> model, String path) {
        Map<String, Object> withLink = new HashMap<>(model);
        withLink.put("link", links.to(path));
        var rendered = templates.render(template, withLink);
        try {
            MimeMessage message = mail.createMimeMessage();
            var helper = new MimeMessageHelper(message, true, "UTF-8");
            helper.setFrom(properties.sender());
            helper.setTo(to);
            helper.setSubject(rendered.subject());
            helper.setText(rendered.text(), rendered.html());
            mail.send(message);
        } catch (MessagingException | MailException e) {
            throw new IllegalStateException("The email could not be sent: " + e.getMessage(), e);
        }
    }
}
