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
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
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

    private final DataFormatter formatter = new DataFormatter(Locale.FRANCE);

    public Result read(InputStream in) {
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(200L * 1024 * 1024);
        List<Problem> problems = new ArrayList<>();
        Map<String, Builder> byMatricule = new LinkedHashMap<>();
        try (Workbook wb = WorkbookFactory.create(in)) {
            Sheet sheet = wb.getSheetAt(0);
            Map<Column, Integer> cols = headers(sheet.getRow(sheet.getFirstRowNum()), problems);
            if (!problems.isEmpty()) {
                return new Result(List.of(), problems);
            }
            for (int r = sheet.getFirstRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null || text(row, cols.get(Column.MATRICULE)).isEmpty() && text(row, cols.get(Column.CODE)).isEmpty()) {
                    continue;
                }
                String matricule = text(row, cols.get(Column.MATRICULE)).toUpperCase(Locale.ROOT);
                if (!matricule.matches("[A-Z0-9]{1,20}")) {
                    problems.add(problem(r, cols.get(Column.MATRICULE), "invalid.matricule", matricule));
                    continue;
                }
                String code = text(row, cols.get(Column.CODE)).toUpperCase(Locale.ROOT);
                String label = text(row, cols.get(Column.LABEL));
                BigDecimal base = number(row, cols.get(Column.BASE), problems);
                BigDecimal rate = number(row, cols.get(Column.RATE), problems);
                BigDecimal gain = number(row, cols.get(Column.GAIN), problems);
                BigDecimal deduction = number(row, cols.get(Column.DEDUCTION), problems);
                BigDecimal employer = number(row, cols.get(Column.EMPLOYER), problems);
                if (code.isEmpty()) {
                    problems.add(problem(r, cols.get(Column.CODE), "payroll.line.code", code));
                    continue;
                }
                Builder b = byMatricule.computeIfAbsent(matricule, Builder::new);
                switch (code) {
                    case "NET_IMPOSABLE" -> b.netTaxable = gain;
                    case "CUMUL_BRUT" -> b.cumulativeGross = gain;
                    case "CUMUL_IMPOSABLE" -> b.cumulativeTaxable = gain;
                    default -> {
                        if (label.isEmpty()) {
                            problems.add(problem(r, cols.get(Column.LABEL), "payroll.line.label", label));
                        }
                        b.lines.add(new PayslipData.Line(code, label, base, rate, gain, deduction, employer));
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            problems.add(new Problem(0, null, "import.unreadable", null));
            return new Result(List.of(), problems);
        }
        List<PayslipData> payslips = new ArrayList<>();
        byMatricule.values().forEach(b -> payslips.add(new PayslipData(b.matricule, List.copyOf(b.lines), b.netTaxable,
                b.cumulativeGross, b.cumulativeTaxable)));
        return new Result(problems.isEmpty() ? payslips : List.of(), problems);
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

    private Map<Column, Integer> headers(Row header, List<Problem> problems) {
        Map<Column, Integer> found = new EnumMap<>(Column.class);
        if (header != null) {
            for (Cell c : header) {
                String name = normalise(formatter.formatCellValue(c));
                for (Column col : Column.values()) {
                    for (String n : col.names) {
                        if (n.equals(name) && !found.containsKey(col)) {
                            found.put(col, c.getColumnIndex());
                        }
                    }
                }
            }
        }
        for (Column col : Column.values()) {
            if (col.required && !found.containsKey(col)) {
                problems.add(new Problem(1, null, "import.missingColumn", col.names[0]));
            }
        }
        return found;
    }

    private String text(Row row, Integer col) {
        if (col == null) {
            return "";
        }
        Cell c = row.getCell(col);
        return c == null ? "" : formatter.formatCellValue(c).trim();
    }

    private BigDecimal number(Row row, Integer col, List<Problem> problems) {
        if (col == null) {
            return null;
        }
        Cell c = row.getCell(col);
        if (c == null || c.getCellType() == CellType.BLANK) {
            return null;
        }
        if (c.getCellType() == CellType.NUMERIC) {
            return BigDecimal.valueOf(c.getNumericCellValue()).setScale(2, java.math.RoundingMode.HALF_UP);
        }
        String v = formatter.formatCellValue(c).trim().replace("\u00a0", "").replace(" ", "").replace(',', '.');
        if (v.isEmpty()) {
            return null;
        }
        try {
            return new BigDecimal(v).setScale(2, java.math.RoundingMode.HALF_UP);
        } catch (NumberFormatException e) {
            problems.add(problem(row.getRowNum(), col, "payroll.line.amount", v));
            return null;
        }
    }

    private static Problem problem(int rowIndex, Integer col, String key, String value) {
        return new Problem(rowIndex + 1, col == null ? null : new CellReference(rowIndex, col).formatAsString(false), key, value);
    }

    static String normalise(String s) {
        return Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFD).replaceAll("\\p{M}", "").trim()
                .replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
