package org.hrdemat.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.Paragraph;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipInputStream;
import javax.imageio.ImageIO;
import org.hrdemat.personnelfile.control.SedaPackage;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Personnel files over HTTP with the demo accounts: numbering, content checks, who reads what (agent, HR, manager
 * with and without granted sections, another employer), the access log the agent sees, versions and withdrawal,
 * the closed file of an agent who left, the retention check with a SEDA export validated against the schemas and a
 * destruction with its elimination record, and a leave decision filed through the CDI event.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PersonnelFileIT {

    private static final String JSON = "application/json";

    /** Matricules unique to this run, so the test also passes on a database kept from an earlier run. */
    private final String run = Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();

    @Deployment(testable = false)
    static EnterpriseArchive app() {
        return Deployments.application();
    }

    static byte[] pdf(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PdfDocument pdf = new PdfDocument(new PdfWriter(out)); Document doc = new Document(pdf)) {
            doc.add(new Paragraph(text));
        }
        return out.toByteArray();
    }

    static byte[] png() throws Exception {
        BufferedImage img = new BufferedImage(120, 80, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "png", out);
        return out.toByteArray();
    }

    static long employeeId(String matricule) {
        return employeeId(matricule, "rh");
    }

    static long employeeId(String matricule, String hr) {
        JsonArray list = JsonBodies.array(Http.get("/api/v1/employees", hr).body());
        return list.getValuesAs(JsonObject.class).stream().filter(e -> e.getString("matricule").equals(matricule))
                .findFirst().orElseThrow().getJsonNumber("id").longValue();
    }

    /** A new agent of Demoville in the unit the demo manager manages; returns its id. */
    long newAgent(String suffix) throws Exception {
        String matricule = "F" + run + suffix;
        byte[] sheet = EmployeeImportIT.xlsx(List.of(EmployeeImportIT.HEADER, new String[]{matricule, "Lefèvre",
            "Nina", "03/05/1984", "", "titulaire", "01/02/2010", "Services techniques", "", ""}));
        Http.Reply r = Http.post("/api/v1/employees/import", "rh",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", sheet);
        assertEquals(200, r.status(), r.body());
        return employeeId(matricule);
    }

    /** POST /api/v1/employees/{id}/file/documents as a multipart form. */
    static Http.Reply add(String login, long employee, Map<String, String> fields, byte[] file, String fileName) {
        String boundary = "----hrfile" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Map.Entry<String, String> f : fields.entrySet()) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + f.getKey()
                    + "\"\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n" + f.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(file);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return Http.post("/api/v1/employees/" + employee + "/file/documents", login,
                "multipart/form-data; boundary=" + boundary, body.toByteArray());
    }

    static Map<String, String> fields(String section, String type, String date, String title) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("section", section);
        m.put("type", type);
        m.put("date", date);
        m.put("title", title);
        return m;
    }

    static JsonObject addOk(long employee, String section, String type, String date, String title, byte[] file) {
        Http.Reply r = add("rh", employee, fields(section, type, date, title), file, "document.pdf");
        assertEquals(201, r.status(), r.body());
        return JsonBodies.object(r.body());
    }

    static List<JsonObject> documents(JsonObject file) {
        return file.getJsonArray("sections").getValuesAs(JsonObject.class).stream()
                .flatMap(s -> s.getJsonArray("documents").getValuesAs(JsonObject.class).stream()).toList();
    }

    static Http.Reply post(String path, String login, String json) {
        return Http.post(path, login, JSON, (json == null ? "" : json).getBytes(StandardCharsets.UTF_8));
    }

    static HttpResponse<byte[]> bytes(String path, String login) throws Exception {
        HttpRequest request = Http.request(path, login).header("Accept", "*/*").GET().build();
        return java.net.http.HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void hrFilesNumberedDocumentsTheAgentReadsAndSeesWhoReadThem() throws Exception {
        long agent2 = employeeId("A002");
        int before = documents(JsonBodies.object(Http.get("/api/v1/employees/" + agent2 + "/file", "rh").body())).stream()
                .mapToInt(d -> d.getInt("number")).max().orElse(0);
        JsonObject first = addOk(agent2, "2", "CONTRAT", "2024-01-15", "Contrat " + run, pdf("Contrat " + run));
        Http.Reply image = add("rh", agent2, fields("1", "ETAT_CIVIL", "2023-06-01", "Pièce d'identité " + run), png(), "id.png");
        assertEquals(201, image.status(), image.body());
        JsonObject second = JsonBodies.object(image.body());
        assertEquals(before + 1, first.getInt("number"));
        assertEquals(before + 2, second.getInt("number"));
        assertEquals("image/png", second.getJsonArray("versions").getJsonObject(0).getString("mediaType"));

        JsonObject mine = JsonBodies.object(Http.get("/api/v1/me/file", "agent2").body());
        assertEquals("A002", mine.getString("matricule"));
        assertEquals("AGENT", mine.getString("readerRole"));
        assertFalse(mine.getBoolean("writable"));
        assertEquals(8, mine.getJsonArray("sections").size(), "the agent sees every section, restricted ones too");
        assertTrue(documents(mine).stream().anyMatch(d -> d.getString("title").equals("Contrat " + run)));

        HttpResponse<byte[]> content = bytes("/api/v1/documents/" + second.getJsonNumber("id") + "/content", "agent2");
        assertEquals(200, content.statusCode());
        assertEquals("no-store", content.headers().firstValue("Cache-Control").orElse(""));
        assertEquals("%PDF-", new String(content.body(), 0, 5, StandardCharsets.ISO_8859_1), "the image became a PDF");
        assertEquals(200, bytes("/api/v1/documents/" + first.getJsonNumber("id") + "/content", "rh").statusCode());

        JsonArray log = JsonBodies.array(Http.get("/api/v1/me/file/access-log", "agent2").body());
        JsonObject read = log.getValuesAs(JsonObject.class).stream()
                .filter(a -> a.getString("login").equals("rh") && a.getString("action").equals("READ_DOCUMENT")
                        && a.getInt("documentNumber", -1) == first.getInt("number")).findFirst().orElseThrow();
        assertEquals("HR", read.getString("role"));
        assertEquals("Luc Bernard", read.getString("reader"));
        JsonArray audit = JsonBodies.array(Http.get("/api/v1/audit/events?action=FILE_READ_DOCUMENT&actor=rh&max=20",
                "admin").body());
        assertTrue(audit.getValuesAs(JsonObject.class).stream().anyMatch(e -> e.getString("target")
                .equals("employee-file:" + agent2 + "#" + first.getInt("number"))), audit.toString());
    }

    @Test
    void othersGetNotFoundAndManagersOnlyTheSectionsGrantedToThem() throws Exception {
        long id = newAgent("M");
        JsonObject contract = addOk(id, "2", "CONTRAT", "2024-02-01", "Contrat", pdf("Contrat"));
        JsonObject sanction = addOk(id, "7", "SANCTION", "2024-03-01", "Avertissement", pdf("Avertissement"));
        String file = "/api/v1/employees/" + id + "/file";
        for (String login : new String[]{"agent", "rh2", "manager"}) {
            assertEquals(404, Http.get(file, login).status(), login);
            assertEquals(404, bytes("/api/v1/documents/" + contract.getJsonNumber("id") + "/content", login).statusCode(), login);
        }
        assertEquals(403, add("agent", employeeId("A001"), fields("2", "CONTRAT", "2024-01-01", "x"), pdf("x"), "x.pdf")
                .status(), "an agent does not file documents in their own file");

        JsonArray sections = JsonBodies.array(Http.get("/api/v1/personnel-files/sections", "admin").body());
        long career = sections.getValuesAs(JsonObject.class).stream().filter(s -> s.getInt("code") == 2).findFirst()
                .orElseThrow().getJsonNumber("id").longValue();
        long discipline = sections.getValuesAs(JsonObject.class).stream().filter(s -> s.getInt("code") == 7).findFirst()
                .orElseThrow().getJsonNumber("id").longValue();
        assertEquals(409, Http.send(Http.request("/api/v1/personnel-files/sections/" + discipline + "/managers", "admin")
                .header("Content-Type", JSON).PUT(HttpRequest.BodyPublishers.ofString("{\"granted\":true}")).build()).status());
        assertEquals(403, Http.send(Http.request("/api/v1/personnel-files/sections/" + career + "/managers", "rh")
                .header("Content-Type", JSON).PUT(HttpRequest.BodyPublishers.ofString("{\"granted\":true}")).build()).status());
        assertEquals(204, Http.send(Http.request("/api/v1/personnel-files/sections/" + career + "/managers", "admin")
                .header("Content-Type", JSON).PUT(HttpRequest.BodyPublishers.ofString("{\"granted\":true}")).build()).status());
        try {
            Http.Reply seen = Http.get(file, "manager");
            assertEquals(200, seen.status(), seen.body());
            JsonObject view = JsonBodies.object(seen.body());
            assertEquals("MANAGER", view.getString("readerRole"));
            assertEquals(List.of(2), view.getJsonArray("sections").getValuesAs(JsonObject.class).stream()
                    .map(s -> s.getInt("code")).toList());
            assertEquals(200, bytes("/api/v1/documents/" + contract.getJsonNumber("id") + "/content", "manager").statusCode());
            assertEquals(404, bytes("/api/v1/documents/" + sanction.getJsonNumber("id") + "/content", "manager").statusCode(),
                    "a restricted section stays closed to managers");
            assertEquals(404, Http.get("/api/v1/employees/" + employeeId("V900", "rh2") + "/file", "manager").status(),
                    "only agents of the units the manager manages");
            JsonArray log = JsonBodies.array(Http.get(file + "/access-log", "rh").body());
            assertTrue(log.getValuesAs(JsonObject.class).stream().anyMatch(a -> a.getString("login").equals("manager")
                    && a.getString("role").equals("MANAGER")), log.toString());
        } finally {
            assertEquals(204, Http.send(Http.request("/api/v1/personnel-files/sections/" + career + "/managers", "admin")
                    .header("Content-Type", JSON).PUT(HttpRequest.BodyPublishers.ofString("{\"granted\":false}")).build()).status());
        }
        assertEquals(404, Http.get(file, "manager").status(), "closed again");
    }

    @Test
    void badContentIsRefusedWithItsReasonAndLeavesNoGapInTheNumbers() throws Exception {
        long id = newAgent("C");
        byte[] exe = new byte[2048];
        exe[0] = 'M';
        exe[1] = 'Z';
        Http.Reply renamed = add("rh", id, fields("2", "CONTRAT", "2024-01-01", "Contrat"), exe, "contrat.pdf");
        assertEquals(400, renamed.status());
        assertTrue(renamed.body().contains("ni un PDF"), renamed.body());
        byte[] corrupt = "%PDF-1.7\n1 0 obj garbage".getBytes(StandardCharsets.ISO_8859_1);
        assertEquals(400, add("rh", id, fields("2", "CONTRAT", "2024-01-01", "Contrat"), corrupt, "c.pdf").status());
        Http.Reply medical = add("rh", id, fields("1", "ETAT_CIVIL", "2024-01-01", "Certificat médical"), pdf("x"), "m.pdf");
        assertEquals(400, medical.status());
        assertTrue(medical.body().contains("médical"), medical.body());
        Http.Reply union = add("rh", id, fields("2", "ARRETE", "2024-01-01", "Décharge syndicale"), pdf("x"), "u.pdf");
        assertEquals(400, union.status());
        assertTrue(union.body().contains("syndicales"), union.body());
        assertEquals(400, add("rh", id, fields("2", "CONTRAT", LocalDate.now(java.time.ZoneId.of("Europe/Paris")).plusDays(3).toString(), "Contrat"),
                pdf("x"), "f.pdf").status(), "a date in the future");
        assertEquals(400, add("rh", id, fields("3", "CONTRAT", "2024-01-01", "Contrat"), pdf("x"), "s.pdf").status(),
                "a type outside its section");
        assertEquals(400, add("rh", id, fields("2", "CONTRAT", "2024-01-01", " "), pdf("x"), "t.pdf").status());
        assertTrue(documents(JsonBodies.object(Http.get("/api/v1/employees/" + id + "/file", "rh").body())).isEmpty());
        assertEquals(1, addOk(id, "2", "CONTRAT", "2024-01-01", "Contrat", pdf("ok")).getInt("number"),
                "refused uploads used no number");
        assertEquals(2, addOk(id, "2", "ARRETE", "2024-01-02", "Arrêté", pdf("ok2")).getInt("number"));
    }

    @Test
    void aCorrectionIsANewVersionAndAWithdrawalKeepsItsReason() throws Exception {
        long id = newAgent("V");
        byte[] original = pdf("Arrêté v1");
        JsonObject d = addOk(id, "2", "ARRETE", "2024-01-01", "Arrêté de nomination", original);
        String doc = "/api/v1/documents/" + d.getJsonNumber("id");
        byte[] fixed = pdf("Arrêté v2");
        String boundary = "----v" + System.nanoTime();
        byte[] body = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"note\"\r\n\r\nErreur d'indice\r\n--"
                + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"v2.pdf\"\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        all.writeBytes(body);
        all.writeBytes(fixed);
        all.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        Http.Reply corrected = Http.post(doc + "/versions", "rh", "multipart/form-data; boundary=" + boundary, all.toByteArray());
        assertEquals(200, corrected.status(), corrected.body());
        JsonObject v2 = JsonBodies.object(corrected.body());
        assertEquals(2, v2.getInt("version"));
        assertEquals(d.getInt("number"), v2.getInt("number"), "same document, same number");
        assertArrayEquals(original, bytes(doc + "/content?version=1", "rh").body(), "the old version stays");
        assertArrayEquals(fixed, bytes(doc + "/content", "rh").body());

        assertEquals(400, post(doc + "/withdraw", "rh", "{\"reason\":\"\"}").status());
        Http.Reply withdrawn = post(doc + "/withdraw", "rh", "{\"reason\":\"Classé par erreur\"}");
        assertEquals(200, withdrawn.status(), withdrawn.body());
        assertEquals("WITHDRAWN", JsonBodies.object(withdrawn.body()).getString("status"));
        assertEquals("Classé par erreur", JsonBodies.object(withdrawn.body()).getString("withdrawnReason"));
        assertEquals(409, post(doc + "/withdraw", "rh", "{\"reason\":\"encore\"}").status());
        JsonObject after = documents(JsonBodies.object(Http.get("/api/v1/employees/" + id + "/file", "rh").body())).get(0);
        assertEquals("WITHDRAWN", after.getString("status"));
        assertEquals(2, after.getJsonArray("versions").size(), "nothing is deleted");
    }

    @Test
    void theFileOfAnAgentWhoLeftIsReadOnly() throws Exception {
        long id = newAgent("L");
        addOk(id, "5", "REMUNERATION", "2024-01-01", "Régime indemnitaire", pdf("RI"));
        assertEquals(204, post("/api/v1/employees/" + id + "/deactivate", "rh", null).status());
        try {
            JsonObject file = JsonBodies.object(Http.get("/api/v1/employees/" + id + "/file", "rh").body());
            assertEquals(LocalDate.now(java.time.ZoneId.of("Europe/Paris")).toString(), file.getString("closedOn"));
            assertFalse(file.getBoolean("writable"));
            assertTrue(documents(file).get(0).containsKey("retentionDue"), "the departure starts the 5-year retention");
            Http.Reply refused = add("rh", id, fields("8", "CESSATION", "2024-01-02", "Radiation"), pdf("x"), "x.pdf");
            assertEquals(409, refused.status(), refused.body());
        } finally {
            assertEquals(204, post("/api/v1/employees/" + id + "/activate", "rh", null).status());
        }
        assertEquals(201, add("rh", id, fields("8", "CESSATION", "2024-01-02", "Radiation"), pdf("x"), "x.pdf").status());
    }

    @Test
    void dueDocumentsAreArchivedAsAValidSedaPackageOrDestroyedOnlyByAnHrDecision() throws Exception {
        long id = newAgent("R");
        JsonObject leave = addOk(id, "6", "CONGE", "2015-03-02", "Congé annuel 2015", pdf("Congé 2015"));
        JsonObject warning = addOk(id, "7", "SANCTION_1", "2012-05-04", "Avertissement 2012", pdf("Avertissement"));
        JsonObject recent = addOk(id, "6", "CONGE", "2024-03-02", "Congé annuel 2024", pdf("Congé 2024"));
        assertEquals(409, post("/api/v1/retention/archive", "rh", "{\"documentIds\":[" + leave.getJsonNumber("id") + "]}")
                .status(), "not marked due yet: nothing leaves the file before the check");
        assertEquals(403, post("/api/v1/retention/check", "agent", null).status());
        Http.Reply check = post("/api/v1/retention/check", "rh", null);
        assertEquals(200, check.status(), check.body());
        assertTrue(JsonBodies.object(check.body()).getInt("marked") >= 2);
        List<Long> due = JsonBodies.array(Http.get("/api/v1/retention/due", "rh").body()).getValuesAs(JsonObject.class)
                .stream().map(d -> d.getJsonNumber("documentId").longValue()).toList();
        assertTrue(due.contains(leave.getJsonNumber("id").longValue()));
        assertTrue(due.contains(warning.getJsonNumber("id").longValue()));
        assertFalse(due.contains(recent.getJsonNumber("id").longValue()));

        Http.Reply archived = post("/api/v1/retention/archive", "rh", "{\"documentIds\":[" + leave.getJsonNumber("id") + "]}");
        assertEquals(200, archived.status(), archived.body());
        long decision = JsonBodies.object(archived.body()).getJsonNumber("id").longValue();
        HttpResponse<byte[]> zip = bytes("/api/v1/retention/decisions/" + decision + "/record", "rh");
        assertEquals(200, zip.statusCode());
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.body()))) {
            for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.put(e.getName(), in.readAllBytes());
            }
        }
        String manifest = new String(entries.get("manifest.xml"), StandardCharsets.UTF_8);
        SedaPackage.validate(manifest);
        assertTrue(manifest.contains("Congé annuel 2015"));
        assertEquals(2, entries.size(), entries.keySet().toString());
        assertEquals(404, bytes("/api/v1/retention/decisions/" + decision + "/record", "rh2").statusCode());

        Http.Reply destroyed = post("/api/v1/retention/destroy", "rh", "{\"documentIds\":[" + warning.getJsonNumber("id") + "]}");
        assertEquals(200, destroyed.status(), destroyed.body());
        long elimination = JsonBodies.object(destroyed.body()).getJsonNumber("id").longValue();
        HttpResponse<byte[]> record = bytes("/api/v1/retention/decisions/" + elimination + "/record", "rh");
        try (PdfDocument pdf = new PdfDocument(new PdfReader(new ByteArrayInputStream(record.body())))) {
            String text = PdfTextExtractor.getTextFromPage(pdf.getPage(1));
            assertTrue(text.contains("Avertissement 2012"), text);
        }
        assertEquals(409, bytes("/api/v1/documents/" + warning.getJsonNumber("id") + "/content", "rh").statusCode(),
                "the content is gone");
        assertEquals(409, post("/api/v1/retention/destroy", "rh", "{\"documentIds\":[" + warning.getJsonNumber("id") + "]}").status());
        Map<String, String> status = new LinkedHashMap<>();
        documents(JsonBodies.object(Http.get("/api/v1/employees/" + id + "/file", "rh").body()))
                .forEach(d -> status.put(d.getString("title"), d.getString("status")));
        assertEquals(Map.of("Congé annuel 2015", "ARCHIVED", "Avertissement 2012", "DESTROYED", "Congé annuel 2024", "ACTIVE"),
                status);
        JsonArray audit = JsonBodies.array(Http.get("/api/v1/audit/events?action=FILE_DESTROY&max=5", "admin").body());
        assertTrue(audit.getValuesAs(JsonObject.class).stream()
                .anyMatch(e -> e.getString("target").equals("retention-decision:" + elimination)));
    }

    @Test
    void aLeaveDecisionIsFiledThroughTheEventAndTheAgentGetsAFullCopy() throws Exception {
        // a Tuesday of 2031 with no public holiday, different from one run to the next
        LocalDate day = LocalDate.of(2031, 1, 7).plusWeeks(Math.floorMod(System.nanoTime(), 40));
        Http.Reply submitted = LeaveIT.submit("agent2", "CA", day.toString(), "AM", day.toString(), "PM");
        assertEquals(201, submitted.status(), submitted.body());
        long request = LeaveIT.idOf(submitted);
        assertEquals(409, post("/api/v1/leave-requests/" + request + "/file", "rh", null).status(), "not decided yet");
        assertEquals(200, post("/api/v1/leave-requests/" + request + "/approve", "manager", null).status());
        assertEquals(403, post("/api/v1/leave-requests/" + request + "/file", "manager", null).status());
        Http.Reply filed = post("/api/v1/leave-requests/" + request + "/file", "rh", null);
        assertEquals(200, filed.status(), filed.body());
        assertEquals(409, post("/api/v1/leave-requests/" + request + "/file", "rh", null).status(), "only once");
        JsonObject mine = JsonBodies.object(Http.get("/api/v1/me/file", "agent2").body());
        JsonObject decision = documents(mine).stream().filter(d -> d.getString("typeCode").equals("CONGE")
                && d.getString("title").contains(day.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"))))
                .findFirst().orElseThrow();
        assertEquals(6, decision.getInt("sectionCode"));

        HttpResponse<byte[]> copy = bytes("/api/v1/me/file/export", "agent2");
        assertEquals(200, copy.statusCode());
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(copy.body()))) {
            for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.put(e.getName(), in.readAllBytes());
            }
        }
        assertTrue(entries.containsKey("000-index.pdf"), entries.keySet().toString());
        assertTrue(entries.keySet().stream().anyMatch(n -> n.startsWith(String.format("%03d-v1-", decision.getInt("number")))));
        StringBuilder index = new StringBuilder();
        try (PdfDocument pdf = new PdfDocument(new PdfReader(new ByteArrayInputStream(entries.get("000-index.pdf"))))) {
            for (int p = 1; p <= pdf.getNumberOfPages(); p++) {
                index.append(PdfTextExtractor.getTextFromPage(pdf.getPage(p)));
            }
        }
        assertTrue(index.toString().contains("6 Absences et congés"), index.toString());
        assertEquals(404, bytes("/api/v1/employees/" + employeeId("A002") + "/file/export", "agent").statusCode());
    }

    @Test
    void uploadsAtTheSameTimeGetConsecutiveNumbers() throws Exception {
        long id = newAgent("P");
        int n = 6;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(n);
        try {
            List<java.util.concurrent.Future<Http.Reply>> replies = new java.util.ArrayList<>();
            for (int i = 0; i < n; i++) {
                int k = i;
                replies.add(pool.submit(() -> add("rh", id, fields("4", "FORMATION", "2024-01-0" + (k + 1),
                        "Formation " + k), pdf("Formation " + k), "f.pdf")));
            }
            java.util.Set<Integer> numbers = new java.util.TreeSet<>();
            for (var f : replies) {
                Http.Reply r = f.get();
                assertEquals(201, r.status(), r.body());
                numbers.add(JsonBodies.object(r.body()).getInt("number"));
            }
            assertEquals(java.util.Set.of(1, 2, 3, 4, 5, 6), numbers, "no gap, no duplicate");
        } finally {
            pool.shutdown();
        }
    }
}
