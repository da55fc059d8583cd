package org.hrdemat.payslip.batch;

import java.io.ByteArrayInputStream;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.hrdemat.payslip.control.PayrollLinesReader;
import org.hrdemat.payslip.control.PayslipData;

/**
 * The payroll lines of the files a job is working on, read once for the job's steps and partitions (a file of
 * 300,000 lines takes seconds to read): by matricule, in file order. Only the last two files are kept.
 */
final class PayrollLines {

    private static final Map<String, Map<String, PayslipData>> READ = new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Map<String, PayslipData>> eldest) {
            return size() > 2;
        }
    };

    private PayrollLines() {
    }

    /** The payslips of the file whose SHA-256 is given (the content is read only the first time). */
    static Map<String, PayslipData> of(String sha, byte[] content) {
        synchronized (READ) {
            return READ.computeIfAbsent(sha, s -> {
                Map<String, PayslipData> byMatricule = new LinkedHashMap<>();
                new PayrollLinesReader().read(new ByteArrayInputStream(content)).payslips()
                        .forEach(d -> byMatricule.put(d.matricule(), d));
                return Collections.unmodifiableMap(byMatricule);
            });
        }
    }
}
