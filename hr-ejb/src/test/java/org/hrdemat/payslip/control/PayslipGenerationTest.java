package org.hrdemat.payslip.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.pdf.PdfDictionary;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class PayslipGenerationTest {

    static byte[] xlsx(Object[]... rows) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("Lignes");
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    if (rows[r][c] instanceof Number n) {
                        row.createCell(c).setCellValue(n.doubleValue());
                    } else if (rows[r][c] instanceof String f && f.startsWith("=")) {
                        row.createCell(c).setCellFormula(f.substring(1)); // stored without a computed value
                    } else if (rows[r][c] != null) {
                        row.createCell(c).setCellValue(rows[r][c].toString());
                    }
                }
            }
            wb.write(out);
            return out.toByteArray();
        }
    }

    static final Object[] HEADER = {"Matricule", "Code", "Libellé", "Base", "Taux", "Gain", "Retenue", "Patronal"};

    @Test
    void linesAreGroupedByAgentWithTheirTotals() throws IOException {
        byte[] file = xlsx(HEADER,
                new Object[]{"A001", "TRAIT", "Traitement brut", null, null, 2150.00, null, null},
                new Object[]{"A001", "NBI", "NBI", null, null, "98,50", null, null},
                new Object[]{"A001", "CNRACL", "Retraite", 2248.50, 11.10, null, 249.58, 688.04},
                new Object[]{"A001", "NET_IMPOSABLE", "Net imposable", null, null, 1883.00, null, null},
                new Object[]{"A002", "TRAIT", "Traitement brut", null, null, 1720.00, null, null});
        PayrollLinesReader.Result r = new PayrollLinesReader().read(new ByteArrayInputStream(file));
        assertTrue(r.problems().isEmpty(), r.problems().toString());
        assertEquals(List.of("A001", "A002"), r.payslips().stream().map(PayslipData::matricule).toList());
        PayslipData a = r.payslips().get(0);
        assertEquals(new BigDecimal("2248.50"), a.gross());
        assertEquals(new BigDecimal("249.58"), a.deductions());
        assertEquals(new BigDecimal("1998.92"), a.net());
        assertEquals(new BigDecimal("1883.00"), a.taxable());
        assertEquals(new BigDecimal("1720.00"), r.payslips().get(1).taxable());
    }

    @Test
    void cellsReadTheSameWhateverTheWriterStoredThem() throws IOException {
        // inline strings (as streaming writers store them), a display format, a number with binary noise,
        // columns in another order with a gap, a blank row
        try (org.apache.poi.xssf.streaming.SXSSFWorkbook wb = new org.apache.poi.xssf.streaming.SXSSFWorkbook(10)) {
            assertReadAlike(wb);
        }
        // shared strings, and a formula stored with its computed result
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            assertReadAlike(wb);
        }
    }

    private static void assertReadAlike(org.apache.poi.ss.usermodel.Workbook wb) throws IOException {
        Sheet sheet = wb.createSheet("Paie");
        Row h = sheet.createRow(0);
        String[] header = {"Code", "Matricule", null, "Libellé", "Gain", "Retenue"};
        for (int c = 0; c < header.length; c++) {
            if (header[c] != null) {
                h.createCell(c).setCellValue(header[c]);
            }
        }
        org.apache.poi.ss.usermodel.CellStyle euros = wb.createCellStyle();
        euros.setDataFormat(wb.createDataFormat().getFormat("# ##0,00 €"));
        Row r1 = sheet.createRow(2);
        r1.createCell(0).setCellValue("TRAIT");
        r1.createCell(1).setCellValue("b7");
        r1.createCell(3).setCellValue("Traitement brut");
        r1.createCell(4).setCellValue(1.1000000000000001 + 2149);
        r1.getCell(4).setCellStyle(euros);
        Row r2 = sheet.createRow(3);
        r2.createCell(0).setCellValue("CSG");
        r2.createCell(1).setCellValue("B7");
        r2.createCell(3).setCellValue("CSG déductible");
        if (wb instanceof XSSFWorkbook) {
            r2.createCell(5).setCellFormula("ROUND(E3*0.1,2)");
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
        } else {
            r2.createCell(5).setCellValue(215.01);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        wb.write(out);
        PayrollLinesReader.Result r = new PayrollLinesReader().read(new ByteArrayInputStream(out.toByteArray()));
        assertTrue(r.problems().isEmpty(), r.problems().toString());
        PayslipData b7 = r.payslips().get(0);
        assertEquals("B7", b7.matricule());
        assertEquals(new BigDecimal("2150.10"), b7.lines().get(0).gain());
        assertEquals(new BigDecimal("215.01"), b7.lines().get(1).deduction());
        assertEquals("CSG déductible", b7.lines().get(1).label());
    }

    @Test
    void wrongCellsAreNamedAndNothingIsRead() throws IOException {
        byte[] file = xlsx(HEADER,
                new Object[]{"A001", "TRAIT", "Traitement brut", null, null, "deux mille", null, null},
                new Object[]{"a 01", "TRAIT", "x", null, null, 1, null, null});
        PayrollLinesReader.Result r = new PayrollLinesReader().read(new ByteArrayInputStream(file));
        assertEquals(List.of("F2", "A3"), r.problems().stream().map(PayrollLinesReader.Problem::cell).toList());
        assertTrue(r.payslips().isEmpty());
    }

    @Test
    void generatedPayslipIsPdfAWithEmbeddedFontsAndTheTemplatesTexts() throws Exception {
        PayslipData d = new PayslipData("A001", List.of(
                new PayslipData.Line("TRAIT", "Traitement indiciaire brut", null, null, new BigDecimal("2150.00"), null, null),
                new PayslipData.Line("CNRACL", "Retraite CNRACL", new BigDecimal("2150.00"), new BigDecimal("11.10"), null,
                        new BigDecimal("238.65"), new BigDecimal("657.90"))), null, null, null);
        byte[] pdf = new PayslipGenerator(PayslipGenerator.template(null)).generate(new PayslipGenerator.Header(
                "Commune de Démoville", "21670000000018", "Jean Dupont", "A001", "Titulaire", "Services techniques",
                "2027-01"), d);
        try (PdfDocument doc = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)))) {
            // French number format groups thousands with a narrow no-break space
            String text = PdfTextExtractor.getTextFromPage(doc.getPage(1)).replace('\u202f', ' ').replace('\u00a0', ' ');
            assertTrue(text.contains("Bulletin de paie — Période 2027-01"), text);
            assertTrue(text.contains("Matricule : A001"), text);
            assertTrue(text.contains("Net à payer 1 911,35 €"), text);
            assertTrue(text.contains("conservez ce bulletin"), text);
            String xmp = new String(doc.getXmpMetadataBytes(), StandardCharsets.UTF_8);
            assertTrue(xmp.contains("pdfaid:part"), xmp);
            PdfDictionary fonts = doc.getPage(1).getResources().getResource(PdfName.Font);
            for (PdfName name : fonts.keySet()) {
                PdfDictionary font = fonts.getAsDictionary(name);
                PdfDictionary descendant = font.getAsArray(PdfName.DescendantFonts) == null ? font
                        : font.getAsArray(PdfName.DescendantFonts).getAsDictionary(0);
                assertTrue(descendant.getAsDictionary(PdfName.FontDescriptor).containsKey(PdfName.FontFile2),
                        "font " + name + " is embedded");
            }
        }
        assertEquals("", org.hrdemat.document.control.VeraPdf.failures(pdf), "veraPDF: PDF/A-3b");
        var ca = org.hrdemat.document.control.Pki.newAuthority("CN=Test CA, C=FR", 1);
        byte[] sealed = org.hrdemat.document.control.PdfSealer.sign(pdf,
                org.hrdemat.document.control.Pki.issue(ca, "CN=Cachet, C=FR", 1), "cachet", "Bulletin", "Test", null);
        assertEquals("", org.hrdemat.document.control.VeraPdf.failures(sealed), "veraPDF: still PDF/A-3b once sealed");
    }

    /** The BaseFont names of the fonts of the PDF's first page, sorted. */
    private static List<String> baseFonts(byte[] pdf) throws IOException {
        try (PdfDocument doc = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)))) {
            PdfDictionary fonts = doc.getPage(1).getResources().getResource(PdfName.Font);
            return fonts.keySet().stream().map(n -> fonts.getAsDictionary(n).getAsName(PdfName.BaseFont).getValue())
                    .sorted().toList();
        }
    }

    @Test
    void payslipsOfCommonCharactersShareFontsMadeOnceAndOthersGetTheirOwn() throws Exception {
        PayslipGenerator generator = new PayslipGenerator(PayslipGenerator.template(null));
        PayslipData d = new PayslipData("A001", List.of(new PayslipData.Line("TRAIT", "Traitement indiciaire brut",
                null, null, new BigDecimal("2150.00"), null, null)), null, null, null);
        byte[] first = generator.generate(new PayslipGenerator.Header("Commune de Démoville", "21670000000018",
                "Jean Dupont", "A001", "Titulaire", "Services techniques", "2027-01"), d);
        byte[] second = generator.generate(new PayslipGenerator.Header("Commune de Démoville", "21670000000018",
                "Élise Lefèvre", "A002", "Titulaire", "Services techniques", "2027-01"), d);
        // a name with a letter outside the common set: its document's fonts are cut for it
        byte[] other = generator.generate(new PayslipGenerator.Header("Commune de Démoville", "21670000000018",
                "Łukasz Nowak", "A003", "Contractuel", "Services techniques", "2027-01"), d);
        // the same fonts made once (their subset name is drawn at random when iText makes a font)
        assertEquals(baseFonts(first), baseFonts(second));
        assertTrue(java.util.Collections.disjoint(baseFonts(first), baseFonts(other)), baseFonts(other).toString());
        for (byte[] pdf : List.of(first, second, other)) {
            assertEquals("", org.hrdemat.document.control.VeraPdf.failures(pdf), "veraPDF: PDF/A-3b");
        }
        try (PdfDocument doc = new PdfDocument(new PdfReader(new ByteArrayInputStream(second)))) {
            assertTrue(PdfTextExtractor.getTextFromPage(doc.getPage(1)).contains("Élise Lefèvre"));
        }
        try (PdfDocument doc = new PdfDocument(new PdfReader(new ByteArrayInputStream(other)))) {
            assertTrue(PdfTextExtractor.getTextFromPage(doc.getPage(1)).contains("Łukasz Nowak"));
        }
    }

    @Test
    void amountsAreBoundedInCentsAndFormulasNeedTheirComputedValue() throws IOException {
        byte[] file = xlsx(HEADER,
                new Object[]{"A001", "TRAIT", "Traitement brut", null, null, 1e308, null, null},
                new Object[]{"A001", "NBI", "NBI", null, null, -9.2e18, null, null},
                new Object[]{"A001", "IR", "Indemnité", null, null, "12,345", null, null},
                new Object[]{"A001", "PRIME", "Prime", null, null, "=1/0", null, null},
                new Object[]{"A002", "TRAIT", "Traitement brut", null, null, 1720.00, null, null});
        PayrollLinesReader.Result r = new PayrollLinesReader().read(new ByteArrayInputStream(file));
        assertEquals(List.of("F2 payroll.line.range", "F3 payroll.line.range", "F4 payroll.line.decimals",
                "F5 payroll.line.formula"), r.problems().stream().map(p -> p.cell() + " " + p.messageKey()).toList());
    }
}
