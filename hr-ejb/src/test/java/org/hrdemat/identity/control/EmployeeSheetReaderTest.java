package org.hrdemat.identity.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hrdemat.identity.entity.EmployeeStatus;
import org.junit.jupiter.api.Test;

class EmployeeSheetReaderTest {

    static byte[] xlsx(List<String[]> rows) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("Agents");
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).length; c++) {
                    row.createCell(c).setCellValue(rows.get(r)[c]);
                }
            }
            wb.write(out);
            return out.toByteArray();
        }
    }

    static final String[] HEADER = {"Matricule", "Nom", "Prénom", "Date de naissance", "Email", "Statut",
        "Date d'entrée", "Service", "Jours travaillés", "Quotité"};

    @Test
    void goodFileGivesOneRowPerAgent() throws IOException {
        byte[] file = xlsx(List.of(HEADER,
                new String[]{"b101", "Petit", "Anne", "12/04/1990", "anne.petit@example.org", "titulaire", "01/09/2015",
                    "Services techniques", "lun,mar,jeu,ven", "80"},
                new String[]{"B102", "Roux", "Marc", "1979-01-31", "", "Contractuel", "2020-02-01", "", "", ""}));
        EmployeeSheetReader.Result r = new EmployeeSheetReader().read(new ByteArrayInputStream(file));
        assertTrue(r.valid(), () -> r.problems().toString());
        assertEquals(2, r.rows().size());
        EmployeeRow anne = r.rows().get(0);
        assertEquals("B101", anne.matricule());
        assertEquals(LocalDate.of(1990, 4, 12), anne.birthDate());
        assertEquals(EmployeeStatus.TITULAIRE, anne.status());
        assertEquals(80, anne.quotite());
        assertFalse(anne.workDays().contains(DayOfWeek.WEDNESDAY));
        assertEquals(2, anne.row());
        assertEquals(5, r.rows().get(1).workDays().size());
        assertEquals(100, r.rows().get(1).quotite());
    }

    @Test
    void eachWrongCellIsNamed() throws IOException {
        byte[] file = xlsx(List.of(HEADER,
                new String[]{"B101", "Petit", "Anne", "31/02/1990", "not-an-email", "titulaire", "", "", "", ""},
                new String[]{"B102", "", "Marc", "", "", "chef", "", "", "lun,funday", "150"}));
        EmployeeSheetReader.Result r = new EmployeeSheetReader().read(new ByteArrayInputStream(file));
        assertFalse(r.valid());
        List<String> cells = r.problems().stream().map(ImportProblem::cell).toList();
        assertEquals(List.of("D2", "E2", "B3", "F3", "I3", "J3"), cells);
        assertEquals("invalid.birthDate", r.problems().get(0).messageKey());
        assertTrue(r.rows().isEmpty());
    }

    @Test
    void duplicateMatriculeInTheFileIsRefused() throws IOException {
        byte[] file = xlsx(List.of(HEADER,
                new String[]{"B101", "Petit", "Anne", "", "", "titulaire", "", "", "", ""},
                new String[]{"b101", "Petit", "Anne", "", "", "titulaire", "", "", "", ""}));
        EmployeeSheetReader.Result r = new EmployeeSheetReader().read(new ByteArrayInputStream(file));
        assertEquals("import.duplicateInFile", r.problems().get(0).messageKey());
        assertEquals("A3", r.problems().get(0).cell());
    }

    @Test
    void missingRequiredColumnIsReported() throws IOException {
        byte[] file = xlsx(List.of(new String[]{"Matricule", "Nom"}, new String[]{"B101", "Petit"}));
        EmployeeSheetReader.Result r = new EmployeeSheetReader().read(new ByteArrayInputStream(file));
        assertFalse(r.valid());
        assertEquals("import.missingColumn", r.problems().get(0).messageKey());
    }

    @Test
    void aFileThatIsNotAWorkbookIsUnreadable() {
        byte[] notXlsx = "MZ\u0090 this is an exe renamed".getBytes(StandardCharsets.ISO_8859_1);
        EmployeeSheetReader.Result r = new EmployeeSheetReader().read(new ByteArrayInputStream(notXlsx));
        assertEquals("import.unreadable", r.problems().get(0).messageKey());
    }

    @Test
    void anEscapedControlCharacterIsRefusedNotStrippedAndDatesArePlausible() throws IOException {
        // OOXML's escape _x0000_ is read back as NUL: stripped, "ZMAL_x0000_" would update the agent ZMAL
        byte[] file = xlsx(List.of(HEADER,
                new String[]{"ZMAL_x0000_", "Petit", "Anne", "12/04/1990", "", "titulaire", "", "", "", ""},
                new String[]{"B102", "Roux", "Marc", "0000-01-01", "", "titulaire", "", "", "", ""},
                new String[]{"B103", "Roux", "Léa", "1990-01-01", "", "titulaire", "2200-01-01", "", "", ""},
                new String[]{"B104", "Roux", "Luc", "1990-01-01", "x".repeat(300) + "@example.org", "titulaire", "",
                    "", "", ""}));
        EmployeeSheetReader.Result r = new EmployeeSheetReader().read(new ByteArrayInputStream(file));
        assertFalse(r.valid());
        assertEquals(List.of("A2 invalid.control", "D3 invalid.birthDate", "G4 invalid.hireDate", "E5 invalid.email"),
                r.problems().stream().map(p -> p.cell() + " " + p.messageKey()).toList());
    }
}
