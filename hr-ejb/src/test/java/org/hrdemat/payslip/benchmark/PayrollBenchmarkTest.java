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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.hrdemat.document.control.FileSystemDocumentStore;
import org.hrdemat.document.control.ImportedPdfA;
import org.hrdemat.document.control.PdfSealer;
import org.hrdemat.document.control.Pki;
import org.hrdemat.payslip.control.BulkPayslipSplitter;
import org.hrdemat.payslip.control.PayrollLinesReader;
import org.hrdemat.payslip.control.PayslipData;
import org.hrdemat.payslip.control.PayslipGenerator;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The payslip production benchmark (not a timed test: it reports). Runs the same code the payroll job runs, on as
 * many threads as the job has partitions (one per core), on 10,000 payslips: (1) bulk PDF → split by matricule →
 * PDF/A → seal → store; (2) XLSX of payroll lines → read → PDF/A generation → seal → store; and bare loops that
 * only seal the same PDFs with iText, on one thread and on as many threads. The database writes of the job are
 * not part of it. Prints the
 * figures and writes them to target/benchmark.txt. Run: {@code mvn -pl hr-ejb -am test -Pbenchmark}
 * (size with -Dbenchmark.payslips=N).
 */
@Tag("benchmark")
class PayrollBenchmarkTest {

