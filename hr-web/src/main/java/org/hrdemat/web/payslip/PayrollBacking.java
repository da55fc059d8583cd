package org.hrdemat.web.payslip;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;
import org.hrdemat.payslip.boundary.PayrollRuns;
import org.hrdemat.payslip.boundary.RunView;
import org.hrdemat.payslip.entity.RunStatus;
import org.hrdemat.shared.BusinessException;
import org.hrdemat.web.i18n.Texts;
import org.hrdemat.web.shell.Pages;
import org.hrdemat.web.shell.UserSession;

/** HR's payroll page: import a bulk PDF for a period, follow the job, review, publish. */
@Named
@ViewScoped
public class PayrollBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient PayrollRuns runs;

    @Inject
    UserSession session;

    private List<RunView> list;
    private Long shownRun;
    private List<PayrollRuns.RunPayslip> shownPayslips = List.of();
    private String period;
    private transient Part file;

    @PostConstruct
    void load() {
        list = runs.ofEmployer(session.getEmployerId());
    }

    public void upload() {
        if (file == null || file.getSize() == 0) {
            Pages.error("payroll.notPdf");
            return;
        }
        try (InputStream in = file.getInputStream()) {
            // to disk as it comes (a bulk PDF of hundreds of megabytes); the import takes the file over
            java.nio.file.Path upload = org.hrdemat.document.control.Uploads.toFile(in,
                    org.hrdemat.shared.Limits.PAYROLL_BYTES);
            RunView created = runs.importFile(session.getEmployerId(), period, upload, file.getSubmittedFileName());
            runs.start(created.id());
            Pages.info("payroll.started");
            load();
        } catch (BusinessException e) {
            Pages.error(e, "payroll");
        } catch (IOException e) {
            Pages.error("payroll.notPdf");
        }
    }

    public void publish(Long runId) {
        try {
            runs.publish(runId);
            Pages.info("payroll.published");
        } catch (BusinessException e) {
            Pages.error(e, null);
        }
        load();
    }

    public void restart(Long runId) {
        try {
            runs.restart(runId);
        } catch (BusinessException e) {
            Pages.error(e, null);
        }
        load();
    }

    /** Shows (or hides) the payslips of a run, to open any of them before publishing. */
    public void toggle(Long runId) {
        if (runId.equals(shownRun)) {
            shownRun = null;
            shownPayslips = List.of();
            return;
        }
        try {
            shownPayslips = runs.payslipsOf(runId);
            shownRun = runId;
        } catch (BusinessException e) {
            Pages.error(e, null);
        }
    }

    public Long getShownRun() {
        return shownRun;
    }

    public List<PayrollRuns.RunPayslip> getShownPayslips() {
        return shownPayslips;
    }

    /** Reloads while a run is being produced (the page polls). */
    public void refresh() {
        load();
    }

    public boolean isRunning() {
        return list.stream().anyMatch(r -> r.status() == RunStatus.PROCESSING || r.status() == RunStatus.IMPORTED);
    }

    /** A group of payslips kept as the original PDF, in a sentence: how many, and why. */
    public String kept(RunView.KeptOriginalGroup group) {
        return Texts.get(session.getLocale(), "payroll.keptGroup", group.count(), reason(group.reason(), group.detail()));
    }

    /** Why one payslip stayed the original PDF, from the note its item recorded. */
    public String keptNote(String note) {
        org.hrdemat.document.control.KeptOriginal reason = org.hrdemat.document.control.KeptOriginal.of(note);
        return reason == null ? note : reason(reason.name(), org.hrdemat.document.control.KeptOriginal.detail(note));
    }

    /** An issue of the analysis in a sentence. */
    public String issue(RunView.Issue issue) {
        return Texts.get(session.getLocale(), "payroll.issue." + issue.kind(), issue.detail());
    }

    /** Items of a short list in a line. */
    public String joined(List<String> items) {
        return String.join(", ", items);
    }

    private String reason(String code, String detail) {
        return Texts.get(session.getLocale(), "payroll.kept." + code, detail);
    }

    public List<RunView> getList() {
        return list;
    }

    public String getPeriod() {
        return period;
    }

    public void setPeriod(String period) {
        this.period = period;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }
}
