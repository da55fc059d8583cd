package org.hrdemat.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.hrdemat.identity.boundary.EmployerView;
import org.hrdemat.identity.boundary.Employers;
import org.hrdemat.identity.entity.EmployerType;
import org.hrdemat.identity.entity.HolidayCalendar;
import org.hrdemat.shared.BusinessException;
import org.hrdemat.web.shell.Pages;
import org.hrdemat.web.shell.UserSession;

/** Employers list with a create/edit form on the same page. */
@Named
@ViewScoped
public class EmployersBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient Employers employers;

    @Inject
    UserSession session;

    private List<EmployerView> list;
    private Long editingId;
    private long version;
    private String name;
    private String siret;
    private EmployerType type = EmployerType.COMMUNE;
    private HolidayCalendar calendar = HolidayCalendar.METROPOLE;

    @PostConstruct
    void load() {
        list = employers.mine();
    }

    public void edit(EmployerView e) {
        editingId = e.id();
        version = e.version();
        name = e.name();
        siret = e.siret();
        type = e.type();
        calendar = e.calendar();
        signatoryTitle = e.signatoryTitle();
    }

    public void startNew() {
        editingId = null;
        name = null;
        siret = null;
        type = EmployerType.COMMUNE;
        calendar = HolidayCalendar.METROPOLE;
        signatoryTitle = null;
    }

    public void save() {
        try {
            EmployerView saved = editingId == null ? employers.create(name, siret, type, calendar)
                    : employers.update(editingId, version, name, siret, type, calendar);
            employers.setSignatoryTitle(saved.id(), signatoryTitle);
            session.refreshEmployers();
            Pages.info("common.saved");
            startNew();
            load();
        } catch (BusinessException e) {
            Pages.error(e, "employer");
        }
    }

    private String signatoryTitle;

    public String getSignatoryTitle() {
        return signatoryTitle;
    }

    public void setSignatoryTitle(String signatoryTitle) {
        this.signatoryTitle = signatoryTitle;
    }

    public void toggle(EmployerView e) {
        try {
            employers.setActive(e.id(), !e.active());
            load();
            Pages.info("common.saved");
        } catch (BusinessException ex) {
            Pages.error(ex, null);
        }
    }

    /** Sets how long payslips of that employer stay available. */
    public void retention(EmployerView e, String value) {
        try {
            employers.choosePayslipRetention(e.id(), org.hrdemat.identity.entity.PayslipRetention.valueOf(value));
            load();
            Pages.info("common.saved");
        } catch (BusinessException ex) {
            Pages.error(ex, null);
        }
    }

    public EmployerType[] getTypes() {
        return EmployerType.values();
    }

    public HolidayCalendar[] getCalendars() {
        return HolidayCalendar.values();
    }

    public List<EmployerView> getList() {
        return list;
    }

    public Long getEditingId() {
        return editingId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getSiret() {
        return siret;
    }

    public void setSiret(String siret) {
        this.siret = siret;
    }

    public EmployerType getType() {
        return type;
    }

    public void setType(EmployerType type) {
        this.type = type;
    }

    public HolidayCalendar getCalendar() {
        return calendar;
    }

    public void setCalendar(HolidayCalendar calendar) {
        this.calendar = calendar;
    }
}
