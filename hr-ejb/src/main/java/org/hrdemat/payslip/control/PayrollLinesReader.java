package org.hrdemat.payslip.control;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.apache.poi.ss.util.CellReference;

/**
 * Reads payroll lines from an XLSX (first sheet, header on row 1): one row per agent and pay element, columns
 * Matricule, Code, Libellé, Base, Taux, Gain, Retenue, Patronal. Three codes carry figures instead of elements:
 * NET_IMPOSABLE, CUMUL_BRUT and CUMUL_IMPOSABLE (amount in Gain). Every wrong cell is reported; nothing is
 * generated from a file with errors.
 */
public final class PayrollLinesReader {

    /** Columns and the headers accepted for them. */
    enum Column {
        MATRICULE(true, "matricule"), CODE(true, "code"), LABEL(true, "libelle", "label"), BASE(false, "base"),
        RATE(false, "taux", "rate"), GAIN(false, "gain", "a payer", "montant"), DEDUCTION(false, "retenue", "deduction"),
        EMPLOYER(false, "patronal", "part patronale", "employer");

        final boolean required;
        final String[] names;

        Column(boolean required, String... names) {
            this.required = required;
            this.names = names;
        }
    }

    /** A wrong cell or row. */
    public record Problem(int row, String cell, String messageKey, String value) {
    }

    /** The payslips read, in file order, and the problems. */
    public record Result(List<PayslipData> payslips, List<Problem> problems) {
    }

