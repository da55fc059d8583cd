package org.hrdemat.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import org.hrdemat.leave.boundary.LeaveTypes;
import org.hrdemat.shared.BusinessException;
import org.hrdemat.web.shell.Pages;
import org.hrdemat.web.shell.UserSession;

/** The leave policy page: each leave type of the current employer, edited one at a time. */
@Named
@ViewScoped
public class LeaveTypesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient LeaveTypes types;

    @Inject
    UserSession session;

    private List<LeaveTypes.LeaveTypeView> list;
    private String code;
    private long version;
    private String label;
    private boolean needsDocument;
    private boolean halfDaysAllowed;
    private BigDecimal rttDays;
    private boolean active;

    @PostConstruct
    void load() {
        list = types.list(session.getEmployerId());
    }

    public void edit(LeaveTypes.LeaveTypeView t) {
        code = t.code();
        version = t.version();
        label = t.label();
        needsDocument = t.needsDocument();
        halfDaysAllowed = t.halfDaysAllowed();
        rttDays = t.rttDays();
        active = t.active();
    }

    public void save() {
        try {
            types.configure(session.getEmployerId(), code, version, label, needsDocument, halfDaysAllowed, rttDays, active);
            Pages.info("common.saved");
            code = null;
            load();
        } catch (BusinessException e) {
            Pages.error(e, "leaveType");
        }
    }

    public boolean isRtt() {
        return "RTT".equals(code);
    }

    public List<LeaveTypes.LeaveTypeView> getList() {
        return list;
    }

    public String getCode() {
        return code;
    }

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }

    public boolean isNeedsDocument() {
        return needsDocument;
    }

    public void setNeedsDocument(boolean needsDocument) {
        this.needsDocument = needsDocument;
    }

    public boolean isHalfDaysAllowed() {
        return halfDaysAllowed;
    }

    public void setHalfDaysAllowed(boolean halfDaysAllowed) {
        this.halfDaysAllowed = halfDaysAllowed;
    }

    public BigDecimal getRttDays() {
        return rttDays;
    }

    public void setRttDays(BigDecimal rttDays) {
        this.rttDays = rttDays;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
