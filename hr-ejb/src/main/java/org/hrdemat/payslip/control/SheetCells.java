package org.hrdemat.payslip.control;

import java.math.BigDecimal;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads a worksheet's XML (POI's event model) and hands its cells, row by row, as the text of their value: a
 * shared or inline string as written, a number as its plain decimal value ("2150.5", whatever its display format),
 * the cached result of a formula, TRUE/FALSE. POI's own sheet handler does the same and also formats each value
 * through the cell's style and builds a rich-text object for each inline string, which made reading a payroll
 * export of 300,000 lines take seconds; payroll lines need none of it.
 */
final class SheetCells extends DefaultHandler {

    private final ReadOnlySharedStringsTable strings;
    private final SheetContentsHandler rows;
    private final StringBuilder text = new StringBuilder();
    private int row = -1;
    private String reference;
    private String type;
    private boolean inValue;
    private boolean inPhonetic;
    private boolean inRow;
    private boolean formula;

    /** The value given for a formula that the workbook holds without its computed value. */
    static final String FORMULA_WITHOUT_VALUE = "\u0000formula";

    SheetCells(ReadOnlySharedStringsTable strings, SheetContentsHandler rows) {
        this.strings = strings;
        this.rows = rows;
    }

    /** SpreadsheetML, transitional and strict: other namespaces' elements (extensions) are not cells. */
    private static boolean sheet(String uri) {
        return uri == null || uri.isEmpty() || uri.equals("http://schemas.openxmlformats.org/spreadsheetml/2006/main")
                || uri.equals("http://purl.oclc.org/ooxml/spreadsheetml/main");
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        if (!sheet(uri)) {
            return;
        }
        switch (localName) {
            case "row" -> {
                String r = attributes.getValue("r");
                row = r == null ? row + 1 : Integer.parseInt(r) - 1;
                inRow = true;
                rows.startRow(row);
            }
            case "c" -> {
                reference = attributes.getValue("r");
                type = attributes.getValue("t");
                formula = false;
                text.setLength(0);
            }
            case "v" -> inValue = true;
            case "f" -> formula = true;
            case "t" -> inValue = !inPhonetic && "inlineStr".equals(type);
            case "rPh" -> inPhonetic = true;
            default -> {
                // formulas (their cached value is read), styles, sheet properties: not needed
            }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (inValue) {
            text.append(ch, start, length);
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        if (!sheet(uri)) {
            return;
        }
        switch (localName) {
            case "v", "t" -> inValue = false;
            case "rPh" -> inPhonetic = false;
            case "c" -> {
                if (inRow) {
                    String v = value();
                    rows.cell(reference, v == null && formula ? FORMULA_WITHOUT_VALUE : v, null);
                }
            }
            case "row" -> {
                rows.endRow(row);
                inRow = false;
            }
            default -> {
                // nothing ends here that matters
            }
        }
    }

    /** The cell's value as text, or null when it has none. */
    private String value() {
        String v = text.toString();
        if (v.isEmpty()) {
            return null;
        }
        if (type == null || "n".equals(type)) {
            try {
                return BigDecimal.valueOf(Double.parseDouble(v)).stripTrailingZeros().toPlainString();
            } catch (NumberFormatException e) {
                return v;
            }
        }
        return switch (type) {
            case "s" -> strings.getItemAt(Integer.parseInt(v.trim())).getString();
            case "b" -> "0".equals(v) ? "FALSE" : "TRUE";
            case "e" -> "ERROR:" + v;
            default -> v; // inlineStr, str (a formula's text)
        };
    }

    /** The column index of a reference such as "AB12". */
    static int column(String reference) {
        int col = 0;
        for (int i = 0; i < reference.length(); i++) {
            char c = reference.charAt(i);
            if (c < 'A' || c > 'Z') {
                break;
            }
            col = col * 26 + (c - 'A' + 1);
        }
        return col - 1;
    }

    /** For a reference POI would not read, its own parsing (and its error). */
    static int checkedColumn(String reference) {
        int col = column(reference);
        return col >= 0 ? col : new CellReference(reference).getCol();
    }
}
