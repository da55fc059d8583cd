package org.hrdemat.leave.boundary;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hrdemat.audit.boundary.AuditEntry;
import org.hrdemat.audit.boundary.AuditLog;
import org.hrdemat.identity.boundary.Caller;
import org.hrdemat.identity.boundary.Callers;
import org.hrdemat.shared.InvalidInputException;

/** HR export of the leave of a period to an XLSX workbook (Apache POI): one row per request. */
@Stateless
public class LeaveExport {

    static final String[] HEADER = {"Matricule", "Agent", "Type", "Du", "Début", "Au", "Fin", "Jours ouvrés",
        "État", "Décidé par", "Pour", "Motif", "Commentaire"};

    @EJB
    LeaveRequests requests;

    @EJB
    Callers callers;

    @EJB
    AuditLog audit;

    public byte[] xlsx(Long employerId, LocalDate from, LocalDate to) {
        if (from == null || to == null || to.isBefore(from)) {
            throw new InvalidInputException("leave.period");
        }
        Caller caller = callers.current();
        List<LeaveRequestView> rows = requests.ofEmployer(employerId, null, from, to);
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("Congés");
            CreationHelper helper = wb.getCreationHelper();
            CellStyle dateStyle = wb.createCellStyle();
            dateStyle.setDataFormat(helper.createDataFormat().getFormat("dd/mm/yyyy"));
            CellStyle bold = wb.createCellStyle();
            Font font = wb.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row header = sheet.createRow(0);
            for (int i = 0; i < HEADER.length; i++) {
                Cell c = header.createCell(i);
                c.setCellValue(HEADER[i]);
                c.setCellStyle(bold);
            }
            int r = 1;
            for (LeaveRequestView v : rows) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(v.matricule());
                row.createCell(1).setCellValue(v.employeeName());
                row.createCell(2).setCellValue(v.type());
                Cell start = row.createCell(3);
                start.setCellValue(v.startDate());
                start.setCellStyle(dateStyle);
                row.createCell(4).setCellValue(v.startHalf().name());
                Cell end = row.createCell(5);
                end.setCellValue(v.endDate());
                end.setCellStyle(dateStyle);
                row.createCell(6).setCellValue(v.endHalf().name());
                row.createCell(7).setCellValue(v.workingDays().doubleValue());
                row.createCell(8).setCellValue(v.status().name());
                row.createCell(9).setCellValue(v.decidedBy() == null ? "" : v.decidedBy());
                row.createCell(10).setCellValue(v.decidedFor() == null ? "" : v.decidedFor());
                row.createCell(11).setCellValue(v.decisionReason() == null ? "" : v.decisionReason());
                row.createCell(12).setCellValue(v.comment() == null ? "" : v.comment());
            }
            for (int i = 0; i < HEADER.length; i++) {
                sheet.setColumnWidth(i, 16 * 256);
            }
            sheet.createFreezePane(0, 1);
            wb.write(out);
            audit.record(AuditEntry.success(caller.login(), employerId, "LEAVE_EXPORT", null,
                    from + " → " + to + ", " + rows.size() + " request(s)"));
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
