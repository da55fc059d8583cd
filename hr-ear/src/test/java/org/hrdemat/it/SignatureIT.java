package org.hrdemat.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Electronic signature over HTTP with the demo accounts and a real SMTP server for the codes: the order of the
 * signers, the codes (wrong, burnt), refusal, cancellation, two clicks at once, reminders, bulk sending; the signed
 * PDF checked by poppler's pdfsig (two signatures and the seal, all valid, the last covering the whole file; one
 * byte changed breaks it); the evidence trail; the signed contract filed in the agent's personnel file.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SignatureIT {

    static final String LUC = "luc.bernard@demoville.example";
    static final String SOPHIE = "sophie.durand@demoville.example";

    @RegisterExtension
    final TestSmtp smtp = new TestSmtp();

    @Deployment(testable = false)
    static EnterpriseArchive app() {
        return Deployments.application();
    }

    static long contractFor(String matricule, String poste) {
        Http.Reply r = ContractIT.create("rh", PersonnelFileIT.employeeId(matricule), "cdd-article-l332-23",
                "{\"poste\":\"" + poste + "\",\"grade\":\"adjoint technique\",\"indice\":367,\"debut\":\"2027-01-01\","
                        + "\"fin\":\"2027-06-30\"}");
        assertEquals(201, r.status(), r.body());
        return JsonBodies.object(r.body()).getJsonNumber("id").longValue();
    }

    static long send(long contract, String body) {
        Http.Reply r = PersonnelFileIT.post("/api/v1/contracts/" + contract + "/send", "rh", body);
        assertEquals(200, r.status(), r.body());
        return JsonBodies.object(r.body()).getJsonNumber("id").longValue();
    }

    String askCode(long request, String login, String to) throws Exception {
        java.util.Set<String> before = smtp.received(to);
        Http.Reply r = PersonnelFileIT.post("/api/v1/signature-requests/" + request + "/code", login, null);
        assertEquals(200, r.status(), r.body());
        assertTrue(JsonBodies.object(r.body()).getString("sentTo").contains("***@demoville.example"));
        return smtp.newCode(to, before);
    }

    static Http.Reply sign(long request, String login, String code) {
        return PersonnelFileIT.post("/api/v1/signature-requests/" + request + "/sign", login, "{\"code\":\"" + code + "\"}");
    }

    static String pdfsig(byte[] pdf) throws Exception {
        Path file = Files.createTempFile("signed", ".pdf");
        Files.write(file, pdf);
        Process p = new ProcessBuilder("pdfsig", file.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(30, TimeUnit.SECONDS);
        return out;
    }

    @Test
    void signedInOrderByBothThenSealedWithItsEvidenceAndFiled() throws Exception {
        long contract = contractFor("A002", "Jardinier " + System.nanoTime() % 10000);
        long request = send(contract, "{\"deadline\":\"" + LocalDate.now(java.time.ZoneId.of("Europe/Paris")).plusDays(20) + "\"}");
        assertTrue(smtp.mailed(LUC, "Document à signer"), "the first signer is told");
        assertEquals(409, PersonnelFileIT.post("/api/v1/signature-requests/" + request + "/code", "agent2", null).status(),
                "the agent's turn comes after the signatory's");
        assertEquals(404, PersonnelFileIT.post("/api/v1/signature-requests/" + request + "/code", "agent", null).status());
        assertEquals(200, PersonnelFileIT.bytes("/api/v1/contracts/" + contract + "/pdf", "agent2").statusCode(),
                "the agent reads the document once it is sent");

        String code = askCode(request, "rh", LUC);
        Http.Reply wrong = sign(request, "rh", code.equals("000000") ? "111111" : "000000");
        assertEquals(400, wrong.status());
        assertTrue(wrong.body().contains("4"), wrong.body());
        Http.Reply first = sign(request, "rh", code);
        assertEquals(200, first.status(), first.body());
        assertEquals("SIGNED", JsonBodies.object(first.body()).getJsonArray("steps").getJsonObject(0).getString("status"));
        assertEquals(409, sign(request, "rh", code).status(), "signed once");
        assertTrue(smtp.mailed(SOPHIE, "Document à signer"));

        JsonObject mine = JsonBodies.array(Http.get("/api/v1/me/signature-requests", "agent2").body())
                .getValuesAs(JsonObject.class).stream().filter(r -> r.getJsonNumber("id").longValue() == request)
                .findFirst().orElseThrow();
        assertTrue(mine.getBoolean("myTurn"));
        Http.Reply second = sign(request, "agent2", askCode(request, "agent2", SOPHIE));
        assertEquals(200, second.status(), second.body());
        assertEquals("COMPLETED", JsonBodies.object(second.body()).getString("status"));
        assertEquals("SIGNED", JsonBodies.object(Http.get("/api/v1/contracts/" + contract, "rh").body()).getString("status"));

        byte[] signed = PersonnelFileIT.bytes("/api/v1/contracts/" + contract + "/pdf", "rh").body();
        String out = pdfsig(signed);
        assertEquals(3, out.split("Signature is Valid", -1).length - 1, out);
        assertTrue(out.contains("Signature #3") && !out.contains("Signature #4"), out);
        int last = out.lastIndexOf("Signature #3");
        assertTrue(out.substring(last).contains("Total document signed"), out);
        assertTrue(out.contains("Luc Bernard") && out.contains("Sophie Durand"), out);
        byte[] tampered = signed.clone();
        int at = new String(signed, StandardCharsets.ISO_8859_1).indexOf("Jardinier");
        if (at < 0) {
            at = signed.length / 3;
        }
        tampered[at] ^= 0x01;
        String broken = pdfsig(tampered);
        assertTrue(!broken.contains("Signature is Valid") || broken.contains("Signature is Invalid")
                || broken.contains("Digest Mismatch"), broken);

        byte[] evidence = PersonnelFileIT.bytes("/api/v1/contracts/" + contract + "/evidence", "rh").body();
        assertTrue(pdfsig(evidence).contains("Signature is Valid"), "the evidence trail is sealed");
        StringBuilder text = new StringBuilder();
        try (PdfDocument doc = new PdfDocument(new PdfReader(new ByteArrayInputStream(evidence)))) {
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                text.append(PdfTextExtractor.getTextFromPage(doc.getPage(p)));
            }
        }
        String trail = text.toString();
        for (String action : new String[]{"SENT", "CODE_SENT", "WRONG_CODE", "SIGNED", "SEALED", "FILED"}) {
            assertTrue(trail.contains(action), action + " in\n" + trail);
        }
        assertTrue(trail.contains("127.0.0.1") || trail.contains("0:0:0:0:0:0:0:1"), trail);
        assertTrue(trail.contains("l***@demoville.example"), trail);

        JsonObject file = JsonBodies.object(Http.get("/api/v1/me/file", "agent2").body());
        assertTrue(PersonnelFileIT.documents(file).stream().anyMatch(d -> d.getString("typeCode").equals("CONTRAT")
                && d.getInt("sectionCode") == 2 && d.getString("createdBy").equals("signature")), file.toString());
        assertEquals(404, PersonnelFileIT.bytes("/api/v1/contracts/" + contract + "/pdf", "agent").statusCode());
        assertEquals(404, PersonnelFileIT.bytes("/api/v1/contracts/" + contract + "/evidence", "rh2").statusCode());
    }

    @Test
    void fiveWrongCodesBurnTheCodeAndANewOneIsNeeded() throws Exception {
        long request = send(contractFor("A002", "Agent d'accueil"), "{}");
        String code = askCode(request, "rh", LUC);
        String wrong = code.equals("999999") ? "888888" : "999999";
        for (int left = 4; left >= 1; left--) {
            Http.Reply r = sign(request, "rh", wrong);
            assertEquals(400, r.status());
            assertTrue(r.body().contains(Integer.toString(left)), r.body());
        }
        Http.Reply last = sign(request, "rh", wrong);
        assertEquals(400, last.status());
        assertTrue(last.body().contains("nouveau code"), last.body());
        assertEquals(400, sign(request, "rh", code).status(), "the burnt code no longer signs");
        assertEquals(200, sign(request, "rh", askCode(request, "rh", LUC)).status());
    }

    @Test
    void threeCodesAnHourAtMostAndNeverInTheSubject() throws Exception {
        long request = send(contractFor("A002", "Agent de médiathèque"), "{}");
        String last = null;
        for (int i = 0; i < 3; i++) {
            last = askCode(request, "rh", LUC); // TestSmtp checks the code is in the body, not in the subject
        }
        Http.Reply fourth = PersonnelFileIT.post("/api/v1/signature-requests/" + request + "/code", "rh", null);
        assertEquals(409, fourth.status(), fourth.body());
        assertTrue(fourth.body().contains("signature.tooManyCodes"), fourth.body());
        assertTrue(smtp.subjects(LUC).stream().noneMatch(s -> s.matches(".*\\d{6}.*")), smtp.subjects(LUC).toString());
        assertEquals(200, sign(request, "rh", last).status(), "the last code still signs");
    }

    @Test
    void aRefusalStopsTheRequestAndTellsHr() throws Exception {
        long contract = contractFor("A002", "Cantinier");
        long request = send(contract, "{}");
        assertEquals(200, sign(request, "rh", askCode(request, "rh", LUC)).status());
        assertEquals(400, PersonnelFileIT.post("/api/v1/signature-requests/" + request + "/refuse", "agent2",
                "{\"reason\":\"\"}").status());
        Http.Reply refused = PersonnelFileIT.post("/api/v1/signature-requests/" + request + "/refuse", "agent2",
                "{\"reason\":\"La date de début est erronée\"}");
        assertEquals(200, refused.status(), refused.body());
        assertEquals("REFUSED", JsonBodies.object(refused.body()).getString("status"));
        assertEquals("REFUSED", JsonBodies.object(Http.get("/api/v1/contracts/" + contract, "rh").body()).getString("status"));
        assertTrue(smtp.mailed(LUC, "Signature refusée"));
        assertEquals(409, PersonnelFileIT.post("/api/v1/signature-requests/" + request + "/code", "agent2", null).status());
    }

    @Test
    void hrCancelsAndTwoClicksAtOnceMakeOneSignature() throws Exception {
        long cancelled = send(contractFor("A002", "Plombier"), "{}");
        assertEquals(403, PersonnelFileIT.post("/api/v1/signature-requests/" + cancelled + "/cancel", "agent2", null).status());
        Http.Reply c = PersonnelFileIT.post("/api/v1/signature-requests/" + cancelled + "/cancel", "rh", null);
        assertEquals(200, c.status(), c.body());
        assertEquals("CANCELLED", JsonBodies.object(c.body()).getString("status"));
        assertEquals(409, PersonnelFileIT.post("/api/v1/signature-requests/" + cancelled + "/code", "rh", null).status());

        long contract = contractFor("A002", "Électricien");
        long request = send(contract, "{}");
        String code = askCode(request, "rh", LUC);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Http.Reply>> clicks = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                clicks.add(pool.submit(() -> sign(request, "rh", code)));
            }
            int ok = 0;
            for (Future<Http.Reply> f : clicks) {
                int status = f.get().status();
                assertTrue(status == 200 || status == 409, "status " + status);
                ok += status == 200 ? 1 : 0;
            }
            assertEquals(1, ok, "one signature");
        } finally {
            pool.shutdown();
        }
        String out = pdfsig(PersonnelFileIT.bytes("/api/v1/contracts/" + contract + "/pdf", "rh").body());
        assertTrue(out.contains("Signature #1") && !out.contains("Signature #2"), out);
    }

    @Test
    void aDeadlineSoonSendsAReminderAndBulkSendsOneRequestPerAgent() throws Exception {
        long request = send(contractFor("A002", "Maçon"), "{\"deadline\":\"" + LocalDate.now(java.time.ZoneId.of("Europe/Paris")).plusDays(1) + "\"}");
        assertEquals(400, PersonnelFileIT.post("/api/v1/contracts/" + contractFor("A002", "Peintre") + "/send", "rh",
                "{\"deadline\":\"" + LocalDate.now(java.time.ZoneId.of("Europe/Paris")) + "\"}").status(), "a deadline after today");
        Http.Reply check = PersonnelFileIT.post("/api/v1/signature-requests/deadlines", "rh", null);
        assertEquals(200, check.status(), check.body());
        assertTrue(JsonBodies.object(check.body()).getInt("changed") >= 1);
        assertTrue(smtp.mailed(LUC, "Rappel"), "the signer whose turn it is is reminded");
        assertEquals("PENDING", JsonBodies.object(Http.get("/api/v1/signature-requests/" + request, "rh").body())
                .getString("status"));

        long a1 = PersonnelFileIT.employeeId("A001");
        long a2 = PersonnelFileIT.employeeId("A002");
        String fields = "{\"contratDu\":\"2026-01-01\",\"objet\":\"revalorisation de l'indice\",\"indice\":390,\"effet\":\"2027-01-01\"}";
        int before = JsonBodies.array(Http.get("/api/v1/contracts", "rh").body()).size();
        long other = PersonnelFileIT.employeeId("V001", "rh2");
        assertEquals(404, PersonnelFileIT.post("/api/v1/contracts/bulk", "rh", "{\"template\":\"avenant\",\"fields\":" + fields
                + ",\"employeeIds\":[" + a1 + "," + other + "]}").status());
        assertEquals(before, JsonBodies.array(Http.get("/api/v1/contracts", "rh").body()).size(), "all or nothing");
        Http.Reply bulk = PersonnelFileIT.post("/api/v1/contracts/bulk", "rh", "{\"template\":\"avenant\",\"fields\":" + fields
                + ",\"employeeIds\":[" + a1 + "," + a2 + "]}");
        assertEquals(201, bulk.status(), bulk.body());
        List<JsonObject> sent = JsonBodies.array(bulk.body()).getValuesAs(JsonObject.class);
        assertEquals(List.of("A001", "A002"), sent.stream().map(r -> r.getString("matricule")).toList());
        assertTrue(sent.stream().allMatch(r -> r.getString("status").equals("PENDING")));
        List<Long> followed = JsonBodies.array(Http.get("/api/v1/signature-requests", "rh").body()).getValuesAs(JsonObject.class)
                .stream().map(r -> r.getJsonNumber("id").longValue()).toList();
        assertTrue(followed.containsAll(sent.stream().map(r -> r.getJsonNumber("id").longValue()).toList()));
    }
}