    @Test
    void payslipProduction() throws Exception {
        int n = Integer.getInteger("benchmark.payslips", 10_000);
        int threads = Integer.getInteger("benchmark.threads", Runtime.getRuntime().availableProcessors());
        Path dir = Files.createTempDirectory("hr-benchmark");
        Pki.Credential ca = Pki.newAuthority("CN=Benchmark CA, C=FR", 1);
        Pki.Credential seal = Pki.issue(ca, "CN=Cachet benchmark, C=FR", 1);
        StringBuilder report = new StringBuilder();

        Path bulk = dir.resolve("bulk.pdf");
        long t0 = System.nanoTime();
        writeBulk(bulk, n);
        report.append(String.format(Locale.ROOT, "bulk PDF of %d pages written in %.1f s (%d MB), not counted%n", n,
                (System.nanoTime() - t0) / 1e9, Files.size(bulk) / (1024 * 1024)));
        Path xlsx = dir.resolve("lines.xlsx");
        t0 = System.nanoTime();
        writeLines(xlsx, n);
        report.append(String.format(Locale.ROOT, "XLSX of %d payroll lines written in %.1f s (%d MB), not counted%n",
                n * 30, (System.nanoTime() - t0) / 1e9, Files.size(xlsx) / (1024 * 1024)));
        byte[] bulkBytes = Files.readAllBytes(bulk);

        // warm-up of every code path (JIT), not counted
        try (PdfDocument source = open(bulkBytes)) {
            for (int i = 1; i <= Math.min(n, 300); i++) {
                PdfSealer.sign(ImportedPdfA.pages(source, i, i, "w").pdf(), seal, "cachet", "Bulletin de paie", "Benchmark", null);
                PdfSealer.sign(ImportedPdfA.original(source, i, i), seal, "cachet", "Bulletin de paie", "Benchmark", null);
                com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor.getTextFromPage(source.getPage(i),
                        new com.itextpdf.kernel.pdf.canvas.parser.listener.SimpleTextExtractionStrategy());
            }
        }
        PayslipGenerator warm = new PayslipGenerator(PayslipGenerator.template(null));
        for (int i = 0; i < 200; i++) {
            warm.generate(new PayslipGenerator.Header("E", null, "A", "W" + i, null, null, "2027-01"), data(i));
        }

        // 1. bulk PDF: split (one thread, as the job's first step), then on each thread as the job's partitions:
        //    pages → PDF/A (standard fonts replaced by embedded substitutes) → seal → store
        FileSystemDocumentStore store = new FileSystemDocumentStore(dir.resolve("store-pdf"));
        resetPeaks();
        long start = System.nanoTime();
        ExecutorService splitPool = Executors.newFixedThreadPool(threads);
        List<BulkPayslipSplitter.Slice> slices = new BulkPayslipSplitter(null).split(bulkBytes, threads, splitPool).slices();
        splitPool.shutdown();
        double splitSeconds = (System.nanoTime() - start) / 1e9;
        AtomicInteger pdfA = new AtomicInteger();
        java.util.concurrent.atomic.AtomicLong convertNanos = new java.util.concurrent.atomic.AtomicLong();
        java.util.concurrent.atomic.AtomicLong signNanos = new java.util.concurrent.atomic.AtomicLong();
        java.util.concurrent.atomic.AtomicLong storeNanos = new java.util.concurrent.atomic.AtomicLong();
        partitioned(threads, k -> {
            try (PdfDocument source = open(bulkBytes)) {
                ImportedPdfA converter = new ImportedPdfA(source);
                for (int i = k; i < slices.size(); i += threads) {
                    BulkPayslipSplitter.Slice s = slices.get(i);
                    long a = System.nanoTime();
                    ImportedPdfA.Result r = converter.pages(s.firstPage(), s.lastPage(), "Bulletin de paie");
                    long b = System.nanoTime();
                    byte[] sealedPdf = PdfSealer.sign(r.pdf(), seal, "cachet", "Bulletin de paie", "Benchmark", null);
                    long c = System.nanoTime();
                    store.put(sealedPdf);
                    long d = System.nanoTime();
                    convertNanos.addAndGet(b - a);
                    signNanos.addAndGet(c - b);
                    storeNanos.addAndGet(d - c);
                    if (r.pdfA()) {
                        pdfA.incrementAndGet();
                    }
                }
            }
        });
        double pdfSeconds = (System.nanoTime() - start) / 1e9;
        long pdfPeak = peakHeapMb();
        int produced = slices.size();

        // bare loops: only iText sealing of the same one-page PDFs (extracted beforehand, not counted)
        List<byte[]> pages = new ArrayList<>();
        try (PdfDocument source = open(bulkBytes)) {
            for (int i = 1; i <= Math.min(n, 2_000); i++) {
                pages.add(ImportedPdfA.original(source, i, i));
            }
        }
        double bareRate = bare(pages, n, 1, seal);
        double bareRateThreads = bare(pages, n, threads, seal);
        pages.clear();

        // 2. payroll lines: read the XLSX (stream), then on each thread: PDF/A generation → seal → store
        FileSystemDocumentStore store2 = new FileSystemDocumentStore(dir.resolve("store-xlsx"));
        PayslipGenerator generator = new PayslipGenerator(PayslipGenerator.template(null));
        resetPeaks();
        start = System.nanoTime();
        List<PayslipData> lines;
        try (java.io.InputStream in = Files.newInputStream(xlsx)) {
            lines = new PayrollLinesReader().read(in).payslips();
        }
        double readSeconds = (System.nanoTime() - start) / 1e9;
        partitioned(threads, k -> {
            for (int i = k; i < lines.size(); i += threads) {
                PayslipData d = lines.get(i);
                byte[] pdf = generator.generate(new PayslipGenerator.Header("Commune de Démoville", "21670000000018",
                        "Agent " + i, d.matricule(), "Titulaire", "Services techniques", "2027-01"), d);
                store2.put(PdfSealer.sign(pdf, seal, "cachet", "Bulletin de paie", "Benchmark", null));
            }
        });
        double xlsxSeconds = (System.nanoTime() - start) / 1e9;
        long xlsxPeak = peakHeapMb();

        // bare loops for this path: only sealing the same generated PDF/A payslips (generated beforehand)
        List<byte[]> generated = new ArrayList<>();
        for (int i = 0; i < Math.min(n, 500); i++) {
            PayslipData d = data(i);
            generated.add(generator.generate(new PayslipGenerator.Header("Commune de Démoville", "21670000000018",
                    "Agent " + i, d.matricule(), "Titulaire", "Services techniques", "2027-01"), d));
        }
        double bareGeneratedRate = bare(generated, n, 1, seal);
        double bareGeneratedRateThreads = bare(generated, n, threads, seal);
        generated.clear();

        double pdfRate = produced / pdfSeconds;
        double xlsxRate = lines.size() / xlsxSeconds;
        report.append(String.format(Locale.ROOT, "threads (as the job's partitions): %d%n", threads));
        report.append(String.format(Locale.ROOT, "bulk PDF → split (%.1f s) + PDF/A + seal + store: %d payslips (%d PDF/A) in %.1f s = %.0f/s, peak heap %d MB%n",
                splitSeconds, produced, pdfA.get(), pdfSeconds, pdfRate, pdfPeak));
        report.append(String.format(Locale.ROOT, "  per payslip and thread: PDF/A %.2f ms, seal %.2f ms, store %.2f ms%n",
                convertNanos.get() / 1e6 / produced, signNanos.get() / 1e6 / produced, storeNanos.get() / 1e6 / produced));
        report.append(String.format(Locale.ROOT, "bare iText sealing loop, 1 thread:  %.0f/s → ratio %.2f%n", bareRate, pdfRate / bareRate));
        report.append(String.format(Locale.ROOT, "bare iText sealing loop, %d threads: %.0f/s → ratio %.2f%n", threads,
                bareRateThreads, pdfRate / bareRateThreads));
        report.append(String.format(Locale.ROOT, "XLSX → read (%.1f s) + PDF/A generation + seal + store: %d payslips in %.1f s = %.0f/s, peak heap %d MB%n",
                readSeconds, lines.size(), xlsxSeconds, xlsxRate, xlsxPeak));
        report.append(String.format(Locale.ROOT, "bare sealing of the generated payslips, 1 thread:  %.0f/s → ratio %.2f%n",
                bareGeneratedRate, xlsxRate / bareGeneratedRate));
        report.append(String.format(Locale.ROOT, "bare sealing of the generated payslips, %d threads: %.0f/s → ratio %.2f%n",
                threads, bareGeneratedRateThreads, xlsxRate / bareGeneratedRateThreads));
        report.append(String.format(Locale.ROOT, "JVM: %s, max heap %d MB, %d cores%n", System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory() / (1024 * 1024), Runtime.getRuntime().availableProcessors()));
        System.out.println(report);
        Files.writeString(Path.of("target", "benchmark.txt"), report.toString());
    }

