package org.hrdemat.personnelfile.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

class SedaPackageTest {

    private static final SedaPackage.Parties PARTIES = new SedaPackage.Parties("HRDEMAT-1-20261129", "Commune de Demoville",
            "21000000000017", "AD-DEMO", "Versement de dossiers individuels");

    private static List<SedaPackage.Item> items() {
        SedaPackage.Agent a = new SedaPackage.Agent("A001", "Alice Martin");
        SedaPackage.Agent b = new SedaPackage.Agent("B002", "Bruno Petit");
        Instant t = Instant.parse("2026-01-02T10:00:00Z");
        return List.of(
                new SedaPackage.Item(a, 1, "1 Situation administrative et état civil", "Pièce d'état civil",
                        "Acte de naissance", null, LocalDate.of(2001, 3, 4), "SCAN",
                        List.of(new SedaPackage.Version(1, null, t, ContentCheckTest.pdf("un")))),
                new SedaPackage.Item(a, 2, "2 Recrutement et carrière", "Contrat ou avenant", "Contrat <CDD> & avenant",
                        "premier contrat", LocalDate.of(2002, 1, 1), "NATIVE",
                        List.of(new SedaPackage.Version(1, null, t, ContentCheckTest.pdf("deux")),
                                new SedaPackage.Version(2, "correction de l'indice", t, ContentCheckTest.pdf("deux bis")))),
                new SedaPackage.Item(b, 1, "4 Formation", "Attestation de formation", "Formation", null,
                        LocalDate.of(2010, 5, 6), "NATIVE",
                        List.of(new SedaPackage.Version(1, null, t, ContentCheckTest.pdf("trois")))));
    }

    @Test
    void theManifestValidatesAgainstTheSedaSchemas() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        String manifest = SedaPackage.manifest(PARTIES, items(), Instant.now(), files);
        SedaPackage.validate(manifest);
        assertEquals(4, files.size());
        assertTrue(manifest.contains("Contrat &lt;CDD> &amp; avenant"));
        assertTrue(manifest.contains("<TransferringAgency><Identifier>21000000000017</Identifier>"));
    }

    @Test
    void aBrokenManifestIsRefused() {
        String manifest = SedaPackage.manifest(PARTIES, items(), Instant.now(), new HashMap<>());
        String broken = manifest.replace("<MessageIdentifier>", "<MessageId>").replace("</MessageIdentifier>", "</MessageId>");
        assertThrows(IllegalStateException.class, () -> SedaPackage.validate(broken));
    }

    @Test
    void theZipHoldsTheManifestAndEveryVersion() throws Exception {
        byte[] zip = SedaPackage.zip(PARTIES, items(), Instant.now());
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.put(e.getName(), in.readAllBytes());
            }
        }
        assertEquals(List.of("manifest.xml", "content/A001-1-v1.pdf", "content/A001-2-v1.pdf", "content/A001-2-v2.pdf",
                "content/B002-1-v1.pdf"), List.copyOf(entries.keySet()));
        String manifest = new String(entries.get("manifest.xml"), StandardCharsets.UTF_8);
        SedaPackage.validate(manifest);
        String sha = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-512")
                .digest(entries.get("content/A001-2-v2.pdf")));
        assertTrue(manifest.contains(sha));
    }
}
