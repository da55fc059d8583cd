package org.hrdemat.leave.control;

import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.Paragraph;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.hrdemat.document.control.PdfA;
import org.hrdemat.leave.entity.HalfDay;
import org.hrdemat.leave.entity.LeaveRequest;
import org.hrdemat.leave.entity.LeaveStatus;

/** The written decision on a leave request (PDF/A), as HR files it in the agent's personnel file. */
public final class LeaveDecisionPdf {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy 'à' HH:mm")
            .withZone(ZoneId.of("Europe/Paris"));

    private LeaveDecisionPdf() {
    }

    public static byte[] write(LeaveRequest r, String title) {
        var e = r.getEmployee();
        return PdfA.create(title, e.getEmployer().getName(), (pdf, regular, bold) -> {
            Document doc = new Document(pdf);
            doc.setFont(regular).setFontSize(11);
            doc.add(new Paragraph(e.getEmployer().getName()).setFont(bold));
            doc.add(new Paragraph(title).setFont(bold).setFontSize(15).setMarginTop(20));
            doc.add(new Paragraph("Agent : " + e.fullName() + " (matricule " + e.getMatricule() + ")"));
            doc.add(new Paragraph("Nature : " + r.getType().getLabel()));
            doc.add(new Paragraph("Période : du " + DAY.format(r.getStartDate()) + half(r.getStartHalf(), true)
                    + " au " + DAY.format(r.getEndDate()) + half(r.getEndHalf(), false)));
            doc.add(new Paragraph("Jours ouvrés décomptés : "
                    + BigDecimal.valueOf(r.getHalfDays()).divide(BigDecimal.valueOf(2)).stripTrailingZeros().toPlainString()));
            doc.add(new Paragraph("Demande déposée le " + WHEN.format(r.getSubmittedAt())));
            doc.add(new Paragraph((r.getStatus() == LeaveStatus.APPROVED ? "Accordée" : "Refusée") + " par "
                    + r.getDecidedBy() + (r.getDecidedFor() == null ? "" : " pour " + r.getDecidedFor())
                    + (r.getDecidedAt() == null ? "" : " le " + WHEN.format(r.getDecidedAt()))).setFont(bold));
            if (r.getDecisionReason() != null) {
                doc.add(new Paragraph("Motif : " + r.getDecisionReason()));
            }
            doc.close();
        });
    }

    private static String half(HalfDay h, boolean start) {
        if (h == null) {
            return "";
        }
        return start ? (h == HalfDay.PM ? " (après-midi)" : "") : (h == HalfDay.AM ? " (matin)" : "");
    }
}
