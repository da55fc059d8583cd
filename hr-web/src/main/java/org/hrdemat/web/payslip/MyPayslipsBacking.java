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

    @PostConstruct
    void load() {
        list = payslips.mine();
    }

    public List<Payslips.PayslipView> getList() {
        return list;
    }
}
