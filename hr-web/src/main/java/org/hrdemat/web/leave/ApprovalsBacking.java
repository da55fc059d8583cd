package org.hrdemat.web.leave;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hrdemat.leave.boundary.ApprovalView;
import org.hrdemat.leave.boundary.LeaveRequests;
import org.hrdemat.shared.BusinessException;
import org.hrdemat.web.shell.Pages;

/** The approver's page: pending requests with balance and team absences; approve, or refuse with a reason. */
@Named
@ViewScoped
public class ApprovalsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient LeaveRequests requests;

    private List<ApprovalView> pending;
    private final Map<Long, String> reasons = new HashMap<>();

    @PostConstruct
    void load() {
        pending = requests.approvals();
    }

    public void approve(Long id) {
        try {
            requests.approve(id);
            Pages.info("leave.approved");
        } catch (BusinessException e) {
            Pages.error(e, null);
        }
        load();
    }

    public void refuse(Long id) {
        try {
            requests.refuse(id, reasons.get(id));
            reasons.remove(id);
            Pages.info("leave.refused");
        } catch (BusinessException e) {
            Pages.error(e, null);
        }
        load();
    }

    public List<ApprovalView> getPending() {
        return pending;
    }

    public Map<Long, String> getReasons() {
        return reasons;
    }
}
