package org.hrdemat.web.leave;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.hrdemat.leave.boundary.LeaveBalance;
import org.hrdemat.leave.boundary.LeaveBalances;
import org.hrdemat.leave.boundary.LeaveRequestView;
import org.hrdemat.leave.boundary.LeaveRequests;
import org.hrdemat.leave.boundary.NewLeaveRequest;
import org.hrdemat.leave.entity.HalfDay;
import org.hrdemat.shared.BusinessException;
import org.hrdemat.web.shell.Pages;

/** The agent's leave page: balances, the request form with its live count, own requests and cancel. */
@Named
@ViewScoped
public class MyLeaveBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient LeaveRequests requests;

    @EJB
    transient LeaveBalances balances;

    @EJB
    transient org.hrdemat.leave.boundary.LeaveTypes leaveTypes;

    @jakarta.inject.Inject
    org.hrdemat.web.shell.UserSession session;

    private List<org.hrdemat.leave.boundary.LeaveTypes.LeaveTypeView> typeList;

    private int year;
    private List<LeaveBalance> balanceList;
    private List<LeaveRequestView> mine;
    private String type = "CA";
    private LocalDate startDate;
    private HalfDay startHalf = HalfDay.AM;
    private LocalDate endDate;
    private HalfDay endHalf = HalfDay.PM;
    private String comment;
    private BigDecimal count;
    private String countProblem;

    @PostConstruct
    void load() {
        if (year == 0) {
            year = LocalDate.now(ZoneId.of("Europe/Paris")).getYear();
        }
        balanceList = balances.mine(year);
        mine = requests.mine();
        typeList = leaveTypes.list(session.getEmployerId()).stream().filter(t -> t.active()).toList();
    }

    /** Live count of working days while the form is being filled. */
    public void recount() {
        count = null;
        countProblem = null;
        if (startDate == null || endDate == null) {
            return;
        }
        try {
            count = requests.count(new NewLeaveRequest(type, startDate, startHalf, endDate, endHalf, null));
        } catch (BusinessException e) {
            countProblem = org.hrdemat.web.i18n.Texts.of(
                    jakarta.faces.context.FacesContext.getCurrentInstance().getViewRoot().getLocale(), e);
        }
    }

    /** Remaining balance of the chosen type after this request (in the year of its start). */
    public BigDecimal getRemainingAfter() {
        if (count == null || startDate == null) {
            return null;
        }
        List<LeaveBalance> list = startDate.getYear() == year ? balanceList : balances.mine(startDate.getYear());
        return list.stream().filter(b -> b.type().equals(type)).findFirst()
                .map(b -> b.remaining().subtract(count)).orElse(null);
    }

    public void submit() {
        try {
            requests.submit(new NewLeaveRequest(type, startDate, startHalf, endDate, endHalf, comment));
            Pages.info("leave.submitted");
            startDate = null;
            endDate = null;
            comment = null;
            count = null;
            load();
        } catch (BusinessException e) {
            Pages.error(e, "request");
        }
    }

    public void cancel(Long id) {
        try {
            LeaveRequestView v = requests.cancel(id);
            Pages.info(v.status().name().equals("CANCELLED") ? "leave.cancelled" : "leave.cancelRequested");
            load();
        } catch (BusinessException e) {
            Pages.error(e, null);
        }
    }

    public void changeYear() {
        load();
    }

    public boolean cancellable(LeaveRequestView r) {
        return switch (r.status()) {
            case SUBMITTED -> true;
            case APPROVED -> r.startDate().isAfter(LocalDate.now(ZoneId.of("Europe/Paris")));
            default -> false;
        };
    }

    public List<org.hrdemat.leave.boundary.LeaveTypes.LeaveTypeView> getTypes() {
        return typeList;
    }

    /** The chosen type asks for a supporting document (the form says so). */
    public boolean isDocumentNeeded() {
        return typeList.stream().anyMatch(t -> t.code().equals(type) && t.needsDocument());
    }

    public HalfDay[] getHalves() {
        return HalfDay.values();
    }

    public List<LeaveBalance> getBalances() {
        return balanceList;
    }

    public List<LeaveRequestView> getMine() {
        return mine;
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

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public HalfDay getStartHalf() {
        return startHalf;
    }

    public void setStartHalf(HalfDay startHalf) {
        this.startHalf = startHalf;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public void setEndDate(LocalDate endDate) {
        this.endDate = endDate;
    }

    public HalfDay getEndHalf() {
        return endHalf;
    }

    public void setEndHalf(HalfDay endHalf) {
        this.endHalf = endHalf;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public BigDecimal getCount() {
        return count;
    }

    public String getCountProblem() {
        return countProblem;
    }
}
