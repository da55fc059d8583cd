package org.hrdemat.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.AreaBreak;
import com.itextpdf.layout.element.Paragraph;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A payroll run over HTTP: HR imports a bulk PDF, the batch job splits and seals it, HR reviews and publishes,
 * the agent downloads a sealed payslip (checked by pdfsig); others get 404; a correction is a new version.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PayslipIT {

    @Deployment(testable = false)
    static EnterpriseArchive app() {
        return Deployments.application();
    }

    static byte[] bulk(String... pages) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PdfDocument pdf = new PdfDocument(new PdfWriter(out)); Document doc = new Document(pdf)) {
            for (int i = 0; i < pages.length; i++) {
                if (i > 0) {
                    doc.add(new AreaBreak());
                }
                doc.add(new Paragraph(pages[i] == null ? " " : pages[i]));
            }
        }
        return out.toByteArray();
    }

    static Http.Reply upload(String login, String period, byte[] file, String fileName) {
        return Http.send(uploadRequest(Http.BASE, login, period, file, fileName));
    }

    /** POST /api/v1/payroll-runs as a multipart form (period, file) to the given server. */
    static HttpRequest uploadRequest(String base, String login, String period, byte[] file, String fileName) {
        String boundary = "----hrdemat" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"period\"\r\n\r\n" + period + "\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(file);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return Http.request(base, "/api/v1/payroll-runs", login)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
    }

    static JsonObject waitUntilReady(long runId) throws InterruptedException {
        return waitUntilReady(runId, "rh");
    }

    static JsonObject waitUntilReady(long runId, String login) throws InterruptedException {
        Instant end = Instant.now().plusSeconds(90);
        JsonObject run = null;
        while (Instant.now().isBefore(end)) {
            run = JsonBodies.object(Http.get("/api/v1/payroll-runs/" + runId, login).body());
            String status = run.getString("status");
            if (status.equals("READY") || status.equals("FAILED")) {
                return run;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("run not ready: " + run);
    }

    static HttpResponse<byte[]> download(long payslipId, String login) throws Exception {
        return HttpClient.newHttpClient().send(Http.request("/api/v1/payslips/" + payslipId + "/pdf", login)
                .setHeader("Accept", "application/pdf").GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    static List<JsonObject> payslipsOf(String login, String period) {
        return JsonBodies.array(Http.get("/api/v1/me/payslips", login).body()).getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getString("period").equals(period)).toList();
    }

    /** A file of the producer corpus of hr-ejb's tests (bulk PDFs written by other tools than ours). */
    static byte[] corpus(String name) throws java.io.IOException {
        return Files.readAllBytes(Path.of("..", "hr-ejb", "src", "test", "resources", "corpus", name));
    }

    @Test
    void aBulkPdfOfAnotherProducerIsSplitMadePdfAAndTheAgentSeesItsFormat() throws Exception {
        // groff: Times-Roman, not embedded, with its own /Differences encoding
        String period = "2025-01";
        Http.Reply created = upload("rh", period, corpus("groff.pdf"), "paie-groff.pdf");
        assertEquals(201, created.status(), created.body());
        JsonObject run = waitUntilReady(JsonBodies.object(created.body()).getJsonNumber("id").longValue());
        assertEquals("READY", run.getString("status"), run.toString());
        assertEquals(2, run.getInt("matched"), run.toString());
        assertTrue(run.getJsonArray("unknownMatricules").toString().contains("Z999"), run.toString());
        assertTrue(run.getJsonArray("otherIssues").isEmpty(), run.toString());
        assertEquals(2, run.getInt("payslips"), "A001 (two pages) and A002; Z999 has no agent");
        assertEquals(2, run.getInt("pdfA"), run.toString());
        assertTrue(run.getJsonArray("keptOriginal").isEmpty(), run.toString());
        long runId = run.getJsonNumber("id").longValue();
        assertEquals(200, Http.post("/api/v1/payroll-runs/" + runId + "/publish", "rh", "application/json",
                new byte[0]).status());
        JsonObject mine = payslipsOf("agent", period).get(0);
        assertTrue(mine.getBoolean("pdfA"), mine.toString());
        HttpResponse<byte[]> got = download(mine.getJsonNumber("id").longValue(), "agent");
        assertEquals(200, got.statusCode());
        String signature = SignatureIT.pdfsig(got.body());
        assertTrue(signature.contains("Signature is Valid") && signature.contains("Total document signed"), signature);
        try (PdfDocument doc = new PdfDocument(new PdfReader(new ByteArrayInputStream(got.body())))) {
            assertEquals(2, doc.getNumberOfPages());
            assertTrue(com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor.getTextFromPage(doc.getPage(2))
                    .contains("Net à payer"), "the agent's own pages");
        }
    }

    @Test
    void pagesThatCannotBecomePdfAAreKeptAndHrIsToldWhyByGroup() throws Exception {
        String period = "2025-02";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PdfDocument pdf = new PdfDocument(new PdfWriter(out))) {
            for (String matricule : List.of("A001", "A002", "M001")) {
                new com.itextpdf.kernel.pdf.canvas.PdfCanvas(pdf.addNewPage())
                        .setFillColor(new com.itextpdf.kernel.colors.DeviceCmyk(0, 0, 0, 100)).beginText()
                        .setFontAndSize(com.itextpdf.kernel.font.PdfFontFactory.createFont(
                                com.itextpdf.io.font.constants.StandardFonts.HELVETICA), 12)
                        .moveText(50, 700).showText("Matricule : " + matricule).endText();
            }
        }
        Http.Reply created = upload("rh", period, out.toByteArray(), "paie-cmjn.pdf");
        assertEquals(201, created.status(), created.body());
        JsonObject run = waitUntilReady(JsonBodies.object(created.body()).getJsonNumber("id").longValue());
        assertEquals(0, run.getInt("pdfA"), run.toString());
        JsonObject group = run.getJsonArray("keptOriginal").getJsonObject(0);
        assertEquals("CMYK", group.getString("reason"), run.toString());
        assertEquals(3, group.getInt("count"));
        assertEquals(List.of("A001", "A002", "M001"), group.getJsonArray("matricules").getValuesAs(
                jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList());
    }

    @Test
    void aScannedPayrollIsRefusedWithTheReasonAndNothingIsCreated() throws Exception {
        java.awt.image.BufferedImage scan = new java.awt.image.BufferedImage(200, 280,
                java.awt.image.BufferedImage.TYPE_BYTE_GRAY);
        java.awt.Graphics2D g = scan.createGraphics();
        g.fillRect(0, 0, 200, 280);
        g.dispose();
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        javax.imageio.ImageIO.write(scan, "png", png);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PdfDocument pdf = new PdfDocument(new PdfWriter(out)); Document doc = new Document(pdf)) {
            doc.add(new com.itextpdf.layout.element.Image(com.itextpdf.io.image.ImageDataFactory.create(png.toByteArray())));
        }
        Http.Reply refused = upload("rh", "2025-03", out.toByteArray(), "paie-scannee.pdf");
        assertEquals(400, refused.status(), refused.body());
        assertTrue(JsonBodies.object(refused.body()).getString("message").contains("un PDF scanné ne peut pas être découpé"),
                refused.body());
        assertTrue(JsonBodies.array(Http.get("/api/v1/payroll-runs", "rh").body()).getValuesAs(JsonObject.class).stream()
                .noneMatch(r -> r.getString("period").equals("2025-03")), "no run created");
    }

    @Test
    void hrImportsAndPublishesTheAgentDownloadsASealedPayslip() throws Exception {
        String period = "2026-10";
        byte[] pdf = bulk("Bulletin de paie Matricule : A001 octobre 2026", "Matricule : A001 net à payer 2 100,00",
                "Matricule : A002", "Matricule : X999", null, "Matricule : M001");
        Http.Reply created = upload("rh", period, pdf, "paie-2026-10.pdf");
        assertEquals(201, created.status(), created.body());
        long runId = JsonBodies.object(created.body()).getJsonNumber("id").longValue();

        JsonObject run = waitUntilReady(runId);
        assertEquals("READY", run.getString("status"), run.toString());
        assertEquals(3, run.getInt("matched"));
        assertEquals(100, run.getInt("progress"));
        assertTrue(run.getJsonArray("unknownMatricules").toString().contains("X999"), run.toString());
        assertTrue(run.getJsonArray("missingEmployees").toString().contains("R001"), run.toString());
        // the payroll software's standard fonts were replaced by embedded substitutes: every payslip is PDF/A
        assertEquals(3, run.getInt("pdfA"), run.toString());
        assertTrue(run.getJsonArray("keptOriginal").isEmpty(), run.toString());
        assertTrue(payslipsOf("agent", period).isEmpty(), "nothing reaches agents before publication");
        // HR opens any payslip of the run before publishing
        List<JsonObject> review = JsonBodies.array(Http.get("/api/v1/payroll-runs/" + runId + "/payslips", "rh").body())
                .getValuesAs(JsonObject.class);
        assertEquals(List.of("A001", "A002", "M001"), review.stream().map(r -> r.getString("matricule")).toList());
        assertTrue(review.stream().allMatch(r -> r.getBoolean("pdfA")), review.toString());
        assertEquals(200, download(review.get(0).getJsonNumber("id").longValue(), "rh").statusCode());
        assertEquals(404, download(review.get(0).getJsonNumber("id").longValue(), "agent").statusCode(),
                "not the agent's before publication");
        assertEquals(404, Http.get("/api/v1/payroll-runs/" + runId + "/payslips", "rh2").status());

        Http.Reply published = Http.post("/api/v1/payroll-runs/" + runId + "/publish", "rh", "application/json", new byte[0]);
        assertEquals(200, published.status(), published.body());
        assertEquals(409, Http.post("/api/v1/payroll-runs/" + runId + "/publish", "rh", "application/json", new byte[0]).status());

        List<JsonObject> mine = payslipsOf("agent", period);
        assertEquals(1, mine.size());
        assertEquals(java.time.LocalDate.now(java.time.ZoneId.of("Europe/Paris")).plusYears(50).toString(),
                mine.get(0).getString("availableUntil"), "50 years from issue by default");
        long payslipId = mine.get(0).getJsonNumber("id").longValue();
        HttpResponse<byte[]> got = download(payslipId, "agent");
        assertEquals(200, got.statusCode());
        assertEquals("no-store", got.headers().firstValue("Cache-Control").orElse(""));
        try (PdfDocument doc = new PdfDocument(new PdfReader(new ByteArrayInputStream(got.body())))) {
            assertEquals(2, doc.getNumberOfPages());
            String xmp = new String(doc.getXmpMetadataBytes(), StandardCharsets.UTF_8);
            assertTrue(xmp.contains("pdfaid:part"), "PDF/A: " + xmp);
        }
        Path file = Files.createTempFile("payslip", ".pdf");
        Files.write(file, got.body());
        Process p = new ProcessBuilder("pdfsig", file.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(30, TimeUnit.SECONDS);
        assertTrue(out.contains("Signature is Valid") && out.contains("Total document signed"), out);

        Http.Reply verified = Http.post("/api/v1/payslips/verify", null, "application/pdf", got.body());
        assertEquals(200, verified.status(), verified.body());
        JsonObject v = JsonBodies.object(verified.body());
        assertTrue(v.getBoolean("valid"));
        assertEquals("J. D.", v.getString("initials"));
        assertEquals(period, v.getString("period"));
        byte[] altered = got.body().clone();
        altered[altered.length / 2] ^= 0x20;
        assertEquals(false, JsonBodies.object(Http.post("/api/v1/payslips/verify", null, "application/pdf", altered).body())
                .getBoolean("valid"));

        HttpResponse<byte[]> zip = HttpClient.newHttpClient().send(Http.request("/api/v1/me/payslips/zip", "agent")
                .setHeader("Accept", "application/zip").GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, zip.statusCode());
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new ByteArrayInputStream(zip.body()))) {
            java.util.zip.ZipEntry entry = in.getNextEntry();
            assertTrue(entry != null && entry.getName().startsWith("bulletin-"), String.valueOf(entry));
        }

        assertEquals(404, download(payslipId, "agent2").statusCode());
        assertEquals(404, download(payslipId, "rh2").statusCode());
        assertEquals(200, download(payslipId, "rh").statusCode());
        assertTrue(Http.get("/api/v1/audit/events?action=PAYSLIP_DOWNLOAD&actor=agent", "admin").body()
                .contains("payslip:" + payslipId));
        assertTrue(Http.get("/api/v1/audit/events?action=ACCESS_DENIED&actor=agent2", "admin").body()
                .contains("payslip:" + payslipId));
    }

    @Test
    void aCorrectionAfterPublicationIsANewVersionAndTheOldOneStays() throws Exception {
        String period = "2026-09";
        Http.Reply first = upload("rh", period, bulk("Matricule : A002 septembre"), "paie.pdf");
        long run1 = JsonBodies.object(first.body()).getJsonNumber("id").longValue();
        waitUntilReady(run1);
        assertEquals(200, Http.post("/api/v1/payroll-runs/" + run1 + "/publish", "rh", "application/json", new byte[0]).status());

        Http.Reply second = upload("rh", period, bulk("Matricule : A002 septembre corrigé"), "paie-corrigee.pdf");
        assertEquals(201, second.status(), second.body());
        long run2 = JsonBodies.object(second.body()).getJsonNumber("id").longValue();
        waitUntilReady(run2);
        assertEquals(200, Http.post("/api/v1/payroll-runs/" + run2 + "/publish", "rh", "application/json", new byte[0]).status());

        List<JsonObject> versions = payslipsOf("agent2", period);
        assertEquals(2, versions.size(), versions.toString());
        assertEquals(2, versions.get(0).getInt("version"));
        assertEquals(1, versions.get(1).getInt("version"));
        assertEquals(200, download(versions.get(1).getJsonNumber("id").longValue(), "agent2").statusCode());
    }

    @Test
    void badInputIsRefusedAndOnlyHrImports() {
        assertEquals(400, upload("rh", "2026-13", bulk("Matricule : A001"), "x.pdf").status());
        Http.Reply notPdf = upload("rh", "2026-08", "MZ not a pdf".getBytes(StandardCharsets.ISO_8859_1), "x.pdf");
        assertEquals(400, notPdf.status());
        assertEquals("payroll.notPdf", JsonBodies.object(notPdf.body()).getString("key"));
        assertEquals(403, upload("agent", "2026-08", bulk("Matricule : A001"), "x.pdf").status());
    }

    @Test
    void paperChoiceAppliesThreeMonthsLaterAndHrPrintsOnePdf() throws Exception {
        java.time.YearMonth now = java.time.YearMonth.now(java.time.ZoneId.of("Europe/Paris"));
        Http.Reply chosen = Http.send(Http.request("/api/v1/me/payslip-preference", "agent2")
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString("{\"paper\":true}")).build());
        assertEquals(200, chosen.status(), chosen.body());
        String effective = JsonBodies.object(chosen.body()).getString("effectiveFrom");
        assertEquals(now.plusMonths(3).toString(), effective);
        try {
            long early = JsonBodies.object(upload("rh", now.plusMonths(1).toString(),
                    bulk("Matricule : A002", "Matricule : A001"), "avant.pdf").body()).getJsonNumber("id").longValue();
            waitUntilReady(early);
            assertEquals(409, Http.send(Http.request("/api/v1/payroll-runs/" + early + "/paper.pdf", "rh")
                    .setHeader("Accept", "application/pdf, application/json").GET().build()).status(),
                    "not yet effective: nothing to print");

            long later = JsonBodies.object(upload("rh", effective, bulk("Matricule : A001", "Matricule : A002 papier"),
                    "apres.pdf").body()).getJsonNumber("id").longValue();
            waitUntilReady(later);
            HttpResponse<byte[]> paper = HttpClient.newHttpClient().send(Http.request("/api/v1/payroll-runs/" + later
                    + "/paper.pdf", "rh").setHeader("Accept", "application/pdf").GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, paper.statusCode());
            try (PdfDocument doc = new PdfDocument(new PdfReader(new ByteArrayInputStream(paper.body())))) {
                assertEquals(1, doc.getNumberOfPages());
                assertTrue(com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor.getTextFromPage(doc.getPage(1)).contains("A002"));
            }
        } finally {
            Http.send(Http.request("/api/v1/me/payslip-preference", "agent2").header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString("{\"paper\":false}")).build());
        }
    }

    @Test
    void payrollLinesGenerateSealedPdfAPayslips() throws Exception {
        String period = "2026-07";
        byte[] xlsx;
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var sheet = wb.createSheet("Lignes");
            Object[][] rows = {{"Matricule", "Code", "Libellé", "Base", "Taux", "Gain", "Retenue", "Patronal"},
                {"A001", "TRAIT", "Traitement indiciaire brut", null, null, 2150.0, null, null},
                {"A001", "CNRACL", "Retraite CNRACL", 2150.0, 11.1, null, 238.65, 657.9},
                {"A002", "TRAIT", "Traitement indiciaire brut", null, null, 1720.0, null, null},
                {"Z123", "TRAIT", "Traitement", null, null, 1000.0, null, null}};
            for (int r = 0; r < rows.length; r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    if (rows[r][c] instanceof Double d) {
                        row.createCell(c).setCellValue(d);
                    } else if (rows[r][c] != null) {
                        row.createCell(c).setCellValue(rows[r][c].toString());
                    }
                }
            }
            wb.write(out);
            xlsx = out.toByteArray();
        }
        Http.Reply created = upload("rh", period, xlsx, "lignes.xlsx");
        assertEquals(201, created.status(), created.body());
        long runId = JsonBodies.object(created.body()).getJsonNumber("id").longValue();
        JsonObject run = waitUntilReady(runId);
        assertEquals("READY", run.getString("status"), run.toString());
        assertEquals(2, run.getInt("matched"));
        assertTrue(run.getJsonArray("unknownMatricules").toString().contains("Z123"));
        assertEquals(200, Http.post("/api/v1/payroll-runs/" + runId + "/publish", "rh", "application/json", new byte[0]).status());

        long id = payslipsOf("agent", period).get(0).getJsonNumber("id").longValue();
        HttpResponse<byte[]> got = download(id, "agent");
        assertEquals(200, got.statusCode());
        try (PdfDocument doc = new PdfDocument(new PdfReader(new ByteArrayInputStream(got.body())))) {
            String xmp = new String(doc.getXmpMetadataBytes(), StandardCharsets.UTF_8);
            assertTrue(xmp.contains("pdfaid:part"), "PDF/A");
            String text = com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor.getTextFromPage(doc.getPage(1))
                    .replace('\u202f', ' ').replace('\u00a0', ' ');
            assertTrue(text.contains("Net à payer 1 911,35"), text);
        }
        Path file = Files.createTempFile("generated", ".pdf");
        Files.write(file, got.body());
        Process p = new ProcessBuilder("pdfsig", file.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(30, TimeUnit.SECONDS);
        assertTrue(out.contains("Signature is Valid") && out.contains("Total document signed"), out);
    }

    @Test
    void anInterruptedRunRestartsWhereItStoppedWithoutMissingOrDuplicatePayslips() throws Exception {
        // 500 agents at the second employer, so that the run lasts long enough to be stopped in the middle
        int n = 500;
        List<String[]> rows = new java.util.ArrayList<>();
        rows.add(new String[]{"Matricule", "Nom", "Prénom", "Statut"});
        String[] pages = new String[n];
        for (int i = 0; i < n; i++) {
            String m = String.format("R%04d", i);
            rows.add(new String[]{m, "Agent" + i, "Test", "titulaire"});
            pages[i] = "Bulletin Matricule : " + m;
        }
        assertEquals(200, Http.post("/api/v1/employees/import", "rh2",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", EmployeeImportIT.xlsx(rows)).status());
        Http.Reply created = upload("rh2", "2026-06", bulk(pages), "gros.pdf");
        assertEquals(201, created.status(), created.body());
        long runId = JsonBodies.object(created.body()).getJsonNumber("id").longValue();

        Instant end = Instant.now().plusSeconds(60);
        JsonObject run = null;
        while (Instant.now().isBefore(end)) {
            run = JsonBodies.object(Http.get("/api/v1/payroll-runs/" + runId, "rh2").body());
            if (run.getInt("done") > 0) {
                break;
            }
            Thread.sleep(50);
        }
        Http.Reply stopped = Http.post("/api/v1/payroll-runs/" + runId + "/stop", "rh2", "application/json", new byte[0]);
        assertEquals(200, stopped.status(), "the run must still be running when stopped: " + stopped.body());
        // wait until the job has really stopped (the current chunk ends first)
        Instant stopEnd = Instant.now().plusSeconds(60);
        Http.Reply restarted;
        do {
            Thread.sleep(300);
            restarted = Http.post("/api/v1/payroll-runs/" + runId + "/restart", "rh2", "application/json", new byte[0]);
        } while (restarted.status() == 409 && Instant.now().isBefore(stopEnd));
        assertEquals(200, restarted.status(), restarted.body());
        JsonObject afterStop = JsonBodies.object(stopped.body());
        assertTrue(afterStop.getInt("done") < n, "stopped in the middle: " + afterStop);

        Instant readyEnd = Instant.now().plusSeconds(120);
        while (Instant.now().isBefore(readyEnd)) {
            run = JsonBodies.object(Http.get("/api/v1/payroll-runs/" + runId, "rh2").body());
            if (run.getString("status").equals("READY")) {
                break;
            }
            Thread.sleep(300);
        }
        assertEquals("READY", run.getString("status"), run.toString());
        assertEquals(n, run.getInt("matched"));
        assertEquals(n, run.getInt("done"));
        assertEquals(n, run.getInt("payslips"), "one payslip per agent: none missing, none twice");
    }

    @Test
    void anEmployerMayKeepPayslipsUntilTheAgentIsSeventyFive() throws Exception {
        long val = JsonBodies.object(Http.get("/api/v1/me", "rh2").body()).getJsonObject("employer").getJsonNumber("id").longValue();
        String path = "/api/v1/employers/" + val + "/payslip-retention";
        assertEquals(403, Http.send(Http.request(path, "rh2").header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"retention\":\"UNTIL_AGE_75\"}")).build()).status());
        assertEquals(400, Http.send(Http.request(path, "admin").header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"retention\":\"FOREVER\"}")).build()).status());
        assertEquals(200, Http.send(Http.request(path, "admin").header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"retention\":\"UNTIL_AGE_75\"}")).build()).status());
        long runId = JsonBodies.object(upload("rh2", "2026-05", bulk("Matricule : V001"), "val.pdf").body())
                .getJsonNumber("id").longValue();
        waitUntilReady(runId, "rh2");
        assertEquals(200, Http.post("/api/v1/payroll-runs/" + runId + "/publish", "rh2", "application/json", new byte[0]).status());
        // agent3 (V001) was born on 30 September 1988
        assertEquals("2063-09-30", payslipsOf("agent3", "2026-05").get(0).getString("availableUntil"));
    }
}
