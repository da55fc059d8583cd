package org.hrdemat.document.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.signatures.SignatureUtil;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Seals are checked by an independent validator, poppler's pdfsig (installed by .ci/run): it exits 0 even on a
 * digest mismatch, so its output is parsed.
 */
class PdfSealerTest {

    static Pki.Credential ca;
    static Pki.Credential seal;
    static Pki.Credential signer;

    @BeforeAll
    static void pki() {
        ca = Pki.newAuthority("CN=HR Demat DEMO CA, O=Commune de Démoville, C=FR", 10);
        seal = Pki.issue(ca, "CN=Cachet DEMO Commune de Démoville, O=Commune de Démoville, C=FR", 3);
        signer = Pki.issue(ca, "CN=Luc Bernard, O=Commune de Démoville, C=FR", 1);
    }

    static byte[] pdfA() {
        return PdfA.create("Bulletin de paie 2027-01", "Commune de Démoville", (pdf, regular, bold) -> {
            try (Document doc = new Document(pdf)) {
                doc.add(new Paragraph("Bulletin de paie — Matricule : A001").setFont(bold));
                doc.add(new Paragraph("Net à payer : 2 345,67 €").setFont(regular));
            }
        });
    }

    private static String pdfsig(byte[] pdf) {
        return OtherTools.pdfsig(pdf);
    }

    private static int count(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }

    @Test
    void pdfADocumentsEmbedTheirFontsAndSayTheLicence() throws Exception {
        byte[] pdf = pdfA();
        try (PdfDocument doc = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)))) {
            assertTrue(doc.getDocumentInfo().getProducer().contains("AGPL-3.0"));
            String xmp = new String(doc.getXmpMetadataBytes(), StandardCharsets.UTF_8);
            assertTrue(xmp.contains("<pdfaid:part>3</pdfaid:part>") || xmp.contains("pdfaid:part=\"3\""), xmp);
        }
    }

    @Test
    void aSealCoversTheWholeDocumentAndOneChangedByteBreaksIt() throws Exception {
        byte[] sealed = PdfSealer.sign(pdfA(), seal, "seal", "Cachet de l'employeur", "Démoville", null);
        String ok = pdfsig(sealed);
        assertTrue(ok.contains("Signature is Valid"), ok);
        assertTrue(ok.contains("Total document signed"), ok);

        byte[] tampered = sealed.clone();
        String text = new String(tampered, StandardCharsets.ISO_8859_1);
        int at = text.indexOf("/Producer");
        assertTrue(at > 0);
        tampered[at + 2] = (byte) (tampered[at + 2] == 'r' ? 'R' : 'r');
        String broken = pdfsig(tampered);
        assertTrue(broken.contains("Digest Mismatch") || !broken.contains("Signature is Valid"), broken);
    }

    @Test
    void laterSignaturesAreIncrementalAndEarlierOnesStayValid() throws Exception {
        byte[] once = PdfSealer.sign(pdfA(), signer, "signer-1", "Signé par Luc Bernard", "Démoville", null);
        byte[] twice = PdfSealer.sign(once, seal, "seal", "Cachet de l'employeur", "Démoville", null);
        String out = pdfsig(twice);
        assertEquals(2, count(out, "Signature is Valid"), out);
        assertTrue(out.contains("Not total document signed"), out);
        assertTrue(out.contains("Total document signed"), out);
        try (PdfDocument doc = new PdfDocument(new PdfReader(new ByteArrayInputStream(twice)))) {
            SignatureUtil util = new SignatureUtil(doc);
            assertEquals(2, util.getSignatureNames().size());
            assertTrue(util.signatureCoversWholeDocument("seal"));
            assertTrue(util.readSignatureData("signer-1").verifySignatureIntegrityAndAuthenticity());
        }
    }
}
