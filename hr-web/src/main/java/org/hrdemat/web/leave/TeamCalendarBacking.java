package org.hrdemat.web.leave;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import org.hrdemat.leave.boundary.LeaveRequestView;
import org.hrdemat.leave.boundary.LeaveRequests;
import org.hrdemat.leave.entity.LeaveStatus;
import org.primefaces.model.DefaultScheduleEvent;
import org.primefaces.model.DefaultScheduleModel;
import org.primefaces.model.ScheduleModel;

/** The team calendar (PrimeFaces schedule): approved and pending leave of the agents the manager approves. */
@Named
@ViewScoped
public class TeamCalendarBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient LeaveRequests requests;

    private final DefaultScheduleModel model = new DefaultScheduleModel();
    private int count;

    @PostConstruct
    void load() {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Paris"));
        for (LeaveRequestView r : requests.team(today.minusMonths(3), today.plusMonths(12))) {
            boolean approved = r.status() == LeaveStatus.APPROVED;
            model.addEvent(DefaultScheduleEvent.builder()
                    .id(String.valueOf(r.id()))
                    .title(r.employeeName() + " — " + r.type() + (approved ? "" : " (?)"))
                    .startDate(r.startDate().atStartOfDay())
                    .endDate(r.endDate().plusDays(1).atStartOfDay())
                    .allDay(true)
                    .editable(false)
                    .styleClass(approved ? "leave-approved" : "leave-pending")
                    // the colours of app.css's classes given to the event itself as well: the schedule leaves an
                    // event's class off the drawn event, which then had the calendar's default blue behind white
                    // text, below the contrast RGAA asks for
                    .backgroundColor(approved ? "#18753c" : "#ffffff")
                    .borderColor(approved ? "#18753c" : "#000091")
                    .textColor(approved ? "#ffffff" : "#000091")
                    .build());
            count++;
        }
    }

    public ScheduleModel getModel() {
        return model;
    }

    public int getCount() {
        return count;
    }
}
