package org.hrdemat.payslip.control;

import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.hrdemat.document.control.PdfA;

/** Writes a payslip as PDF/A-3b (embedded fonts) from payroll figures and the payslip template's texts. */
public final class PayslipGenerator {

    /** Who the payslip is for and from. */
    public record Header(String employer, String siret, String agent, String matricule, String status, String unit,
                         String period) {
    }

    private final Properties texts;

    public PayslipGenerator(Properties texts) {
        this.texts = texts;
    }

    /** The template from HR_TEMPLATES_DIR/payslip/payslip.properties when present, else the built-in one. */
    public static Properties template(Path templatesDir) {
        Properties p = new Properties();
        try {
            Path custom = templatesDir == null ? null : templatesDir.resolve("payslip/payslip.properties");
            if (custom != null && Files.isRegularFile(custom)) {
                try (Reader r = Files.newBufferedReader(custom, StandardCharsets.UTF_8)) {
                    p.load(r);
                }
            } else {
                try (InputStream in = PayslipGenerator.class.getResourceAsStream("/templates/payslip/payslip.properties")) {
                    p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    // A4 in points, margins, the table's columns (share of the width) and which are right-aligned figures
    private static final float WIDTH = 595.28f;
    private static final float HEIGHT = 841.89f;
    private static final float MARGIN = 36;
    private static final float BOTTOM = 48;
    private static final float[] COLUMNS = {8, 34, 12, 8, 13, 13, 12};
    private static final boolean[] FIGURE = {false, false, true, true, true, true, true};
    private static final String[] HEADERS = {"col.code", "col.label", "col.base", "col.rate", "col.gain",
            "col.deduction", "col.employer"};
    private static final float SIZE = 8.5f;
    private static final float LEADING = 10.5f;
    private static final float PAD = 3;

    /**
     * Draws the payslip directly on the page (no layout engine: it would cost ten times the drawing): heading,
     * employer and agent, the elements in a ruled table that continues on further pages with its header, the
     * totals, the legal mention.
     */
    public byte[] generate(Header h, PayslipData d) {
        NumberFormat money = NumberFormat.getNumberInstance(Locale.FRANCE);
        money.setMinimumFractionDigits(2);
        money.setMaximumFractionDigits(2);
        return PdfA.create(t("title") + " " + h.period() + " — " + h.matricule(), h.employer(), (pdf, regular, bold) -> {
            Sheet sheet = new Sheet(pdf, regular, bold);
            sheet.text(bold, 14, t("title") + " — " + t("period") + " " + h.period());
            sheet.gap(4);
            sheet.text(regular, 9, t("employer") + " : " + h.employer() + (h.siret() == null ? "" : " — " + t("siret")
                    + " " + h.siret()));
            sheet.text(regular, 9, t("agent") + " : " + h.agent() + " — " + t("matricule") + " : " + h.matricule()
                    + (h.status() == null ? "" : " — " + t("status") + " : " + h.status())
                    + (h.unit() == null ? "" : " — " + t("unit") + " : " + h.unit()));
            sheet.gap(8);
            String[] header = new String[HEADERS.length];
            for (int c = 0; c < HEADERS.length; c++) {
                header[c] = t(HEADERS[c]);
            }
            sheet.tableHeader(header);
            for (PayslipData.Line l : d.lines()) {
                sheet.row(header, new String[]{l.code(), l.label(), amount(money, l.base()), amount(money, l.rate()),
                        amount(money, l.gain()), amount(money, l.deduction()), amount(money, l.employerShare())});
            }
            sheet.gap(10);
            sheet.total(t("gross"), money.format(d.gross()), regular);
            sheet.total(t("deductions"), money.format(d.deductions()), regular);
            sheet.total(t("employerContributions"), money.format(d.employerContributions()), regular);
            sheet.total(t("net"), money.format(d.net()) + " €", bold);
            sheet.total(t("taxable"), money.format(d.taxable()), regular);
            if (d.cumulativeGross() != null) {
                sheet.total(t("cumulativeGross"), money.format(d.cumulativeGross()), regular);
            }
            if (d.cumulativeTaxable() != null) {
                sheet.total(t("cumulativeTaxable"), money.format(d.cumulativeTaxable()), regular);
            }
            sheet.gap(14);
            sheet.text(regular, 7, t("footer"));
        });
    }

    /** The page being drawn, top to bottom; a new page when the next block does not fit. */
    private static final class Sheet {
        private final com.itextpdf.kernel.pdf.PdfDocument pdf;
        private final PdfFont regular;
        private final PdfFont bold;
        private final float[] x = new float[COLUMNS.length + 1];
        private PdfCanvas canvas;
        private float y;

        Sheet(com.itextpdf.kernel.pdf.PdfDocument pdf, PdfFont regular, PdfFont bold) {
            this.pdf = pdf;
            this.regular = regular;
            this.bold = bold;
            float total = 0;
            for (float c : COLUMNS) {
                total += c;
            }
            x[0] = MARGIN;
            for (int c = 0; c < COLUMNS.length; c++) {
                x[c + 1] = x[c] + (WIDTH - 2 * MARGIN) * COLUMNS[c] / total;
            }
            newPage();
        }

        private void newPage() {
            canvas = new PdfCanvas(pdf.addNewPage(new com.itextpdf.kernel.geom.PageSize(WIDTH, HEIGHT)));
            canvas.setLineWidth(0.5f);
            y = HEIGHT - MARGIN;
        }

        void gap(float points) {
            y -= points;
        }

        /** A paragraph across the page, wrapped. */
        void text(PdfFont font, float size, String text) {
            float leading = size * 1.25f;
            for (String line : wrap(font, size, text, WIDTH - 2 * MARGIN)) {
                if (y - leading < BOTTOM) {
                    newPage();
                }
                y -= leading;
                show(font, size, MARGIN, y + size * 0.25f, line);
            }
        }

        void tableHeader(String[] header) {
            row(bold, header, null);
        }

        void row(String[] header, String[] cells) {
            row(regular, cells, header);
        }

        /** One ruled row; when it does not fit, a new page starts with the header row again. */
        private void row(PdfFont font, String[] cells, String[] headerAgain) {
            List<List<String>> lines = new ArrayList<>();
            int height = 1;
            for (int c = 0; c < cells.length; c++) {
                List<String> l = wrap(font, SIZE, cells[c] == null ? "" : cells[c], x[c + 1] - x[c] - 2 * PAD);
                lines.add(l);
                height = Math.max(height, l.size());
            }
            float h = height * LEADING + 2 * PAD;
            if (y - h < BOTTOM) {
                newPage();
                if (headerAgain != null) {
                    row(bold, headerAgain, null);
                }
            }
            float top = y;
            y -= h;
            canvas.rectangle(x[0], y, x[x.length - 1] - x[0], h);
            for (int c = 1; c < x.length - 1; c++) {
                canvas.moveTo(x[c], y).lineTo(x[c], top);
            }
            canvas.stroke();
            for (int c = 0; c < cells.length; c++) {
                float baseline = top - PAD - SIZE;
                for (String line : lines.get(c)) {
                    float left = FIGURE[c] && font == regular
                            ? x[c + 1] - PAD - font.getWidth(line, SIZE) : x[c] + PAD;
                    show(font, SIZE, left, baseline, line);
                    baseline -= LEADING;
                }
            }
        }

        /** A total: its label on the left, its amount on the right, ruled below. */
        void total(String label, String value, PdfFont font) {
            float h = LEADING + 2 * PAD;
            if (y - h < BOTTOM) {
                newPage();
            }
            float top = y;
            y -= h;
            float right = WIDTH - MARGIN;
            canvas.moveTo(MARGIN, y).lineTo(right, y).stroke();
            show(font, SIZE + 0.5f, MARGIN + PAD, top - PAD - SIZE, label);
            show(font, SIZE + 0.5f, right - PAD - font.getWidth(value, SIZE + 0.5f), top - PAD - SIZE, value);
        }

        private void show(PdfFont font, float size, float left, float baseline, String text) {
            if (!text.isEmpty()) {
                canvas.beginText().setFontAndSize(font, size).moveText(left, baseline).showText(text).endText();
            }
        }

        /** Greedy word wrap to the width; a word longer than the width is cut. */
        private static List<String> wrap(PdfFont font, float size, String text, float width) {
            List<String> out = new ArrayList<>();
            StringBuilder line = new StringBuilder();
            for (String word : text.split(" ")) {
                String candidate = line.length() == 0 ? word : line + " " + word;
                if (font.getWidth(candidate, size) <= width) {
                    line.setLength(0);
                    line.append(candidate);
                    continue;
                }
                if (line.length() > 0) {
                    out.add(line.toString());
                    line.setLength(0);
                }
                while (font.getWidth(word, size) > width && word.length() > 1) {
                    int cut = word.length() - 1;
                    while (cut > 1 && font.getWidth(word.substring(0, cut), size) > width) {
                        cut--;
                    }
                    out.add(word.substring(0, cut));
                    word = word.substring(cut);
                }
                line.append(word);
            }
            if (line.length() > 0 || out.isEmpty()) {
                out.add(line.toString());
            }
            return out;
        }
    }

    private static String amount(NumberFormat f, BigDecimal v) {
        return v == null ? "" : f.format(v);
    }

    private String t(String key) {
        return texts.getProperty(key, key);
    }
}
