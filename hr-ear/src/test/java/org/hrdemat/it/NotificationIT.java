package org.hrdemat.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Leave notifications reach a real SMTP server (GreenMail on 127.0.0.1:3025, the server's HR_MAIL_HOST/PORT in
 * the tests): the approver on submit, the agent on decision; with the mail server down nothing is lost.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class NotificationIT {

    private GreenMail smtp;

    @Deployment(testable = false)
    static EnterpriseArchive app() {
        return Deployments.application();
    }

    @BeforeEach
    void startSmtp() {
        smtp = new GreenMail(ServerSetupTest.SMTP);
        smtp.start();
    }

    @AfterEach
    void stopSmtp() {
        if (smtp != null) {
            smtp.stop();
        }
    }

    /** The first mail to that address whose subject and (decoded) body contain the given parts. */
    private Optional<MimeMessage> waitForMail(GreenMail server, String to, String subjectPart, String bodyPart,
                                              Duration max) throws Exception {
        Instant end = Instant.now().plus(max);
        while (Instant.now().isBefore(end)) {
            for (MimeMessage m : server.getReceivedMessages()) {
                boolean toMatches = Arrays.stream(m.getRecipients(Message.RecipientType.TO))
                        .anyMatch(a -> a.toString().equalsIgnoreCase(to));
                if (toMatches && m.getSubject().contains(subjectPart)
                        && String.valueOf(m.getContent()).contains(bodyPart)) {
                    return Optional.of(m);
                }
            }
            Thread.sleep(500);
        }
        return Optional.empty();
    }

    @Test
    void approverIsToldOfTheRequestAndTheAgentOfTheDecision() throws Exception {
        Http.Reply r = LeaveIT.submit("agent", "RTT", "2027-10-04", "AM", "2027-10-04", "PM");
        assertEquals(201, r.status(), r.body());
        MimeMessage toManager = waitForMail(smtp, "claire.martin@demoville.example", "Jean Dupont", "04/10/2027",
                Duration.ofSeconds(30))
                .orElseThrow(() -> new AssertionError("no mail to the manager"));
        String body = String.valueOf(toManager.getContent());
        assertTrue(body.contains("04/10/2027"), body);
        assertTrue(body.contains("/leave/approvals.xhtml"), body);
        assertFalse(toManager.getContentType().toLowerCase().contains("multipart"), "no attachment");

        long id = LeaveIT.idOf(r);
        assertEquals(200, LeaveIT.post("/api/v1/leave-requests/" + id + "/approve", "manager", null).status());
        MimeMessage toAgent = waitForMail(smtp, "jean.dupont@demoville.example", "acceptée", "04/10/2027",
                Duration.ofSeconds(30))
                .orElseThrow(() -> new AssertionError("no mail to the agent"));
        assertTrue(String.valueOf(toAgent.getContent()).contains("Claire Martin"));
    }

    @Test
    void aMailServerOutageLosesNothing() throws Exception {
        smtp.stop();
        Http.Reply r = LeaveIT.submit("agent2", "RTT", "2027-10-11", "AM", "2027-10-11", "PM");
        assertEquals(201, r.status(), r.body());
        Thread.sleep(7000); // the dispatcher tries at least once and fails
        smtp = new GreenMail(ServerSetupTest.SMTP);
        smtp.start();
        assertTrue(waitForMail(smtp, "claire.martin@demoville.example", "Sophie Durand", "11/10/2027",
                Duration.ofSeconds(45))
                .isPresent(), "the queued mail is sent once the server is back");
    }

    @Test
    void publicationSendsANoticeAndNeverThePayslip() throws Exception {
        Http.Reply created = PayslipIT.upload("rh", "2026-04", PayslipIT.bulk("Matricule : A001 avril 2026"), "avril.pdf");
        assertEquals(201, created.status(), created.body());
        long runId = JsonBodies.object(created.body()).getJsonNumber("id").longValue();
        PayslipIT.waitUntilReady(runId);
        assertEquals(200, Http.post("/api/v1/payroll-runs/" + runId + "/publish", "rh", "application/json", new byte[0]).status());
        MimeMessage notice = waitForMail(smtp, "jean.dupont@demoville.example", "2026-04", "/payslip/mine.xhtml",
                Duration.ofSeconds(30)).orElseThrow(() -> new AssertionError("no publication notice"));
        assertFalse(notice.getContentType().toLowerCase().contains("multipart"), "no attachment: never the payslip");
        assertFalse(String.valueOf(notice.getContent()).contains("%PDF"));
    }
}
