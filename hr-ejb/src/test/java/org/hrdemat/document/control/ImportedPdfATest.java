package org.hrdemat.document.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.itextpdf.io.font.constants.StandardFonts;
import com.itextpdf.kernel.colors.DeviceCmyk;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.font.PdfFontFactory;
import com.itextpdf.kernel.pdf.PdfDictionary;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import org.junit.jupiter.api.Test;

class ImportedPdfATest {

    /** Pages drawn like a payroll software does: standard fonts, not embedded, WinAnsi text. */
    private static byte[] payrollPages(String encoding, boolean cmyk, String... texts) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PdfDocument pdf = new PdfDocument(new PdfWriter(out))) {
            PdfFont regular = PdfFontFactory.createFont(StandardFonts.HELVETICA, encoding);
            PdfFont bold = PdfFontFactory.createFont(StandardFonts.HELVETICA_BOLD, encoding);
            PdfFont mono = PdfFontFactory.createFont(StandardFonts.COURIER, encoding);
            for (String text : texts) {
                PdfCanvas canvas = new PdfCanvas(pdf.addNewPage());
                if (cmyk) {
                    canvas.setFillColor(new DeviceCmyk(0, 0, 0, 100));
                }
                canvas.beginText().setFontAndSize(bold, 14).moveText(50, 780).showText("BULLETIN DE PAIE").endText();
                canvas.beginText().setFontAndSize(regular, 10).moveText(50, 750).showText(text).endText();
                canvas.beginText().setFontAndSize(mono, 9).moveText(50, 730).showText("Net à payer : 1 234,56 €").endText();
                canvas.rectangle(40, 700, 500, 100).stroke();
            }
        }
        return out.toByteArray();
    }

    private static PdfDocument open(byte[] pdf) throws Exception {
        return new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)));
    }

    @Test
    void standardFontsAreReplacedByEmbeddedSubstitutesAndTheContentStaysByteForByte() throws Exception {
        byte[] source = payrollPages("WinAnsi", false, "Matricule : A001 — Élodie Dupré, congés payés « 12 »",
                "Matricule : A001 suite", "Matricule : B002");
        ImportedPdfA.Result result;
        try (PdfDocument doc = open(source)) {
            result = ImportedPdfA.pages(doc, 1, 2, "Bulletin de paie");
        }
        assertTrue(result.pdfA(), result.keptOriginalBecause());
        assertEquals("", VeraPdf.failures(result.pdf()));
        try (PdfDocument original = open(source); PdfDocument converted = open(result.pdf())) {
            assertEquals(2, converted.getNumberOfPages());
            for (int page = 1; page <= 2; page++) {
                assertArrayEquals(original.getPage(page).getContentBytes(), converted.getPage(page).getContentBytes());
                assertEquals(PdfTextExtractor.getTextFromPage(original.getPage(page)),
                        PdfTextExtractor.getTextFromPage(converted.getPage(page)));
                PdfDictionary fonts = converted.getPage(page).getResources().getResource(PdfName.Font);
                for (PdfName name : fonts.keySet()) {
                    PdfDictionary font = fonts.getAsDictionary(name);
                    assertEquals(PdfName.TrueType, font.getAsName(PdfName.Subtype));
                    assertTrue(font.getAsDictionary(PdfName.FontDescriptor).containsKey(PdfName.FontFile2),
                            "embedded: " + font);
                    assertTrue(font.getAsName(PdfName.BaseFont).getValue().contains("Liberation"));
                }
            }
        }
    }

    @Test
    void theSealedPdfAStaysPdfA() throws Exception {
        Pki.Credential ca = Pki.newAuthority("CN=Test CA, C=FR", 1);
        Pki.Credential seal = Pki.issue(ca, "CN=Cachet test, C=FR", 1);
        byte[] source = payrollPages("WinAnsi", false, "Matricule : A001");
        ImportedPdfA.Result result;
        try (PdfDocument doc = open(source)) {
            result = ImportedPdfA.pages(doc, 1, 1, "Bulletin de paie");
        }
        byte[] sealed = PdfSealer.sign(result.pdf(), seal, "cachet", "Bulletin de paie", "Test", null);
        assertEquals("", VeraPdf.failures(sealed));
    }

    @Test
    void aFontWithoutFreeEquivalentKeepsTheOriginalAndSaysWhy() throws Exception {
        byte[] source = payrollPages("WinAnsi", false, "Matricule : A001");
        ByteArrayOutputStream renamed = new ByteArrayOutputStream();
        try (PdfDocument doc = new PdfDocument(new PdfReader(new ByteArrayInputStream(source)), new PdfWriter(renamed))) {
            PdfDictionary fonts = doc.getPage(1).getResources().getResource(PdfName.Font);
            for (PdfName name : fonts.keySet()) {
                fonts.getAsDictionary(name).put(PdfName.BaseFont, new PdfName("PayrollSoftwareSans"));
            }
        }
        try (PdfDocument doc = open(renamed.toByteArray())) {
            ImportedPdfA.Result result = ImportedPdfA.pages(doc, 1, 1, "Bulletin de paie");
            assertFalse(result.pdfA());
            assertTrue(result.keptOriginalBecause().contains("PayrollSoftwareSans"), result.keptOriginalBecause());
            assertNotEquals("", VeraPdf.failures(result.pdf()));
            try (PdfDocument kept = open(result.pdf())) {
                assertArrayEquals(doc.getPage(1).getContentBytes(), kept.getPage(1).getContentBytes());
            }
        }
    }

    @Test
    void cmykColoursKeepTheOriginal() throws Exception {
        try (PdfDocument doc = open(payrollPages("WinAnsi", true, "Matricule : A001"))) {
            ImportedPdfA.Result result = ImportedPdfA.pages(doc, 1, 1, "Bulletin de paie");
            assertFalse(result.pdfA());
            assertTrue(result.keptOriginalBecause().contains("CMJN"), result.keptOriginalBecause());
        }
    }

    @Test
    void onlyCodesThatMeanTheSameCharacterAreAccepted() {
        assertTrue(ImportedPdfA.drawable('A', false));
        assertFalse(ImportedPdfA.drawable('\'', false)); // quoteright in the standard encoding
        assertFalse(ImportedPdfA.drawable(0xe9, false));
        assertTrue(ImportedPdfA.drawable(0xe9, true)); // é in WinAnsi
        assertTrue(ImportedPdfA.drawable(0x80, true)); // €
        assertFalse(ImportedPdfA.drawable(0x81, true)); // undefined in WinAnsi
        assertFalse(ImportedPdfA.drawable(0x0a, true));
    }
}
