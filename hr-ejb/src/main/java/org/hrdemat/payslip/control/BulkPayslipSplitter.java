package org.hrdemat.payslip.control;

import com.itextpdf.kernel.pdf.PageFlushingHelper;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfPage;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import com.itextpdf.kernel.pdf.canvas.parser.listener.LocationTextExtractionStrategy;
import java.util.ArrayList;
import org.hrdemat.document.control.PageText;
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

    /** What a page holds: a matricule, no text at all (BLANK), or text without matricule (null). */
    private static final String BLANK = "";

    /** Reads every page's text once, on this thread. */
    public Result split(PdfDocument source) {
        String[] found = new String[source.getNumberOfPages() + 1];
        read(source, 0, 1, found);
        return merge(found);
    }

    /**
     * Reads the pages on several threads at once (page i by part i modulo parts, each part with its own copy of the
     * document opened from the bytes), then cuts the payslips in page order.
     */
    public Result split(byte[] pdf, int parts, java.util.concurrent.Executor executor) {
        return split(() -> org.hrdemat.document.control.UntrustedPdf.reader(pdf), parts, executor);
    }

    /** The same, reading the file where it lies (a bulk PDF of hundreds of megabytes is not loaded in memory). */
    public Result split(java.nio.file.Path pdf, int parts, java.util.concurrent.Executor executor) {
        return split(() -> org.hrdemat.document.control.UntrustedPdf.reader(pdf), parts, executor);
    }

    private Result split(java.util.function.Supplier<PdfReader> open, int parts, java.util.concurrent.Executor executor) {
        int n = Math.max(1, parts);
        String[] found;
        try (PdfDocument first = new PdfDocument(open.get())) {
            found = new String[first.getNumberOfPages() + 1];
            java.util.List<java.util.concurrent.CompletableFuture<Void>> others = new ArrayList<>();
            for (int k = 1; k < n; k++) {
                int part = k;
                others.add(java.util.concurrent.CompletableFuture.runAsync(() -> {
                    try (PdfDocument own = new PdfDocument(open.get())) {
                        read(own, part, n, found);
                    }
                }, executor));
            }
            read(first, 0, n, found);
            others.forEach(java.util.concurrent.CompletableFuture::join);
        }
        return merge(found);
    }

    /** The matricule of pages part+1, part+1+parts, ... (each page released from memory once read). */
    private void read(PdfDocument source, int part, int parts, String[] found) {
        PageText reader = new PageText();
        PageFlushingHelper release = new PageFlushingHelper(source);
        for (int i = 1 + part; i < found.length; i += parts) {
            PdfPage page = source.getPage(i);
            String text = reader.of(page, this::matriculeFound);
            Matcher m = pattern.matcher(text);
            if (!m.find()) {
                // the fast reader joins text by its operators only: a producer that places each glyph or word on
                // its own (browser engines, Qt) needs the positions of the glyphs, which iText's extractor follows
                text = PdfTextExtractor.getTextFromPage(page, new LocationTextExtractionStrategy());
                m = pattern.matcher(text);
            }
            release.releaseDeep(i); // read once: the document need not keep thousands of pages
            found[i] = m.find(0) ? m.group(1).trim().toUpperCase(Locale.ROOT) : text.isBlank() ? BLANK : null;
        }
    }

    /** Whether the text holds a match that more text could not change (the rest of the page need not be read). */
    private boolean matriculeFound(CharSequence text) {
        Matcher m = pattern.matcher(text);
        return m.find() && !m.hitEnd();
    }

    /**
     * Whether any page of the document shows text: a scanned payroll (pictures of pages) has none, and nothing in it
     * can be matched to an agent. The pages are read until the first one with text.
     */
    public static boolean hasText(PdfDocument source) {
        PageText reader = new PageText();
        PageFlushingHelper release = new PageFlushingHelper(source);
        for (int i = 1; i <= source.getNumberOfPages(); i++) {
            PdfPage page = source.getPage(i);
            boolean text = !reader.of(page, t -> true).isBlank()
                    || i <= 3 && !PdfTextExtractor.getTextFromPage(page).isBlank();
            release.releaseDeep(i);
            if (text) {
                return true;
            }
        }
        return false;
    }

    /** Consecutive pages with the same matricule make one payslip; blank pages and pages without one end it. */
    private static Result merge(String[] found) {
        List<Slice> slices = new ArrayList<>();
        List<Integer> blank = new ArrayList<>();
        List<Integer> without = new ArrayList<>();
        String current = null;
        int first = 0;
        int pages = found.length - 1;
        for (int i = 1; i <= pages; i++) {
            String matricule = found[i] == null || found[i].isEmpty() ? null : found[i];
            if (matricule == null) {
                if (BLANK.equals(found[i])) {
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
}
