package org.hrdemat.payslip.control;

import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.layout.properties.UnitValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.NumberFormat;
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

    public byte[] generate(Header h, PayslipData d) {
        NumberFormat money = NumberFormat.getNumberInstance(Locale.FRANCE);
        money.setMinimumFractionDigits(2);
        money.setMaximumFractionDigits(2);
        return PdfA.create(t("title") + " " + h.period() + " — " + h.matricule(), h.employer(), (pdf, regular, bold) -> {
            try (Document doc = new Document(pdf)) {
                doc.setFont(regular).setFontSize(9);
                doc.add(new Paragraph(t("title") + " — " + t("period") + " " + h.period()).setFont(bold).setFontSize(14));
                doc.add(new Paragraph(t("employer") + " : " + h.employer() + (h.siret() == null ? "" : " — " + t("siret")
                        + " " + h.siret())));
                doc.add(new Paragraph(t("agent") + " : " + h.agent() + " — " + t("matricule") + " : " + h.matricule()
                        + (h.status() == null ? "" : " — " + t("status") + " : " + h.status())
                        + (h.unit() == null ? "" : " — " + t("unit") + " : " + h.unit())));
                Table table = new Table(UnitValue.createPercentArray(new float[]{8, 34, 12, 8, 13, 13, 12})).useAllAvailableWidth();
                for (String c : new String[]{"col.code", "col.label", "col.base", "col.rate", "col.gain", "col.deduction", "col.employer"}) {
                    table.addHeaderCell(new Cell().add(new Paragraph(t(c)).setFont(bold)));
                }
                for (PayslipData.Line l : d.lines()) {
                    table.addCell(l.code());
                    table.addCell(l.label());
                    table.addCell(amount(money, l.base()));
                    table.addCell(amount(money, l.rate()));
                    table.addCell(amount(money, l.gain()));
                    table.addCell(amount(money, l.deduction()));
                    table.addCell(amount(money, l.employerShare()));
                }
                doc.add(table);
                Table totals = new Table(UnitValue.createPercentArray(new float[]{70, 30})).useAllAvailableWidth();
                total(totals, t("gross"), money.format(d.gross()), regular);
                total(totals, t("deductions"), money.format(d.deductions()), regular);
                total(totals, t("employerContributions"), money.format(d.employerContributions()), regular);
                total(totals, t("net"), money.format(d.net()) + " €", bold);
                total(totals, t("taxable"), money.format(d.taxable()), regular);
                if (d.cumulativeGross() != null) {
                    total(totals, t("cumulativeGross"), money.format(d.cumulativeGross()), regular);
                }
                if (d.cumulativeTaxable() != null) {
                    total(totals, t("cumulativeTaxable"), money.format(d.cumulativeTaxable()), regular);
                }
                doc.add(totals.setMarginTop(8));
                doc.add(new Paragraph(t("footer")).setFontSize(7).setMarginTop(16));
            }
        });
    }

    private static void total(Table t, String label, String value, PdfFont font) {
        t.addCell(new Cell().add(new Paragraph(label).setFont(font)));
        t.addCell(new Cell().add(new Paragraph(value).setFont(font).setTextAlignment(TextAlignment.RIGHT)));
    }

    private static String amount(NumberFormat f, BigDecimal v) {
        return v == null ? "" : f.format(v);
    }

    private String t(String key) {
        return texts.getProperty(key, key);
    }
}
