package org.hrdemat.personnelfile.control;

import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.properties.UnitValue;
import java.util.List;
import org.hrdemat.document.control.PdfA;

/**
 * Listings written as PDF/A: the index of an agent's file copy (every document with its number, section, date)
 * and the elimination record of a destruction decision.
 */
public final class FileListing {

    /** One line of a listing. */
    public record Line(String number, String section, String type, String title, String date, String status) {
    }

    private FileListing() {
    }

    /** A titled PDF/A listing: heading lines, then a table of the lines (one column per field). */
    public static byte[] write(String title, List<String> heading, List<String> columns, List<Line> lines) {
        return PdfA.create(title, "HR Demat", (pdf, regular, bold) -> {
            Document doc = new Document(pdf, PageSize.A4.rotate());
            doc.setFont(regular).setFontSize(9);
            doc.add(new Paragraph(title).setFont(bold).setFontSize(14));
            for (String h : heading) {
                doc.add(new Paragraph(h));
            }
            Table table = new Table(UnitValue.createPercentArray(new float[]{6, 20, 20, 34, 10, 10}))
                    .useAllAvailableWidth();
            for (String c : columns) {
                table.addHeaderCell(cell(c, bold));
            }
            for (Line l : lines) {
                for (String v : new String[]{l.number(), l.section(), l.type(), l.title(), l.date(), l.status()}) {
                    table.addCell(cell(v, regular));
                }
            }
            doc.add(table);
            doc.close();
        });
    }

    private static Cell cell(String text, PdfFont font) {
        return new Cell().add(new Paragraph(text == null ? "" : text).setFont(font));
    }
}
