package org.hrdemat.identity.control;

import java.io.IOException;
import java.io.InputStream;
import java.text.Normalizer;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;
import org.hrdemat.identity.entity.Employee;
import org.hrdemat.identity.entity.EmployeeStatus;
import org.hrdemat.identity.entity.WorkPattern;

/**
 * Reads the agents sheet of an XLSX file (first sheet, header on row 1) and reports every wrong cell.
 * Columns are found by their header (French or English): Matricule, Nom, Prénom, Date de naissance, Email,
 * Statut, Date d'entrée, Service, Jours travaillés, Quotité.
 */
public final class EmployeeSheetReader {

    /** The columns, each with the header names accepted for it. */
    public enum Column {
        MATRICULE(true, "matricule"),
        LAST_NAME(true, "nom", "last name", "lastname"),
        FIRST_NAME(true, "prenom", "first name", "firstname"),
        BIRTH_DATE(false, "date de naissance", "birth date", "birthdate"),
        EMAIL(false, "email", "e-mail", "courriel"),
        STATUS(true, "statut", "status"),
        HIRE_DATE(false, "date d'entree", "date entree", "hire date", "hiredate"),
        ORG_UNIT(false, "service", "unite", "org unit"),
        WORK_DAYS(false, "jours travailles", "work days", "workdays"),
        QUOTITE(false, "quotite", "working time");

        final boolean required;
        final String[] headers;

        Column(boolean required, String... headers) {
            this.required = required;
            this.headers = headers;
        }
    }

    /** What was read: valid rows, and the problems found (the import applies nothing when there is one). */
    public record Result(List<EmployeeRow> rows, List<ImportProblem> problems) {
        public boolean valid() {
            return problems.isEmpty();
        }
    }

    public static final int MAX_ROWS = 20_000;
    private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(java.time.format.ResolverStyle.STRICT);
    private final DataFormatter formatter = new DataFormatter(Locale.FRANCE);

