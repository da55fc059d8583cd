package org.hrdemat.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** XLSX import of agents through the API: a good file, the same file again, a bad file, another employer. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EmployeeImportIT {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String[] HEADER = {"Matricule", "Nom", "Prénom", "Date de naissance", "Email", "Statut",
        "Date d'entrée", "Service", "Jours travaillés", "Quotité"};

    @Deployment(testable = false)
    static EnterpriseArchive app() {
        return Deployments.application();
    }

    /** Matricules unique to this run, so the test also passes on a database kept from an earlier run. */
    private final String run = Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();

    static byte[] xlsx(List<String[]> rows) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("Agents");
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).length; c++) {
                    row.createCell(c).setCellValue(rows.get(r)[c]);
                }
            }
            wb.write(out);
            return out.toByteArray();
        }
    }

    private static int agentCount(String login) {
        return JsonBodies.array(Http.get("/api/v1/employees", login).body()).size();
    }

    private static JsonObject agent(String login, String matricule) {
        JsonArray list = JsonBodies.array(Http.get("/api/v1/employees", login).body());
        return list.getValuesAs(JsonObject.class).stream().filter(o -> o.getString("matricule").equals(matricule))
                .findFirst().orElse(null);
    }

    @Test
    void goodFileCreatesThenTheSameFileUpdatesWithoutDuplicates() throws IOException {
        String m1 = "I" + run + "1";
        String m2 = "I" + run + "2";
        byte[] file = xlsx(List.of(HEADER,
                new String[]{m1, "Petit", "Anne", "12/04/1990", "anne.petit@example.org", "titulaire", "01/09/2015",
                    "Services techniques", "lun,mar,jeu,ven", "80"},
                new String[]{m2, "Roux", "Marc", "1979-01-31", "", "contractuel", "2020-02-01", "", "", ""}));
        int before = agentCount("rh");

        Http.Reply first = Http.post("/api/v1/employees/import", "rh", XLSX, file);
        assertEquals(200, first.status(), first.body());
        JsonObject report = JsonBodies.object(first.body());
        assertTrue(report.getBoolean("applied"));
        assertEquals(2, report.getInt("created"));
        assertEquals(before + 2, agentCount("rh"));
        JsonObject anne = agent("rh", m1);
        assertEquals(80, anne.getInt("quotite"));
        assertEquals("Direction générale > Services techniques", anne.getString("orgUnit"));

        Http.Reply second = Http.post("/api/v1/employees/import", "rh", XLSX, file);
        assertEquals(200, second.status(), second.body());
        JsonObject again = JsonBodies.object(second.body());
        assertEquals(0, again.getInt("created"));
        assertEquals(2, again.getInt("updated"));
        assertEquals(before + 2, agentCount("rh"));
    }

    @Test
    void badFileChangesNothingAndNamesEveryWrongCell() throws IOException {
        String good = "J" + run + "1";
        byte[] file = xlsx(List.of(HEADER,
                new String[]{good, "Valide", "Ligne", "", "", "titulaire", "", "", "", ""},
                new String[]{"J" + run + "2", "", "Sans Nom", "31/02/1990", "pas-un-courriel", "chef", "", "Inconnu",
                    "", "150"}));
        int before = agentCount("rh");
        Http.Reply r = Http.post("/api/v1/employees/import", "rh", XLSX, file);
        assertEquals(400, r.status(), r.body());
        JsonObject report = JsonBodies.object(r.body());
        assertFalse(report.getBoolean("applied"));
        List<String> cells = report.getJsonArray("problems").getValuesAs(JsonObject.class).stream()
                .map(p -> p.isNull("cell") ? "row" + p.getInt("row") : p.getString("cell")).toList();
        assertEquals(List.of("B3", "D3", "E3", "F3", "J3"), cells, r.body());
        assertEquals(before, agentCount("rh"));
        assertEquals(null, agent("rh", good), "the valid row of a refused file must not be imported");
    }

    @Test
    void unknownUnitIsReportedAndNothingIsImported() throws IOException {
        String m = "K" + run + "1";
        byte[] file = xlsx(List.of(HEADER,
                new String[]{m, "Blanc", "Eve", "", "", "stagiaire", "", "Service fantôme", "", ""}));
        Http.Reply r = Http.post("/api/v1/employees/import", "rh", XLSX, file);
        assertEquals(400, r.status(), r.body());
        assertTrue(r.body().contains("invalid.orgUnit"));
        assertEquals(null, agent("rh", m));
    }

    @Test
    void notAWorkbookIsRefused() {
        Http.Reply r = Http.post("/api/v1/employees/import", "rh", XLSX,
                "MZ this is not a spreadsheet".getBytes(StandardCharsets.ISO_8859_1));
        assertEquals(400, r.status(), r.body());
        assertTrue(r.body().contains("import.unreadable"), r.body());
    }

    @Test
    void importIntoAnotherEmployerIs404AndAgentsMayNotImport() throws IOException {
        byte[] file = xlsx(List.of(HEADER, new String[]{"L" + run + "1", "Noir", "Léa", "", "", "titulaire", "", "", "", ""}));
        long demoville = JsonBodies.object(Http.get("/api/v1/me", "rh").body()).getJsonObject("employer")
                .getJsonNumber("id").longValue();
        assertEquals(404, Http.post("/api/v1/employees/import?employer=" + demoville, "rh2", XLSX, file).status());
        assertEquals(403, Http.post("/api/v1/employees/import", "agent", XLSX, file).status());
    }
}