    /**
     * Reads the first sheet as a stream (POI's SAX reader): memory stays small even for hundreds of thousands of
     * lines, where a whole workbook in memory would need gigabytes.
     */
    public Result read(InputStream in) {
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(200L * 1024 * 1024);
        Lines lines = new Lines();
        try (OPCPackage pkg = OPCPackage.open(in)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            java.util.Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new IOException("no sheet");
            }
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new SheetCells(strings, lines));
                parser.parse(new InputSource(sheet));
            }
        } catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException | RuntimeException e) {
            return new Result(List.of(), List.of(new Problem(0, null, "import.unreadable", null)));
        }
        if (!lines.headerSeen) {
            lines.missingColumns(); // an empty sheet has none of the columns
        }
        List<PayslipData> payslips = new ArrayList<>();
        lines.byMatricule.values().forEach(b -> payslips.add(new PayslipData(b.matricule, List.copyOf(b.lines),
                b.netTaxable, b.cumulativeGross, b.cumulativeTaxable)));
        return new Result(lines.problems.isEmpty() ? payslips : List.of(), lines.problems);
    }

    /** Receives the sheet row by row: the first row with content is the header, the others are payroll lines. */
    private static final class Lines implements XSSFSheetXMLHandler.SheetContentsHandler {
        final List<Problem> problems = new ArrayList<>();
        final Map<String, Builder> byMatricule = new LinkedHashMap<>();
        final Map<Column, Integer> cols = new EnumMap<>(Column.class);
        final Map<Integer, String> row = new java.util.HashMap<>();
        boolean headerSeen;
        boolean headerBroken;
        int rowIndex;
        int nextColumn;

        @Override
        public void startRow(int rowNum) {
            rowIndex = rowNum;
            nextColumn = 0;
            row.clear();
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            int col = reference == null ? nextColumn : SheetCells.checkedColumn(reference);
            nextColumn = col + 1;
            if (value == null) {
                return;
            }
            // a formula is taken for the value the spreadsheet computed; one without it, or whose computation
            // failed (#DIV/0!...), is refused, as is a control character (an escape such as _x0000_ decoded)
            if (value.equals(SheetCells.FORMULA_WITHOUT_VALUE) || value.startsWith("ERROR:")) {
                problems.add(problem(rowIndex, col, "payroll.line.formula", value.replace("\u0000", "")));
                return;
            }
            if (!clean(value)) {
                problems.add(problem(rowIndex, col, "payroll.line.control", value.replaceAll("\\p{Cntrl}", "?")));
                return;
            }
            if (!value.isBlank()) {
                row.put(col, value.strip());
            }
        }

        @Override
        public void endRow(int rowNum) {
            if (row.isEmpty() || headerBroken) {
                return;
            }
            if (!headerSeen) {
                headerSeen = true;
                row.forEach((col, name) -> {
                    for (Column c : Column.values()) {
                        for (String n : c.names) {
                            if (n.equals(normalise(name)) && !cols.containsKey(c)) {
                                cols.put(c, col);
                            }
                        }
                    }
                });
                headerBroken = missingColumns();
                return;
            }
            line();
        }

        boolean missingColumns() {
            boolean missing = false;
            for (Column col : Column.values()) {
                if (col.required && !cols.containsKey(col)) {
                    problems.add(new Problem(1, null, "import.missingColumn", col.names[0]));
                    missing = true;
                }
            }
            return missing;
        }

        private void line() {
            String matricule = text(Column.MATRICULE).toUpperCase(Locale.ROOT);
            String code = text(Column.CODE).toUpperCase(Locale.ROOT);
            if (matricule.isEmpty() && code.isEmpty()) {
                return;
            }
            if (!matricule.matches("[A-Z0-9]{1,20}")) {
                problems.add(problem(rowIndex, cols.get(Column.MATRICULE), "invalid.matricule", matricule));
                return;
            }
            String label = text(Column.LABEL);
            BigDecimal base = number(Column.BASE);
            BigDecimal rate = number(Column.RATE);
            BigDecimal gain = number(Column.GAIN);
            BigDecimal deduction = number(Column.DEDUCTION);
            BigDecimal employer = number(Column.EMPLOYER);
            if (code.isEmpty()) {
                problems.add(problem(rowIndex, cols.get(Column.CODE), "payroll.line.code", code));
                return;
            }
            Builder b = byMatricule.computeIfAbsent(matricule, Builder::new);
            switch (code) {
                case "NET_IMPOSABLE" -> b.netTaxable = gain;
                case "CUMUL_BRUT" -> b.cumulativeGross = gain;
                case "CUMUL_IMPOSABLE" -> b.cumulativeTaxable = gain;
                default -> {
                    if (label.isEmpty()) {
                        problems.add(problem(rowIndex, cols.get(Column.LABEL), "payroll.line.label", label));
                    }
                    b.lines.add(new PayslipData.Line(code, label, base, rate, gain, deduction, employer));
                }
            }
        }

        private String text(Column c) {
            Integer col = cols.get(c);
            return col == null ? "" : row.getOrDefault(col, "");
        }

        private BigDecimal number(Column c) {
            Integer col = cols.get(c);
            String v = text(c).replace("\u00a0", "").replace("\u202f", "").replace(" ", "").replace(',', '.');
            if (v.isEmpty()) {
                return null;
            }
            BigDecimal read;
            try {
                read = new BigDecimal(v);
            } catch (NumberFormatException e) {
                problems.add(problem(rowIndex, col, "payroll.line.amount", text(c)));
                return null;
            }
            // amounts within ±MAX_AMOUNT, in cents (a computed 1234.5600000000001 is the 1234.56 it means)
            if (read.abs().compareTo(MAX_AMOUNT) > 0) {
                problems.add(problem(rowIndex, col, "payroll.line.range", text(c)));
                return null;
            }
            BigDecimal cents = read.setScale(2, java.math.RoundingMode.HALF_UP);
            if (c != Column.RATE && read.subtract(cents).abs().compareTo(new BigDecimal("0.000001")) > 0) {
                problems.add(problem(rowIndex, col, "payroll.line.decimals", text(c)));
                return null;
            }
            return cents;
        }
    }

    /** The largest amount of a payroll line, in euros (either sign): ten million. */
    public static final BigDecimal MAX_AMOUNT = new BigDecimal("10000000");

    /** Whether a cell's text has no control character but tab and line breaks. */
    public static boolean cleanText(String text) {
        return clean(text);
    }

    static boolean clean(String text) {
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch < 0x20 && ch != '\t' && ch != '\n' && ch != '\r' || ch >= 0x7f && ch < 0xa0) {
                return false;
            }
        }
        return true;
    }

    private static Problem problem(int rowIndex, Integer col, String key, String value) {
        return new Problem(rowIndex + 1, col == null ? null : new CellReference(rowIndex, col).formatAsString(false), key, value);
    }

    private static final class Builder {
        final String matricule;
        final List<PayslipData.Line> lines = new ArrayList<>();
        BigDecimal netTaxable;
        BigDecimal cumulativeGross;
        BigDecimal cumulativeTaxable;

        Builder(String matricule) {
            this.matricule = matricule;
        }
    }

    static String normalise(String s) {
        return Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFD).replaceAll("\\p{M}", "").trim()
                .replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
