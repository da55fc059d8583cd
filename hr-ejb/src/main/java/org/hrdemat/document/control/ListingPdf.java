package org.hrdemat.document.control;

import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.properties.UnitValue;
import java.util.List;

/**
 * A listing written as PDF/A on landscape A4: a title, heading lines, then a table (the index of a file copy, an
 * elimination record, the evidence trail of a signature).
 */
public final class ListingPdf {

    private ListingPdf() {
    }

    /** {@code widths} are the columns' relative widths; every row has one cell per column. */
    public static byte[] write(String title, List<String> heading, String[] columns, float[] widths, List<String[]> rows) {
        if (columns.length != widths.length) {
            throw new IllegalArgumentException("one width per column");
        }
        return PdfA.create(title, "HR Demat", (pdf, regular, bold) -> {
            Document doc = new Document(pdf, PageSize.A4.rotate());
            doc.setFont(regular).setFontSize(9);
            doc.add(new Paragraph(title).setFont(bold).setFontSize(14));
            for (String h : heading) {
                doc.add(new Paragraph(h));
            }
            Table table = new Table(UnitValue.createPercentArray(widths)).useAllAvailableWidth();
            for (String c : columns) {
                table.addHeaderCell(cell(c, bold));
            }
            for (String[] row : rows) {
                for (int i = 0; i < columns.length; i++) {
                    table.addCell(cell(i < row.length ? row[i] : "", regular));
                }
            }
            doc.add(table);
            doc.close();
        });
    }

    private static Cell cell(String text, PdfFont font) {
        // a SHA-256 in hex cannot wrap: cut it in two halves so that the table keeps its width
        String t = text == null ? "" : text.replaceAll("([0-9a-f]{32})(?=[0-9a-f]{32})", "$1 ");
        return new Cell().add(new Paragraph(t).setFont(font));
    }
}
