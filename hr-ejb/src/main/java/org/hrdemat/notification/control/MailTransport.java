package org.hrdemat.notification.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.logging.Logger;
import org.hrdemat.shared.Settings;

/**
 * Sends one email through the server's mail session (HR_MAIL_HOST/PORT/FROM). In demo mode with no mail host,
 * the message is written to the server log instead, so a demo needs no mail server.
 */
@ApplicationScoped
public class MailTransport {

    private static final Logger LOG = Logger.getLogger(MailTransport.class.getName());

    @Resource(lookup = "java:jboss/mail/Default")
    Session session;

    public void send(String to, String subject, String body) throws MessagingException {
        if (Settings.mailHost() == null && Settings.demoMode()) {
            LOG.info(() -> "Demo mail (no HR_MAIL_HOST set)\nTo: " + to + "\nSubject: " + subject + "\n\n" + body);
            return;
        }
        MimeMessage message = new MimeMessage(session);
        String from = session.getProperty("mail.from");
        if (from != null) {
            message.setFrom(new InternetAddress(from));
        }
        message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(to, true));
        message.setSubject(subject, "UTF-8");
        message.setText(body, "UTF-8");
        Transport.send(message);
    }
}
