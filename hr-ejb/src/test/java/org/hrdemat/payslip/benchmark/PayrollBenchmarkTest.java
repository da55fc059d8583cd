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
import java.util.concurrent.atomic.AtomicLong;
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
 * not part of it. Every path runs once on a part of the data first (not counted: the JIT compiles the code, as a
 * server does over its first runs); each bare loop then runs just before and just after the path it is compared
 * with, and the ratio uses their mean, so that the machine's own drift during the run weighs on both sides.
 * Prints the figures and writes them to target/benchmark.txt. Run: {@code mvn -pl hr-ejb -am test -Pbenchmark}
 * (size with -Dbenchmark.payslips=N, threads with -Dbenchmark.threads=N).
 */
@Tag("benchmark")
class PayrollBenchmarkTest {

    /** What a path measured: payslips, seconds, the first step's seconds, peak heap, and a detail line. */
    private record Run(int payslips, double seconds, double firstStepSeconds, long peakHeapMb, String detail) {
        double rate() {
            return payslips / seconds;
        }
    }

    /** A bare loop measured before and after a path: rates per second, one thread and all threads. */
    private record Bare(double oneBefore, double allBefore, double oneAfter, double allAfter) {
        double one() {
            return (oneBefore + oneAfter) / 2;
        }

        double all() {
            return (allBefore + allAfter) / 2;
        }
    }

    private Pki.Credential seal;
    private int threads;

    @Test
    void payslipProduction() throws Exception {
        int n = Integer.getInteger("benchmark.payslips", 10_000);
        threads = Integer.getInteger("benchmark.threads", Runtime.getRuntime().availableProcessors());
        Path dir = Files.createTempDirectory("hr-benchmark");
        Pki.Credential ca = Pki.newAuthority("CN=Benchmark CA, C=FR", 1);
        seal = Pki.issue(ca, "CN=Cachet benchmark, C=FR", 1);
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

        // the PDFs the bare loops seal: the original one-page PDFs; the generated payslips (made beforehand)
        List<byte[]> pages = new ArrayList<>();
        try (PdfDocument source = open(bulkBytes)) {
            for (int i = 1; i <= Math.min(n, 2_000); i++) {
                pages.add(ImportedPdfA.original(source, i, i));
            }
        }
        PayslipGenerator generator = new PayslipGenerator(PayslipGenerator.template(null));
        List<byte[]> generated = new ArrayList<>();
        for (int i = 0; i < Math.min(n, 500); i++) {
            PayslipData d = data(i);
            generated.add(generator.generate(header(i, d), d));
        }

        // warm-up, not counted: each path on a fifth of the data, each bare loop
        int warm = Math.max(1, Math.min(n, 2_000));
        bulkPath(bulkBytes, dir.resolve("warm-pdf"), warm);
        xlsxPath(xlsx, generator, dir.resolve("warm-xlsx"), warm);
        bare(pages, warm, 1);
        bare(generated, warm, 1);

        // 1. bulk PDF: split (the job's first step, its pages read on every thread), then on each thread as the
        //    job's partitions: pages → PDF/A (standard fonts replaced by embedded substitutes) → seal → store
        double oneBefore = bare(pages, n, 1);
        double allBefore = bare(pages, n, threads);
        Run pdf = bulkPath(bulkBytes, dir.resolve("store-pdf"), n);
        Bare pdfBare = new Bare(oneBefore, allBefore, bare(pages, n, 1), bare(pages, n, threads));
        pages.clear();

        // 2. payroll lines: read the XLSX (stream), then on each thread: PDF/A generation → seal → store
        oneBefore = bare(generated, n, 1);
        allBefore = bare(generated, n, threads);
        Run lines = xlsxPath(xlsx, generator, dir.resolve("store-xlsx"), n);
        Bare linesBare = new Bare(oneBefore, allBefore, bare(generated, n, 1), bare(generated, n, threads));
        generated.clear();

        report.append(String.format(Locale.ROOT, "threads (as the job's partitions): %d%n", threads));
        report.append(String.format(Locale.ROOT, "bulk PDF → split (%.1f s) + PDF/A + seal + store: %s in %.1f s = %.0f/s, peak heap %d MB%n",
                pdf.firstStepSeconds(), pdf.detail(), pdf.seconds(), pdf.rate(), pdf.peakHeapMb()));
        report.append(String.format(Locale.ROOT, "bare iText sealing of the original pages, 1 thread:  %.0f/s (before %.0f, after %.0f) → ratio %.2f%n",
                pdfBare.one(), pdfBare.oneBefore(), pdfBare.oneAfter(), pdf.rate() / pdfBare.one()));
        report.append(String.format(Locale.ROOT, "bare iText sealing of the original pages, %d threads: %.0f/s (before %.0f, after %.0f) → ratio %.2f%n",
                threads, pdfBare.all(), pdfBare.allBefore(), pdfBare.allAfter(), pdf.rate() / pdfBare.all()));
        report.append(String.format(Locale.ROOT, "XLSX → read (%.1f s) + PDF/A generation + seal + store: %s in %.1f s = %.0f/s, peak heap %d MB%n",
                lines.firstStepSeconds(), lines.detail(), lines.seconds(), lines.rate(), lines.peakHeapMb()));
        report.append(String.format(Locale.ROOT, "bare sealing of the generated payslips, 1 thread:  %.0f/s (before %.0f, after %.0f) → ratio %.2f%n",
                linesBare.one(), linesBare.oneBefore(), linesBare.oneAfter(), lines.rate() / linesBare.one()));
        report.append(String.format(Locale.ROOT, "bare sealing of the generated payslips, %d threads: %.0f/s (before %.0f, after %.0f) → ratio %.2f%n",
                threads, linesBare.all(), linesBare.allBefore(), linesBare.allAfter(), lines.rate() / linesBare.all()));
        report.append(String.format(Locale.ROOT, "JVM: %s, max heap %d MB, %d cores%n", System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory() / (1024 * 1024), Runtime.getRuntime().availableProcessors()));
        System.out.println(report);
        Files.writeString(Path.of("target", "benchmark.txt"), report.toString());
    }

