package org.hrdemat.payslip.benchmark;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.AreaBreak;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.properties.UnitValue;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hrdemat.document.control.FileSystemDocumentStore;
import org.hrdemat.document.control.PdfSealer;
import org.hrdemat.document.control.Pki;
import org.hrdemat.payslip.control.BulkPayslipSplitter;
import org.hrdemat.payslip.control.PayslipData;
import org.hrdemat.payslip.control.PayslipGenerator;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The payslip production benchmark (not a timed test: it reports). Runs the same code the payroll job runs, in one
 * thread, on 10,000 payslips: (1) bulk PDF → split by matricule → extract → seal → store; (2) payroll lines →
 * PDF/A generation → seal → store; and a bare loop that only seals the same one-page PDFs with iText. Prints the
 * figures and writes them to target/benchmark.txt. Run: {@code mvn -pl hr-ejb -am test -Pbenchmark}
 * (size with -Dbenchmark.payslips=N).
 */
@Tag("benchmark")
class PayrollBenchmarkTest {

    @Test
    void payslipProduction() throws Exception {
        int n = Integer.getInteger("benchmark.payslips", 10_000);
        Path dir = Files.createTempDirectory("hr-benchmark");
        Pki.Credential ca = Pki.newAuthority("CN=Benchmark CA, C=FR", 1);
        Pki.Credential seal = Pki.issue(ca, "CN=Cachet benchmark, C=FR", 1);
        StringBuilder report = new StringBuilder();

        Path bulk = dir.resolve("bulk.pdf");
        long t0 = System.nanoTime();
        writeBulk(bulk, n);
        report.append(String.format(Locale.ROOT, "bulk PDF of %d pages written in %.1f s (%d MB), not counted%n", n,
                (System.nanoTime() - t0) / 1e9, Files.size(bulk) / (1024 * 1024)));

        // warm-up of every code path (JIT), not counted
        try (PdfDocument source = new PdfDocument(new PdfReader(bulk.toFile()))) {
            for (int i = 1; i <= Math.min(n, 300); i++) {
                byte[] one = BulkPayslipSplitter.extract(source, new BulkPayslipSplitter.Slice("x", i, i));
                PdfSealer.sign(one, seal, "cachet", "Bulletin de paie", "Benchmark", null);
                com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor.getTextFromPage(source.getPage(i),
                        new com.itextpdf.kernel.pdf.canvas.parser.listener.SimpleTextExtractionStrategy());
            }
        }
        PayslipGenerator warm = new PayslipGenerator(PayslipGenerator.template(null));
        for (int i = 0; i < 100; i++) {
            warm.generate(new PayslipGenerator.Header("E", null, "A", "W" + i, null, null, "2027-01"), data(i));
        }

        // 1. bulk PDF: split + extract + seal + store
        FileSystemDocumentStore store = new FileSystemDocumentStore(dir.resolve("store-pdf"));
        resetPeaks();
        long start = System.nanoTime();
        int produced = 0;
        try (PdfDocument source = new PdfDocument(new PdfReader(bulk.toFile()))) {
            BulkPayslipSplitter.Result split = new BulkPayslipSplitter(null).split(source);
            for (BulkPayslipSplitter.Slice s : split.slices()) {
                byte[] one = BulkPayslipSplitter.extract(source, s);
                store.put(PdfSealer.sign(one, seal, "cachet", "Bulletin de paie", "Benchmark", null));
                produced++;
            }
        }
        double pdfSeconds = (System.nanoTime() - start) / 1e9;
        long pdfPeak = peakHeapMb();

        // bare loop: only iText sealing of the same one-page PDFs (extracted beforehand, not counted)
        List<byte[]> pages = new ArrayList<>();
        try (PdfDocument source = new PdfDocument(new PdfReader(bulk.toFile()))) {
            for (int i = 1; i <= Math.min(n, 2_000); i++) {
                pages.add(BulkPayslipSplitter.extract(source, new BulkPayslipSplitter.Slice("x", i, i)));
            }
        }
        start = System.nanoTime();
        for (int i = 0; i < n; i++) {
            PdfSealer.sign(pages.get(i % pages.size()), seal, "cachet", "Bulletin de paie", "Benchmark", null);
        }
        double bareSeconds = (System.nanoTime() - start) / 1e9;
        pages.clear();

        // 2. payroll lines: PDF/A generation + seal + store
        FileSystemDocumentStore store2 = new FileSystemDocumentStore(dir.resolve("store-xlsx"));
        PayslipGenerator generator = new PayslipGenerator(PayslipGenerator.template(null));
        resetPeaks();
        start = System.nanoTime();
        for (int i = 0; i < n; i++) {
            PayslipData d = data(i);
            byte[] pdf = generator.generate(new PayslipGenerator.Header("Commune de Démoville", "21670000000018",
                    "Agent " + i, d.matricule(), "Titulaire", "Services techniques", "2027-01"), d);
            store2.put(PdfSealer.sign(pdf, seal, "cachet", "Bulletin de paie", "Benchmark", null));
        }
        double xlsxSeconds = (System.nanoTime() - start) / 1e9;
        long xlsxPeak = peakHeapMb();

        // bare loop for this path: only sealing the same generated PDF/A payslips (generated beforehand)
        List<byte[]> generated = new ArrayList<>();
        for (int i = 0; i < Math.min(n, 500); i++) {
            PayslipData d = data(i);
            generated.add(generator.generate(new PayslipGenerator.Header("Commune de Démoville", "21670000000018",
                    "Agent " + i, d.matricule(), "Titulaire", "Services techniques", "2027-01"), d));
        }
        start = System.nanoTime();
        for (int i = 0; i < n; i++) {
            PdfSealer.sign(generated.get(i % generated.size()), seal, "cachet", "Bulletin de paie", "Benchmark", null);
        }
        double bareGeneratedSeconds = (System.nanoTime() - start) / 1e9;
        generated.clear();

        double pdfRate = produced / pdfSeconds;
        double bareRate = n / bareSeconds;
        double xlsxRate = n / xlsxSeconds;
        double bareGeneratedRate = n / bareGeneratedSeconds;
        report.append(String.format(Locale.ROOT, "bulk PDF → split + seal + store: %d payslips in %.1f s = %.0f/s, peak heap %d MB%n",
                produced, pdfSeconds, pdfRate, pdfPeak));
        report.append(String.format(Locale.ROOT, "bare iText sealing loop:           %d signatures in %.1f s = %.0f/s%n",
                n, bareSeconds, bareRate));
        report.append(String.format(Locale.ROOT, "ratio pipeline / bare loop:        %.2f%n", pdfRate / bareRate));
        report.append(String.format(Locale.ROOT, "payroll lines → PDF/A + seal + store: %d payslips in %.1f s = %.0f/s, peak heap %d MB%n",
                n, xlsxSeconds, xlsxRate, xlsxPeak));
        report.append(String.format(Locale.ROOT, "bare iText sealing of the generated payslips: %d in %.1f s = %.0f/s%n",
                n, bareGeneratedSeconds, bareGeneratedRate));
        report.append(String.format(Locale.ROOT, "ratio generation / its bare loop:  %.2f%n", xlsxRate / bareGeneratedRate));
        report.append(String.format(Locale.ROOT, "JVM: %s, max heap %d MB, %d cores%n", System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory() / (1024 * 1024), Runtime.getRuntime().availableProcessors()));
        System.out.println(report);
        Files.writeString(Path.of("target", "benchmark.txt"), report.toString());
    }

