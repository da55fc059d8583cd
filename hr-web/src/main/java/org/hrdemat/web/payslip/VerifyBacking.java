package org.hrdemat.web.payslip;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import org.hrdemat.payslip.boundary.Payslips;
import org.hrdemat.web.shell.Pages;

/** The public authenticity check of a payslip (no login): upload the PDF, read the verdict. */
@Named
@RequestScoped
public class VerifyBacking {

    @EJB
    Payslips payslips;

    private Part file;
    private Payslips.Verification result;

    public void check() {
        if (file == null || file.getSize() == 0 || file.getSize() > 20 * 1024 * 1024) {
            Pages.error("payroll.notPdf");
            return;
        }
        try (InputStream in = file.getInputStream()) {
            result = payslips.verify(in.readAllBytes());
        } catch (org.hrdemat.shared.BusinessException e) {
            Pages.error(e, null);
        } catch (IOException e) {
            Pages.error("payroll.notPdf");
        }
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public Payslips.Verification getResult() {
        return result;
    }
}