    /** The bulk path on the first n pages' payslips. */
    private Run bulkPath(byte[] bulkBytes, Path storeDir, int n) throws Exception {
        FileSystemDocumentStore store = new FileSystemDocumentStore(storeDir);
        resetPeaks();
        long start = System.nanoTime();
        ExecutorService splitPool = Executors.newFixedThreadPool(threads);
        List<BulkPayslipSplitter.Slice> all = new BulkPayslipSplitter(null).split(bulkBytes, threads, splitPool).slices();
        splitPool.shutdown();
        List<BulkPayslipSplitter.Slice> slices = all.subList(0, Math.min(n, all.size()));
        double splitSeconds = (System.nanoTime() - start) / 1e9;
        AtomicInteger pdfA = new AtomicInteger();
        AtomicLong convertNanos = new AtomicLong();
        AtomicLong signNanos = new AtomicLong();
        AtomicLong storeNanos = new AtomicLong();
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
        double seconds = (System.nanoTime() - start) / 1e9;
        int produced = slices.size();
        return new Run(produced, seconds, splitSeconds, peakHeapMb(), String.format(Locale.ROOT,
                "%d payslips (%d PDF/A; per payslip and thread: PDF/A %.2f ms, seal %.2f ms, store %.2f ms)", produced,
                pdfA.get(), convertNanos.get() / 1e6 / produced, signNanos.get() / 1e6 / produced,
                storeNanos.get() / 1e6 / produced));
    }

    /** The XLSX path on the first n agents' lines. */
    private Run xlsxPath(Path xlsx, PayslipGenerator generator, Path storeDir, int n) throws Exception {
        FileSystemDocumentStore store = new FileSystemDocumentStore(storeDir);
        resetPeaks();
        long start = System.nanoTime();
        List<PayslipData> all;
        try (java.io.InputStream in = Files.newInputStream(xlsx)) {
            all = new PayrollLinesReader().read(in).payslips();
        }
        List<PayslipData> lines = all.subList(0, Math.min(n, all.size()));
        double readSeconds = (System.nanoTime() - start) / 1e9;
        partitioned(threads, k -> {
            for (int i = k; i < lines.size(); i += threads) {
                PayslipData d = lines.get(i);
                byte[] pdf = generator.generate(header(i, d), d);
                store.put(PdfSealer.sign(pdf, seal, "cachet", "Bulletin de paie", "Benchmark", null));
            }
        });
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Run(lines.size(), seconds, readSeconds, peakHeapMb(), lines.size() + " payslips");
    }

    private static PayslipGenerator.Header header(int i, PayslipData d) {
        return new PayslipGenerator.Header("Commune de Démoville", "21670000000018", "Agent " + i, d.matricule(),
                "Titulaire", "Services techniques", "2027-01");
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
    private double bare(List<byte[]> pdfs, int n, int threads) throws Exception {
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