    public Result read(InputStream in) {
        // guard against zip bombs: refuse extreme compression ratios and huge entries
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(100L * 1024 * 1024);
        List<ImportProblem> problems = new ArrayList<>();
        List<EmployeeRow> rows = new ArrayList<>();
        try (Workbook wb = WorkbookFactory.create(in)) {
            if (wb.getNumberOfSheets() == 0) {
                problems.add(new ImportProblem(0, null, "import.emptyFile", null));
                return new Result(rows, problems);
            }
            Sheet sheet = wb.getSheetAt(0);
            Map<Column, Integer> columns = headers(sheet.getRow(sheet.getFirstRowNum()), problems);
            if (!problems.isEmpty()) {
                return new Result(rows, problems);
            }
            Set<String> seen = new HashSet<>();
            int headerRow = sheet.getFirstRowNum();
            if (sheet.getLastRowNum() - headerRow > MAX_ROWS) {
                problems.add(new ImportProblem(0, null, "import.tooManyRows", String.valueOf(MAX_ROWS)));
                return new Result(rows, problems);
            }
            for (int r = headerRow + 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null || isBlank(row, columns)) {
                    continue;
                }
                EmployeeRow parsed = readRow(row, columns, problems);
                if (parsed != null && !seen.add(parsed.matricule())) {
                    problems.add(new ImportProblem(r + 1, ref(r, columns.get(Column.MATRICULE)),
                            "import.duplicateInFile", parsed.matricule()));
                } else if (parsed != null) {
                    rows.add(parsed);
                }
            }
            if (rows.isEmpty() && problems.isEmpty()) {
                problems.add(new ImportProblem(0, null, "import.noRows", null));
            }
        } catch (IOException | RuntimeException e) {
            // not a readable XLSX (wrong type, corrupt, zip bomb): nothing from it is used
            problems.add(new ImportProblem(0, null, "import.unreadable", null));
        }
        return new Result(rows, problems);
    }

    private Map<Column, Integer> headers(Row header, List<ImportProblem> problems) {
        Map<Column, Integer> found = new EnumMap<>(Column.class);
        Map<String, Integer> byName = new HashMap<>();
        if (header != null) {
            for (Cell c : header) {
                byName.put(normalise(formatter.formatCellValue(c)), c.getColumnIndex());
            }
        }
        for (Column col : Column.values()) {
            for (String h : col.headers) {
                if (byName.containsKey(h)) {
                    found.put(col, byName.get(h));
                    break;
                }
            }
            if (col.required && !found.containsKey(col)) {
                problems.add(new ImportProblem(1, null, "import.missingColumn", col.headers[0]));
            }
        }
        return found;
    }

    private EmployeeRow readRow(Row row, Map<Column, Integer> cols, List<ImportProblem> problems) {
        int before = problems.size();
        int r = row.getRowNum();
        // a control character (an escape such as _x0000_ decoded by the reader) is refused, never stripped:
        // "ZMAL_x0000_" must not become the matricule of another agent, ZMAL
        for (Integer col : cols.values()) {
            String raw = raw(row, col);
            if (!org.hrdemat.payslip.control.PayrollLinesReader.cleanText(raw)) {
                problems.add(problem(r, col, "invalid.control", raw.replaceAll("\\p{Cntrl}", "?")));
            }
        }
        if (problems.size() > before) {
            return null;
        }
        String matricule = text(row, cols.get(Column.MATRICULE));
        try {
            matricule = Employee.normaliseMatricule(matricule);
        } catch (IllegalArgumentException e) {
            problems.add(problem(r, cols.get(Column.MATRICULE), "invalid.matricule", matricule));
        }
        String lastName = required(row, cols.get(Column.LAST_NAME), "invalid.lastName", problems);
        String firstName = required(row, cols.get(Column.FIRST_NAME), "invalid.firstName", problems);
        LocalDate birth = date(row, cols.get(Column.BIRTH_DATE), "invalid.birthDate", problems);
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Paris"));
        if (birth != null && (birth.isBefore(EARLIEST_BIRTH) || birth.isAfter(today.minusYears(14)))) {
            problems.add(problem(r, cols.get(Column.BIRTH_DATE), "invalid.birthDate", birth.toString()));
        }
        String email = text(row, cols.get(Column.EMAIL));
        if (!email.isEmpty() && (email.length() > 200 || !email.matches("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"))) {
            problems.add(problem(r, cols.get(Column.EMAIL), "invalid.email", email));
        }
        EmployeeStatus status = null;
        String statusText = text(row, cols.get(Column.STATUS));
        try {
            status = EmployeeStatus.valueOf(normalise(statusText).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(problem(r, cols.get(Column.STATUS), "invalid.status", statusText));
        }
        LocalDate hire = date(row, cols.get(Column.HIRE_DATE), "invalid.hireDate", problems);
        if (hire != null && (hire.isBefore(EARLIEST_HIRE) || hire.isAfter(today.plusYears(1)))) {
            problems.add(problem(r, cols.get(Column.HIRE_DATE), "invalid.hireDate", hire.toString()));
        }
        if (birth != null && hire != null && !hire.isAfter(birth.plusYears(14))) {
            problems.add(problem(r, cols.get(Column.HIRE_DATE), "invalid.hireDate", hire.toString()));
        }
        String unit = text(row, cols.get(Column.ORG_UNIT));
        Set<DayOfWeek> days = WorkPattern.fullTime().days();
        String daysText = text(row, cols.get(Column.WORK_DAYS));
        if (!daysText.isEmpty()) {
            try {
                days = WorkPattern.parseDays(daysText);
            } catch (IllegalArgumentException e) {
                problems.add(problem(r, cols.get(Column.WORK_DAYS), "invalid.workDays", daysText));
            }
        }
        int quotite = 100;
        String quotiteText = text(row, cols.get(Column.QUOTITE)).replace("%", "").replace(',', '.').trim();
        if (!quotiteText.isEmpty()) {
            try {
                double q = Double.parseDouble(quotiteText);
                quotite = (int) Math.round(q <= 1.0 ? q * 100 : q);
                if (quotite < 10 || quotite > 100) {
                    throw new NumberFormatException();
                }
            } catch (NumberFormatException e) {
                problems.add(problem(r, cols.get(Column.QUOTITE), "invalid.quotite", quotiteText));
            }
        }
        if (problems.size() > before) {
            return null;
        }
        return new EmployeeRow(r + 1, matricule, lastName, firstName, birth, email.isEmpty() ? null : email, status,
                hire, unit.isEmpty() ? null : unit, days, quotite);
    }

    private String required(Row row, Integer col, String key, List<ImportProblem> problems) {
        String v = text(row, col);
        if (v.isEmpty() || v.length() > 100) {
            problems.add(problem(row.getRowNum(), col, key, v));
        }
        return v;
    }

    private LocalDate date(Row row, Integer col, String key, List<ImportProblem> problems) {
        if (col == null) {
            return null;
        }
        Cell c = row.getCell(col);
        if (c == null || c.getCellType() == CellType.BLANK) {
            return null;
        }
        if (c.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(c)) {
            return c.getDateCellValue().toInstant().atZone(ZoneId.of("Europe/Paris")).toLocalDate();
        }
        String v = formatter.formatCellValue(c).trim();
        if (v.isEmpty()) {
            return null;
        }
        try {
            return v.contains("/") ? LocalDate.parse(v, FRENCH_DATE) : LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            problems.add(problem(row.getRowNum(), col, key, v));
            return null;
        }
    }

    private String text(Row row, Integer col) {
        return raw(row, col).strip();
    }

    /** The cell as the reader gives it (control characters included). */
    private String raw(Row row, Integer col) {
        if (col == null) {
            return "";
        }
        Cell c = row.getCell(col);
        return c == null ? "" : formatter.formatCellValue(c);
    }

    /** Plausible dates: an agent born from 1900 and at least 14 years old; hired from 1950 and within a year. */
    static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);
    static final LocalDate EARLIEST_HIRE = LocalDate.of(1950, 1, 1);

    private boolean isBlank(Row row, Map<Column, Integer> cols) {
        return cols.values().stream().allMatch(col -> text(row, col).isEmpty());
    }

    private static ImportProblem problem(int rowIndex, Integer col, String key, String value) {
        return new ImportProblem(rowIndex + 1, ref(rowIndex, col), key, value);
    }

    private static String ref(int rowIndex, Integer col) {
        return col == null ? null : new CellReference(rowIndex, col).formatAsString(false);
    }

    /** Lower case, no accents, single spaces, typographic apostrophes made plain. */
    static String normalise(String s) {
        String n = Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return n.replace('\u2019', '\'').trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
