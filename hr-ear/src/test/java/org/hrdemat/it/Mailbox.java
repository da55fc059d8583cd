package org.hrdemat.it;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The signature codes a test reads from the test mail server (GreenMail lists mails by mailbox, not by time). */
final class Mailbox {

    private static final Pattern CODE = Pattern.compile("Code de signature : (\\d{6})");

    private Mailbox() {
    }

    /** The subjects of the mails received so far for that address. */
    static Set<String> subjects(GreenMail smtp, String to) throws Exception {
        Set<String> set = new HashSet<>();
        for (MimeMessage m : smtp.getReceivedMessages()) {
            if (m.getAllRecipients()[0].toString().equals(to)) {
                set.add(m.getSubject());
            }
        }
        return set;
    }

    /** The code of a "Code de signature" mail to that address that was not there before; waits up to a minute. */
    static String newCode(GreenMail smtp, String to, Set<String> before) throws Exception {
        long end = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < end) {
            for (String subject : subjects(smtp, to)) {
                Matcher m = CODE.matcher(subject);
                if (m.find() && !before.contains(subject)) {
                    return m.group(1);
                }
            }
            Thread.sleep(300);
        }
        throw new AssertionError("no new code mailed to " + to + "; received: " + subjects(smtp, to));
    }
}
