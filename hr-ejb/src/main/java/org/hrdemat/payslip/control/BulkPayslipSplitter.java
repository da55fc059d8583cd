package org.hrdemat.payslip.control;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts the payroll software's bulk PDF into payslips: each page is matched to an agent by the matricule printed
 * on it (a regular expression whose first group is the matricule); consecutive pages with the same matricule
 * make one payslip. Blank pages are skipped; pages with text but no matricule are reported, never guessed.
 */
public final class BulkPayslipSplitter {

    /** The default expression: "Matricule : A001". */
    public static final String DEFAULT_PATTERN = "Matricule\\s*:?\\s*([A-Z0-9]+)";

    /** One payslip: the matricule and its page range (1-based, inclusive). */
    public record Slice(String matricule, int firstPage, int lastPage) {
        public int pages() {
            return lastPage - firstPage + 1;
        }
    }

    /** The slices found, the blank pages and the pages where no matricule was found. */
    public record Result(List<Slice> slices, List<Integer> blankPages, List<Integer> pagesWithoutMatricule) {
    }

    private final Pattern pattern;

    public BulkPayslipSplitter(String regex) {
        Pattern p = Pattern.compile(regex == null || regex.isBlank() ? DEFAULT_PATTERN : regex);
        if (p.matcher("").groupCount() < 1) {
            throw new IllegalArgumentException("the expression needs a group for the matricule");
        }
        this.pattern = p;
    }

    /** Reads every page's text once; pages are released as they are read, so a large file stays small in memory. */
    public Result split(PdfDocument source) {
        List<Slice> slices = new ArrayList<>();
        List<Integer> blank = new ArrayList<>();
        List<Integer> without = new ArrayList<>();
        String current = null;
        int first = 0;
        int pages = source.getNumberOfPages();
        for (int i = 1; i <= pages; i++) {
            // the simple strategy reads text in content order, which is all a matricule search needs, and is fast
            String text = PdfTextExtractor.getTextFromPage(source.getPage(i),
                    new com.itextpdf.kernel.pdf.canvas.parser.listener.SimpleTextExtractionStrategy());
            String matricule = null;
            Matcher m = pattern.matcher(text);
            if (m.find()) {
                matricule = m.group(1).trim().toUpperCase(Locale.ROOT);
            }
            if (matricule == null) {
                if (text.isBlank()) {
                    blank.add(i);
                } else {
                    without.add(i);
                }
                if (current != null) {
                    slices.add(new Slice(current, first, i - 1));
                    current = null;
                }
                continue;
            }
            if (!matricule.equals(current)) {
                if (current != null) {
                    slices.add(new Slice(current, first, i - 1));
                }
                current = matricule;
                first = i;
            }
        }
        if (current != null) {
            slices.add(new Slice(current, first, pages));
        }
        return new Result(slices, blank, without);
    }

    /** The pages of one slice as a PDF of its own, content unchanged. */
    public static byte[] extract(PdfDocument source, Slice slice) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PdfDocument target = new PdfDocument(new PdfWriter(out))) {
            source.copyPagesTo(slice.firstPage(), slice.lastPage(), target);
        }
        return out.toByteArray();
    }
}
