package org.hrdemat.web.leave;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.hrdemat.leave.boundary.LeaveBalances;
import org.hrdemat.leave.boundary.LeaveExport;
import org.hrdemat.leave.boundary.LeaveRequestView;
import org.hrdemat.leave.boundary.LeaveRequests;
import org.hrdemat.leave.entity.LeaveStatus;
import org.hrdemat.shared.BusinessException;
import org.hrdemat.shared.InvalidInputException;
import org.hrdemat.web.shell.Pages;
import org.hrdemat.web.shell.UserSession;

/** HR overview of leave: every request with filters, every agent's balances, adjustments and XLSX export. */
@Named
@ViewScoped
public class HrLeaveBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient LeaveRequests requests;

    @EJB
    transient LeaveBalances balances;

    @EJB
    transient LeaveExport export;

    @Inject
    UserSession session;

    private LeaveStatus status;
    private LocalDate from;
    private LocalDate to;
    private int year;
    private List<LeaveRequestView> list;
    private List<LeaveBalances.AgentBalances> agents;
    private Long adjustEmployeeId;
    private String adjustType = "CA";
    private BigDecimal adjustDays;
    private String adjustReason;

    @PostConstruct
    void load() {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Paris"));
        if (year == 0) {
            year = today.getYear();
            from = LocalDate.of(year, 1, 1);
            to = LocalDate.of(year, 12, 31);
        }
        search();
    }

    /** Files the decision of a request in the agent's personnel file (section 6). */
    public void fileDecision(Long id) {
        try {
            requests.fileDecision(id);
            org.hrdemat.web.shell.Pages.info("leave.hr.decisionFiled");
        } catch (org.hrdemat.shared.BusinessException e) {
            org.hrdemat.web.shell.Pages.error(e, null);
        }
        search();
    }

    public void search() {
        list = requests.ofEmployer(session.getEmployerId(), status, from, to);
        agents = balances.ofEmployer(session.getEmployerId(), year);
    }

    public void adjust() {
        try {
            if (adjustDays == null || adjustDays.multiply(BigDecimal.valueOf(2)).stripTrailingZeros().scale() > 0) {
                throw new InvalidInputException("leave.adjustment");
            }
            balances.adjust(adjustEmployeeId, adjustType, year, adjustDays.multiply(BigDecimal.valueOf(2)).intValue(),
                    adjustReason);
            Pages.info("common.saved");
            adjustDays = null;
            adjustReason = null;
            search();
        } catch (BusinessException e) {
            Pages.error(e, "adjust");
        }
    }

    /** Sends the XLSX of the filtered period. */
    public void download() throws IOException {
        try {
            byte[] content = export.xlsx(session.getEmployerId(), from, to);
            FacesContext ctx = FacesContext.getCurrentInstance();
            ExternalContext ec = ctx.getExternalContext();
            ec.responseReset();
            ec.setResponseContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            ec.setResponseHeader("Content-Disposition", "attachment; filename=\"conges-" + from + "-" + to + ".xlsx\"");
            ec.setResponseHeader("Cache-Control", "no-store");
            ec.setResponseContentLength(content.length);
            ec.getResponseOutputStream().write(content);
            ctx.responseComplete();
        } catch (BusinessException e) {
            Pages.error(e, null);
        }
    }

    public LeaveStatus[] getStatuses() {
        return LeaveStatus.values();
    }

    public List<String> getTypes() {
        return List.of("CA", "RTT", "CET", "FRAC");
    }

    public List<LeaveRequestView> getList() {
        return list;
    }

    public List<LeaveBalances.AgentBalances> getAgents() {
        return agents;
    }

    public LeaveStatus getStatus() {
        return status;
    }

    public void setStatus(LeaveStatus status) {
        this.status = status;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    /** The year as text, so that it is not shown with a thousands separator. */
    public String getYearText() {
        return String.valueOf(year);
    }

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = year;
    }

    public Long getAdjustEmployeeId() {
        return adjustEmployeeId;
    }

    public void setAdjustEmployeeId(Long adjustEmployeeId) {
        this.adjustEmployeeId = adjustEmployeeId;
    }

    public String getAdjustType() {
        return adjustType;
    }

    public void setAdjustType(String adjustType) {
        this.adjustType = adjustType;
    }

    public BigDecimal getAdjustDays() {
        return adjustDays;
    }

    public void setAdjustDays(BigDecimal adjustDays) {
        this.adjustDays = adjustDays;
    }

    public String getAdjustReason() {
        return adjustReason;
    }

    public void setAdjustReason(String adjustReason) {
        this.adjustReason = adjustReason;
    }
}
