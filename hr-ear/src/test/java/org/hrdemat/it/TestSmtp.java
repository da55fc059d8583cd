package org.hrdemat.it;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The test mail server (GreenMail on 127.0.0.1:3025, where the test WildFly sends), started for each test, and what
 * tests read from it: the subjects received for an address (GreenMail lists mails by mailbox, not by time) and the
 * signature codes. Register with {@code @RegisterExtension final TestSmtp smtp = new TestSmtp();}.
 */
final class TestSmtp implements BeforeEachCallback, AfterEachCallback {

    /** The code is in the body only: "Votre code pour signer « … » est : 123456". */
    private static final Pattern CODE = Pattern.compile("est : (\\d{6})");
    static final String CODE_SUBJECT = "Votre code de signature";
    private GreenMail server;

    @Override
    public void beforeEach(ExtensionContext context) {
        server = new GreenMail(ServerSetupTest.SMTP);
        server.start();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (server != null) {
            server.stop();
        }
    }

    /** The subjects of the mails received so far for that address. */
    Set<String> subjects(String to) throws Exception {
        Set<String> set = new HashSet<>();
        for (MimeMessage m : server.getReceivedMessages()) {
            if (m.getAllRecipients()[0].toString().equals(to)) {
                set.add(m.getSubject());
            }
        }
        return set;
    }

    /** Whether a mail to that address whose subject contains the part arrives within 30 seconds. */
    boolean mailed(String to, String subjectPart) throws Exception {
        long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < end) {
            if (subjects(to).stream().anyMatch(s -> s.contains(subjectPart))) {
                return true;
            }
            Thread.sleep(300);
        }
        return false;
    }

    /** The mails received so far for that address (their Message-ID). */
    Set<String> received(String to) throws Exception {
        Set<String> set = new HashSet<>();
        for (MimeMessage m : server.getReceivedMessages()) {
            if (m.getAllRecipients()[0].toString().equals(to)) {
                set.add(m.getMessageID());
            }
        }
        return set;
    }

    /**
     * The code of a signature-code mail to that address that was not there before; waits up to a minute. The
     * subject must not hold it (mail lists and phone notifications show subjects).
     */
    String newCode(String to, Set<String> before) throws Exception {
        long end = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < end) {
            for (MimeMessage m : server.getReceivedMessages()) {
                if (!m.getAllRecipients()[0].toString().equals(to) || before.contains(m.getMessageID())
                        || !CODE_SUBJECT.equals(m.getSubject())) {
                    continue;
                }
                String body = String.valueOf(m.getContent());
                Matcher code = CODE.matcher(body);
                if (code.find()) {
                    return code.group(1);
                }
                throw new AssertionError("a code mail without its code: " + body);
            }
            Thread.sleep(300);
        }
        throw new AssertionError("no new code mailed to " + to + "; received: " + subjects(to));
    }
}
