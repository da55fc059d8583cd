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
            assertEquals("FONT_NOT_EMBEDDED:PayrollSoftwareSans", result.keptOriginalBecause());
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
            assertEquals(KeptOriginal.CMYK, KeptOriginal.of(result.keptOriginalBecause()));
        }
    }

    /** One page drawing the given bytes with Helvetica, not embedded, under the given encoding (null: none). */
    private static byte[] helvetica(com.itextpdf.kernel.pdf.PdfObject encoding, String text) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PdfDocument pdf = new PdfDocument(new PdfWriter(out))) {
            com.itextpdf.kernel.pdf.PdfPage page = pdf.addNewPage();
            PdfDictionary font = new PdfDictionary();
            font.put(PdfName.Type, PdfName.Font);
            font.put(PdfName.Subtype, PdfName.Type1);
            font.put(PdfName.BaseFont, new PdfName("Helvetica"));
            if (encoding != null) {
                font.put(PdfName.Encoding, encoding);
            }
            PdfName name = page.getResources().addFont(pdf, PdfFontFactory.createFont(font.makeIndirect(pdf) instanceof
                    PdfDictionary d ? d : font));
            page.getFirstContentStream().setData(("BT /" + name.getValue() + " 12 Tf 50 700 Td (" + text + ") Tj ET")
                    .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        }
        return out.toByteArray();
    }

    @Test
    void codesOfAnotherEncodingKeepTheirBytesAndTheirCharacters() throws Exception {
        com.itextpdf.kernel.pdf.PdfDictionary differences = new com.itextpdf.kernel.pdf.PdfDictionary();
        differences.put(PdfName.Differences, new com.itextpdf.kernel.pdf.PdfArray(java.util.List.of(
                new com.itextpdf.kernel.pdf.PdfNumber(9), new PdfName("Euro"), new PdfName("oe"))));
        // no encoding named (the standard font's own, where the ASCII letters are certain), differences, MacRoman
        byte[] standard = helvetica(null, "Matricule : A1 ecole");
        for (byte[] source : java.util.List.of(standard, helvetica(differences, "Matricule : A1 12 \011 c\012ur"),
                helvetica(PdfName.MacRomanEncoding, "Matricule : A1 \216t\216 \321"))) {
            try (PdfDocument doc = open(source)) {
                ImportedPdfA.Result result = ImportedPdfA.pages(doc, 1, 1, "Bulletin de paie");
                assertTrue(result.pdfA(), result.keptOriginalBecause());
                assertEquals("", VeraPdf.failures(result.pdf()));
                try (PdfDocument converted = open(result.pdf())) {
                    assertArrayEquals(doc.getPage(1).getContentBytes(), converted.getPage(1).getContentBytes());
                    assertEquals(PdfTextExtractor.getTextFromPage(doc.getPage(1)),
                            PdfTextExtractor.getTextFromPage(converted.getPage(1)));
                }
                assertEquals(OtherTools.text(source, 1), OtherTools.text(result.pdf(), 1));
            }
        }
    }

    @Test
    void aCharacterTheSubstituteDrawsOtherwiseKeepsTheOriginal() throws Exception {
        // ± is wider in Helvetica than in Liberation Sans: the line would move
        try (PdfDocument doc = open(helvetica(PdfName.WinAnsiEncoding, "Matricule : A1 \261 3"))) {
            ImportedPdfA.Result result = ImportedPdfA.pages(doc, 1, 1, "Bulletin de paie");
            assertFalse(result.pdfA());
            assertEquals(KeptOriginal.WIDTH_DIFFERS, KeptOriginal.of(result.keptOriginalBecause()));
        }
        // with no encoding named, a code where the standard encoding (Æ) and WinAnsi (á) differ
        try (PdfDocument doc = open(helvetica(null, "Matricule : A1 l'\341cole"))) {
            ImportedPdfA.Result result = ImportedPdfA.pages(doc, 1, 1, "Bulletin de paie");
            assertFalse(result.pdfA());
            assertEquals(KeptOriginal.CHARACTER_OUTSIDE_FONT, KeptOriginal.of(result.keptOriginalBecause()));
        }
        // a code WinAnsi leaves undefined
        try (PdfDocument doc = open(helvetica(PdfName.WinAnsiEncoding, "Matricule : A1 \201"))) {
            ImportedPdfA.Result result = ImportedPdfA.pages(doc, 1, 1, "Bulletin de paie");
            assertFalse(result.pdfA());
            assertEquals(KeptOriginal.CHARACTER_OUTSIDE_FONT, KeptOriginal.of(result.keptOriginalBecause()));
        }
    }

    /** Converts page 1, breaks the result as told, and asks the safety net about it. */
    private static String safetyNetOn(byte[] source, java.util.function.Consumer<PdfDocument> breakIt) throws Exception {
        try (PdfDocument doc = open(source)) {
            ImportedPdfA converter = new ImportedPdfA(doc);
            ImportedPdfA.Result good = converter.pages(1, 1, "Bulletin de paie");
            assertTrue(good.pdfA(), good.keptOriginalBecause());
            converter.provenEqual(good.pdf(), 1, 1); // the real conversion passes
            ByteArrayOutputStream broken = new ByteArrayOutputStream();
            try (PdfDocument edit = new PdfDocument(new PdfReader(new ByteArrayInputStream(good.pdf())),
                    new PdfWriter(broken))) {
                breakIt.accept(edit);
            }
            try {
                converter.provenEqual(broken.toByteArray(), 1, 1);
                return null;
            } catch (ImportedPdfA.NotConvertible e) {
                return e.getMessage();
            }
        }
    }

    @Test
    void aConversionThatDiffersFromItsSourceIsCaughtBeforeItIsSealed() throws Exception {
        byte[] source = payrollPages("WinAnsi", false, "Matricule : A001 — Élodie Dupré");
        // the fonts' dictionary written empty (what a bug once did to ReportLab's pages: blank payslips)
        assertTrue(safetyNetOn(source,
                pdf -> pdf.getPage(1).getResources().getPdfObject().put(PdfName.Font, new PdfDictionary()))
                .matches("NOT_IDENTICAL:page 1: font F\\d+ missing"));
        // a font left as the unembedded original
        assertTrue(safetyNetOn(source, pdf -> {
            PdfDictionary fonts = pdf.getPage(1).getResources().getResource(PdfName.Font);
            for (PdfName name : fonts.keySet()) {
                fonts.getAsDictionary(name).getAsDictionary(PdfName.FontDescriptor).remove(PdfName.FontFile2);
            }
        }).matches("NOT_IDENTICAL:page 1: font F\\d+ not embedded"));
        // a font whose codes mean other characters
        assertTrue(safetyNetOn(source, pdf -> {
            PdfDictionary fonts = pdf.getPage(1).getResources().getResource(PdfName.Font);
            for (PdfName name : fonts.keySet()) {
                fonts.getAsDictionary(name).put(PdfName.Encoding, PdfName.MacRomanEncoding);
            }
        }).matches("NOT_IDENTICAL:page 1: font F\\d+ draws another character for code \\d+"));
        // a font whose widths changed: the text would move
        assertTrue(safetyNetOn(source, pdf -> {
            PdfDictionary fonts = pdf.getPage(1).getResources().getResource(PdfName.Font);
            for (PdfName name : fonts.keySet()) {
                com.itextpdf.kernel.pdf.PdfArray widths = fonts.getAsDictionary(name).getAsArray(PdfName.Widths);
                for (int i = 0; i < widths.size(); i++) {
                    widths.set(i, new com.itextpdf.kernel.pdf.PdfNumber(widths.getAsNumber(i).intValue() + 50));
                }
            }
        }).matches("NOT_IDENTICAL:page 1: font F\\d+ draws code \\d+ with another width"));
        // content changed
        assertEquals("NOT_IDENTICAL:page 1: content", safetyNetOn(source,
                pdf -> pdf.getPage(1).getFirstContentStream().setData("BT ET".getBytes())));
        // another page size
        assertEquals("NOT_IDENTICAL:page 1: page size", safetyNetOn(source,
                pdf -> pdf.getPage(1).setMediaBox(new com.itextpdf.kernel.geom.Rectangle(300, 300))));
    }

    @Test
    void symbolAndZapfDingbatsAreEmbeddedWithTheirOwnEncodingAndDrawTheSameGlyphs() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PdfDocument pdf = new PdfDocument(new PdfWriter(out))) {
            PdfCanvas canvas = new PdfCanvas(pdf.addNewPage());
            PdfFont helvetica = PdfFontFactory.createFont(StandardFonts.HELVETICA, "WinAnsi");
            PdfFont symbol = PdfFontFactory.createFont(StandardFonts.SYMBOL);
            PdfFont dingbats = PdfFontFactory.createFont(StandardFonts.ZAPFDINGBATS);
            canvas.beginText().setFontAndSize(helvetica, 12).moveText(50, 780).showText("Matricule : A001 — Élodie Dupré").endText();
            // alpha beta gamma, bullet, less or equal (Symbol's own codes); check mark, black circle (ZapfDingbats')
            canvas.beginText().setFontAndSize(symbol, 24).moveText(50, 740).showText("abg \u00b7 \u00a3").endText();
            canvas.beginText().setFontAndSize(dingbats, 24).moveText(50, 700).showText("4 l n").endText();
        }
        byte[] source = out.toByteArray();
        ImportedPdfA.Result result;
        try (PdfDocument doc = open(source)) {
            result = ImportedPdfA.pages(doc, 1, 1, "Bulletin de paie");
        }
        assertTrue(result.pdfA(), result.keptOriginalBecause());
        assertEquals("", VeraPdf.failures(result.pdf()));
        try (PdfDocument original = open(source); PdfDocument converted = open(result.pdf())) {
            assertArrayEquals(original.getPage(1).getContentBytes(), converted.getPage(1).getContentBytes());
            PdfDictionary fonts = converted.getPage(1).getResources().getResource(PdfName.Font);
            java.util.Set<String> embedded = new java.util.TreeSet<>();
            for (PdfName name : fonts.keySet()) {
                PdfDictionary font = fonts.getAsDictionary(name);
                embedded.add(font.getAsName(PdfName.BaseFont).getValue().replaceFirst("^[A-Z]{6}\\+", ""));
                assertTrue(PageText.embedded(font), "embedded: " + font);
            }
            assertEquals(java.util.Set.of("D050000L", "LiberationSans", "StandardSymbolsPS"), embedded);
        }
        // what poppler draws and reads: the unembedded source through the system's metric-compatible fonts,
        // the PDF/A through the fonts it embeds
        assertEquals(OtherTools.text(source, 1), OtherTools.text(result.pdf(), 1));
        assertTrue(OtherTools.text(result.pdf(), 1).contains("\u03b1\u03b2\u03b3 \u2022 \u2264"),
                OtherTools.text(result.pdf(), 1));
        java.awt.image.BufferedImage before = OtherTools.render(source, 1, 72);
        java.awt.image.BufferedImage after = OtherTools.render(result.pdf(), 1, 72);
        assertTrue(OtherTools.inkedPixels(before) > 0.002);
        assertTrue(OtherTools.differingPixels(before, after) < 0.001, OtherTools.differingPixels(before, after) + "");
        // the safety net on the symbolic substitutes: an encoding of its own, a ToUnicode lost, widths changed
        java.util.function.Function<java.util.function.Consumer<PdfDictionary>, java.util.function.Consumer<PdfDocument>>
                onSymbolic = change -> pdf -> {
                    PdfDictionary fonts = pdf.getPage(1).getResources().getResource(PdfName.Font);
                    for (PdfName name : fonts.keySet()) {
                        PdfDictionary font = fonts.getAsDictionary(name);
                        if (PdfName.Type1.equals(font.getAsName(PdfName.Subtype))) {
                            change.accept(font);
                        }
                    }
                };
        assertTrue(safetyNetOn(source, onSymbolic.apply(font -> font.put(PdfName.Encoding, PdfName.WinAnsiEncoding)))
                .matches("NOT_IDENTICAL:page 1: font F\\d+ without its built-in encoding"));
        assertTrue(safetyNetOn(source, onSymbolic.apply(font -> font.remove(PdfName.ToUnicode)))
                .matches("NOT_IDENTICAL:page 1: font F\\d+ draws another character for code \\d+"));
        assertTrue(safetyNetOn(source, onSymbolic.apply(font -> {
            com.itextpdf.kernel.pdf.PdfArray widths = font.getAsArray(PdfName.Widths);
            for (int i = 0; i < widths.size(); i++) {
                widths.set(i, new com.itextpdf.kernel.pdf.PdfNumber(widths.getAsNumber(i).intValue() / 2));
            }
        })).matches("NOT_IDENTICAL:page 1: font F\\d+ draws code \\d+ with another width"));
    }

    @Test
    void theZapfDingbatsCharactersAreAdobesAsPdfBoxReadsThem() throws Exception {
        org.apache.pdfbox.pdmodel.font.encoding.GlyphList adobe =
                org.apache.pdfbox.pdmodel.font.encoding.GlyphList.getZapfDingbats();
        java.util.Map<Integer, Integer> ours = StandardFontSubstitutes.unicodes("ZapfDingbats");
        int checked = 0;
        try (java.io.InputStream afm = getClass().getResourceAsStream("/org/hrdemat/document/fonts/D050000L.afm")) {
            for (String line : new String(afm.readAllBytes(), java.nio.charset.StandardCharsets.US_ASCII).split("\n")) {
                String[] fields = line.split(" ; ");
                if (!line.startsWith("C ") || line.startsWith("C -1")) {
                    continue;
                }
                int code = Integer.parseInt(fields[0].substring(2).trim());
                String name = fields[2].substring(2).trim();
                assertEquals(adobe.toUnicode(name).codePointAt(0), ours.get(code), name);
                checked++;
            }
        }
        assertEquals(202, checked);
        assertEquals(checked, ours.size());
    }

    @Test
    void aSymbolCodeAdobesFontDoesNotDrawKeepsTheOriginal() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PdfDocument pdf = new PdfDocument(new PdfWriter(out))) {
            com.itextpdf.kernel.pdf.PdfPage page = pdf.addNewPage();
            PdfName name = page.getResources().addFont(pdf, PdfFontFactory.createFont(StandardFonts.SYMBOL));
            // code 128: no glyph in Adobe's Symbol, an apple in URW's
            page.getFirstContentStream().setData(("BT /" + name.getValue() + " 12 Tf 50 700 Td (a\200) Tj ET")
                    .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        }
        try (PdfDocument doc = open(out.toByteArray())) {
            ImportedPdfA.Result result = ImportedPdfA.pages(doc, 1, 1, "Bulletin de paie");
            assertFalse(result.pdfA());
            assertEquals("CHARACTER_OUTSIDE_FONT:Symbol 128", result.keptOriginalBecause());
        }
    }
}