    private interface Partition {
        void run(int k) throws Exception;
    }

    /** Runs k = 0..threads-1 at once and waits for all, as the job's partitions do. */
    private static void partitioned(int threads, Partition work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int k = 0; k < threads; k++) {
                int partition = k;
                done.add(pool.submit(() -> {
                    work.run(partition);
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
    }

    /** The bare loop: n signatures of the given PDFs, on the given number of threads; signatures per second. */
    private static double bare(List<byte[]> pdfs, int n, int threads, Pki.Credential seal) throws Exception {
        long start = System.nanoTime();
        partitioned(threads, k -> {
            for (int i = k; i < n; i += threads) {
                PdfSealer.sign(pdfs.get(i % pdfs.size()), seal, "cachet", "Bulletin de paie", "Benchmark", null);
            }
        });
        return n / ((System.nanoTime() - start) / 1e9);
    }

    private static PdfDocument open(byte[] pdf) throws java.io.IOException {
        return new PdfDocument(new PdfReader(new java.io.ByteArrayInputStream(pdf)));
    }

    /** The payroll lines of n agents, 30 elements each, as a payroll software exports them. */
    private static void writeLines(Path file, int n) throws Exception {
        try (org.apache.poi.xssf.streaming.SXSSFWorkbook wb = new org.apache.poi.xssf.streaming.SXSSFWorkbook(200);
             java.io.OutputStream out = Files.newOutputStream(file)) {
            org.apache.poi.ss.usermodel.Sheet sheet = wb.createSheet("Paie");
            String[] header = {"Matricule", "Code", "Libellé", "Base", "Taux", "Gain", "Retenue", "Patronal"};
            org.apache.poi.ss.usermodel.Row h = sheet.createRow(0);
            for (int c = 0; c < header.length; c++) {
                h.createCell(c).setCellValue(header[c]);
            }
            int r = 1;
            for (int i = 0; i < n; i++) {
                for (PayslipData.Line l : data(i).lines()) {
                    org.apache.poi.ss.usermodel.Row row = sheet.createRow(r++);
                    row.createCell(0).setCellValue(String.format("B%05d", i));
                    row.createCell(1).setCellValue(l.code());
                    row.createCell(2).setCellValue(l.label());
                    row.createCell(3).setCellValue(l.base().doubleValue());
                    row.createCell(4).setCellValue(l.rate().doubleValue());
                    if (l.gain() != null) {
                        row.createCell(5).setCellValue(l.gain().doubleValue());
                    }
                    if (l.deduction() != null) {
                        row.createCell(6).setCellValue(l.deduction().doubleValue());
                    }
                    if (l.employerShare() != null) {
                        row.createCell(7).setCellValue(l.employerShare().doubleValue());
                    }
                }
            }
            wb.write(out);
            wb.dispose();
        }
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
