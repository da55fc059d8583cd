package org.hrdemat.web.payslip;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.hrdemat.payslip.boundary.Payslips;

/** The agent's payslips, newest first. */
@Named
@ViewScoped
public class MyPayslipsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient Payslips payslips;

    private List<Payslips.PayslipView> list;
    private Payslips.PaperPreference preference;
    private boolean paper;

    @PostConstruct
    void load() {
        list = payslips.mine();
        preference = payslips.paperPreference();
        paper = preference.paper();
    }

    public void savePaper() {
        preference = payslips.choosePaper(paper);
        org.hrdemat.web.shell.Pages.info("payslip.paperSaved");
    }

    public Payslips.PaperPreference getPreference() {
        return preference;
    }

    public boolean isPaper() {
        return paper;
    }

    public void setPaper(boolean paper) {
        this.paper = paper;
    }

    public List<Payslips.PayslipView> getList() {
        return list;
    }
}