    private static PayslipData data(int i) {
        List<PayslipData.Line> lines = new ArrayList<>();
        for (int k = 0; k < 30; k++) {
            lines.add(new PayslipData.Line("E" + k, "Élément de paie n° " + k, new BigDecimal("2150.00"),
                    new BigDecimal("1.10"), k % 3 == 0 ? new BigDecimal("71.50") : null,
                    k % 3 == 1 ? new BigDecimal("23.65") : null, k % 3 == 2 ? new BigDecimal("65.79") : null));
        }
        return new PayslipData(String.format("B%05d", i), lines, null, null, null);
    }

    /** A bulk PDF like a payroll software's: one page per agent with a 30-row table, standard fonts. */
    private static void writeBulk(Path file, int n) throws Exception {
        try (PdfDocument pdf = new PdfDocument(new PdfWriter(file.toFile())); Document doc = new Document(pdf)) {
            for (int i = 0; i < n; i++) {
                if (i > 0) {
                    doc.add(new AreaBreak());
                }
                doc.add(new Paragraph("BULLETIN DE PAIE — Janvier 2027 — Matricule : " + String.format("B%05d", i)));
                Table t = new Table(UnitValue.createPercentArray(5)).useAllAvailableWidth().setFontSize(7);
                for (int k = 0; k < 30; k++) {
                    t.addCell("E" + k).addCell("Élément " + k).addCell("2 150,00").addCell("1,10").addCell("23,65");
                }
                doc.add(t);
                pdf.getPage(pdf.getNumberOfPages()).flush();
            }
        }
    }

    private static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
    }

    private static long peakHeapMb() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum / (1024 * 1024);
    }
}
