package org.hrdemat.web.identity;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import org.hrdemat.identity.boundary.EmployeeImport;
import org.hrdemat.identity.boundary.ImportReport;
import org.hrdemat.shared.BusinessException;
import org.hrdemat.web.shell.Pages;
import org.hrdemat.web.shell.UserSession;

/** Upload of an agents workbook and its per-row report. */
@Named
@ViewScoped
public class ImportBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient EmployeeImport importer;

    @Inject
    UserSession session;

    private transient Part file;
    private ImportReport report;

    public void upload() {
        report = null;
        if (file == null || file.getSize() == 0) {
            Pages.error("import.emptyFile");
            return;
        }
        if (file.getSize() > EmployeeImport.MAX_BYTES) {
            Pages.error("import.tooLarge");
            return;
        }
        try (InputStream in = file.getInputStream()) {
            report = importer.importXlsx(session.getEmployerId(), in.readAllBytes(), file.getSubmittedFileName());
            if (report.applied()) {
                Pages.info("import.applied", report.created(), report.updated());
            } else {
                Pages.error("import.rejected");
            }
        } catch (BusinessException e) {
            Pages.error(e, null);
        } catch (IOException e) {
            Pages.error("import.unreadable");
        }
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public ImportReport getReport() {
        return report;
    }
}
