package org.hrdemat.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Contracts from templates over HTTP: the templates and their fields, generation, validation by field, access. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ContractIT {

    @Deployment(testable = false)
    static EnterpriseArchive app() {
        return Deployments.application();
    }

    static Http.Reply create(String login, long employee, String template, String fields) {
        return Http.post("/api/v1/contracts", login, "application/json", ("{\"employeeId\":" + employee + ",\"template\":\""
                + template + "\",\"fields\":" + fields + "}").getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theTemplatesDeclareTheirFields() {
        Http.Reply r = Http.get("/api/v1/contract-templates", "rh");
        assertEquals(200, r.status(), r.body());
        JsonArray list = JsonBodies.array(r.body());
        JsonObject cdd = list.getValuesAs(JsonObject.class).stream().filter(t -> t.getString("id").equals("cdd-article-l332-23"))
                .findFirst().orElseThrow();
        JsonObject fin = cdd.getJsonArray("fields").getValuesAs(JsonObject.class).stream()
                .filter(f -> f.getString("name").equals("fin")).findFirst().orElseThrow();
        assertEquals("date", fin.getString("type"));
        assertTrue(fin.getBoolean("required"));
        assertEquals(3, list.size());
        assertEquals(403, Http.get("/api/v1/contract-templates", "agent").status());
    }

    @Test
    void hrGeneratesAPdfaDocumentThatOnlyHrSeesWhileItIsADraft() throws Exception {
        long agent = PersonnelFileIT.employeeId("A001");
        Http.Reply missing = create("rh", agent, "cdd-article-l332-23",
                "{\"poste\":\"Jardinier\",\"grade\":\"adjoint technique\",\"indice\":367,\"debut\":\"2027-01-01\"}");
        assertEquals(400, missing.status());
        assertTrue(missing.body().contains("Date de fin") && missing.body().contains("fin"), missing.body());
        Http.Reply invalid = create("rh", agent, "cdd-article-l332-23",
                "{\"poste\":\"Jardinier\",\"grade\":\"adjoint technique\",\"indice\":\"beaucoup\",\"debut\":\"2027-01-01\",\"fin\":\"2027-06-30\"}");
        assertEquals(400, invalid.status());
        assertTrue(invalid.body().contains("Indice majoré"), invalid.body());
        assertEquals(400, create("rh", agent, "inconnu", "{}").status());
        assertEquals(404, create("rh2", agent, "avenant", "{\"contratDu\":\"2026-01-01\",\"indice\":380,\"effet\":\"2027-01-01\"}").status());
        assertEquals(403, create("agent", agent, "avenant", "{\"contratDu\":\"2026-01-01\",\"indice\":380,\"effet\":\"2027-01-01\"}").status());

        Http.Reply created = create("rh", agent, "cdd-article-l332-23",
                "{\"poste\":\"Jardinier\",\"grade\":\"adjoint technique\",\"indice\":367,\"debut\":\"2027-01-01\",\"fin\":\"2027-06-30\"}");
        assertEquals(201, created.status(), created.body());
        JsonObject c = JsonBodies.object(created.body());
        assertEquals("DRAFT", c.getString("status"));
        assertEquals(12, c.getString("templateVersion").length());
        assertEquals("367", c.getJsonObject("fields").getString("indice"));
        String pdf = "/api/v1/contracts/" + c.getJsonNumber("id") + "/pdf";
        HttpResponse<byte[]> got = PersonnelFileIT.bytes(pdf, "rh");
        assertEquals(200, got.statusCode());
        try (PdfDocument doc = new PdfDocument(new PdfReader(new ByteArrayInputStream(got.body())))) {
            String text = PdfTextExtractor.getTextFromPage(doc.getPage(1));
            assertTrue(text.contains("Jean Dupont") && text.contains("Jardinier") && text.contains("30/06/2027"), text);
            assertTrue(text.contains("Luc Bernard") && text.contains("par délégation du Maire"),
                    "the employer's signatory and the title set on the employer: " + text);
            assertTrue(doc.getCatalog().getPdfObject().containsKey(com.itextpdf.kernel.pdf.PdfName.Metadata));
            assertEquals("modèle cdd-article-l332-23 version " + c.getString("templateVersion"),
                    doc.getDocumentInfo().getKeywords(), "the PDF records its template version");
        }
        assertEquals(404, PersonnelFileIT.bytes(pdf, "agent").statusCode(), "a draft is HR's");
        assertEquals(404, PersonnelFileIT.bytes(pdf, "rh2").statusCode());
        assertFalse(Http.get("/api/v1/me/contracts", "agent").body().contains("\"id\":" + c.getJsonNumber("id") + ","));
        assertTrue(Http.get("/api/v1/contracts", "rh").body().contains("\"id\":" + c.getJsonNumber("id")));
    }
}
