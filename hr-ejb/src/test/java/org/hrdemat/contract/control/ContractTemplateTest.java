package org.hrdemat.contract.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hrdemat.document.control.HtmlPdfA;
import org.hrdemat.document.control.VeraPdf;
import org.hrdemat.shared.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContractTemplateTest {

    private static final Map<String, String> RECORDS = Map.of("agent.fullName", "Jean Dupont", "agent.birthDate",
            "02/06/1985", "agent.matricule", "A001", "agent.orgUnit", "Services techniques", "employer.name",
            "Commune de Démoville", "employer.siret", "21670000000018", "employer.signatoryName", "Luc Bernard",
            "employer.signatoryTitle", "Le Maire", "today", "29/11/2026");

    private static ContractTemplate cdd() {
        return ContractTemplates.all(null).stream().filter(t -> t.name().equals("cdd-article-l332-23")).findFirst()
                .orElseThrow();
    }

    private static Map<String, String> cddValues() {
        Map<String, String> v = new HashMap<>();
        v.put("poste", "Agent d'entretien <espaces verts>");
        v.put("grade", "adjoint technique");
        v.put("indice", "367");
        v.put("debut", "2027-01-01");
        v.put("fin", "2027-06-30");
        return v;
    }

    @Test
    void theBuiltInTemplatesReadWithTheirFields() {
        List<ContractTemplate> all = ContractTemplates.all(null);
        assertEquals(List.of("cdd-article-l332-23", "avenant", "arrete-nomination"),
                all.stream().map(ContractTemplate::name).toList());
        ContractTemplate cdd = cdd();
        assertEquals("Contrat à durée déterminée — agent contractuel (article L332-23)", cdd.title());
        assertEquals(12, cdd.version().length());
        TemplateField indice = cdd.fields().stream().filter(f -> f.name().equals("indice")).findFirst().orElseThrow();
        assertEquals("number", indice.type());
        assertTrue(indice.required());
        assertEquals("Indice majoré de rémunération", indice.label());
        TemplateField motif = cdd.fields().stream().filter(f -> f.name().equals("motif")).findFirst().orElseThrow();
        assertTrue(motif.defaultValue().startsWith("accroissement temporaire d'activité"));
    }

    @Test
    void aMissingOrInvalidFieldIsRefusedByName() {
        Map<String, String> v = cddValues();
        v.remove("fin");
        InvalidInputException missing = assertThrows(InvalidInputException.class, () -> cdd().validate(v));
        assertEquals("contract.missingField", missing.getMessageKey());
        assertArrayEquals(new Object[]{"Date de fin", "fin"}, missing.getArguments());
        v.put("fin", "30/06/2027");
        InvalidInputException date = assertThrows(InvalidInputException.class, () -> cdd().validate(v));
        assertEquals("contract.invalidField", date.getMessageKey());
        assertEquals("fin", date.getArguments()[1]);
        v.put("fin", "2027-06-30");
        v.put("indice", "trois cents");
        assertEquals("indice", assertThrows(InvalidInputException.class, () -> cdd().validate(v)).getArguments()[1]);
        v.put("indice", "367");
        v.put("salaire", "1");
        assertEquals("contract.unknownField", assertThrows(InvalidInputException.class, () -> cdd().validate(v)).getMessageKey());
    }

    @Test
    void valuesAreNormalisedDefaultedAndEscaped() {
        Map<String, String> v = cddValues();
        v.put("indice", " 1 234,5 ");
        Map<String, String> ok = cdd().validate(v);
        assertEquals("1234.5", ok.get("indice"));
        assertEquals("C", ok.get("categorie"));
        assertEquals("35 heures hebdomadaires (temps complet)", ok.get("tempsDeTravail"));
        String html = cdd().fill(RECORDS, ok);
        assertTrue(html.contains("Agent d&#39;entretien &lt;espaces verts&gt;"), "values are escaped");
        assertTrue(html.contains("prend effet le 01/01/2027 et prend fin le 30/06/2027"));
        assertFalse(html.contains("{{"));
        assertTrue(html.contains("représentée par Luc Bernard,\nLe Maire"), "the employer's signatory and title");
    }

    @Test
    void aBadTemplateIsRefusedWithTheReason() {
        String head = "<html><head><title>T</title><meta name=\"hr-field\" content=\"a; text; required; A\"/></head><body>";
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ContractTemplate.parse("x",
                (head + "{{field.b}}</body></html>").getBytes(StandardCharsets.UTF_8))).getMessage().contains("field.b"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ContractTemplate.parse("x",
                (head + "{{agent.salary}}</body></html>").getBytes(StandardCharsets.UTF_8))).getMessage().contains("agent.salary"));
        assertThrows(IllegalArgumentException.class, () -> ContractTemplate.parse("x",
                "<html><head><title>T</title><meta name=\"hr-field\" content=\"a; colour; required; A\"/></head></html>"
                        .getBytes(StandardCharsets.UTF_8)));
        assertThrows(IllegalArgumentException.class, () -> ContractTemplate.parse("x", "<html></html>".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void anInstallationsTemplateReplacesTheBuiltInOneAndABrokenOneIsLeftOut(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("contract"));
        Files.writeString(dir.resolve("contract/avenant.html"), "<html><head><title>Avenant local</title></head>"
                + "<body>{{agent.fullName}}</body></html>");
        Files.writeString(dir.resolve("contract/casse.html"), "<html><head><title>Cassé</title></head><body>{{x}}</body></html>");
        List<ContractTemplate> all = ContractTemplates.all(dir);
        assertEquals("Avenant local", all.stream().filter(t -> t.name().equals("avenant")).findFirst().orElseThrow().title());
        assertTrue(all.stream().noneMatch(t -> t.name().equals("casse")));
        assertEquals(3, all.size());
    }

    @Test
    void eachBuiltInTemplateRendersAsPdfA() throws Exception {
        for (ContractTemplate t : ContractTemplates.all(null)) {
            Map<String, String> values = new HashMap<>();
            for (TemplateField f : t.fields()) {
                values.put(f.name(), switch (f.type()) {
                    case "date" -> "2027-01-01";
                    case "number" -> "367";
                    default -> "valeur";
                });
            }
            byte[] pdf = HtmlPdfA.render(t.fill(RECORDS, t.validate(values)), t.title(), "Commune de Démoville",
                    "modèle " + t.name() + " version " + t.version());
            assertEquals("", VeraPdf.failures(pdf), t.name());
            Files.createDirectories(Path.of("target", "contracts"));
            Files.write(Path.of("target", "contracts", t.name() + ".pdf"), pdf); // to look at
            try (PdfDocument doc = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)))) {
                String text = PdfTextExtractor.getTextFromPage(doc.getPage(1));
                assertTrue(text.contains("Jean Dupont"), text);
                assertTrue(text.contains("Démoville"), text);
                assertEquals("modèle " + t.name() + " version " + t.version(), doc.getDocumentInfo().getKeywords());
            }
        }
    }
}
