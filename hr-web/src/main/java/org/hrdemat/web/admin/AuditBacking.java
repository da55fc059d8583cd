package org.hrdemat.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.hrdemat.audit.boundary.AuditFilter;
import org.hrdemat.audit.boundary.AuditLog;
import org.hrdemat.audit.control.ChainVerification;
import org.hrdemat.audit.entity.AuditEvent;
import org.hrdemat.web.shell.Pages;
import org.hrdemat.web.shell.UserSession;

/** The audit log of the current employer, filtered, and the chain verification. */
@Named
@ViewScoped
public class AuditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient AuditLog audit;

    @Inject
    UserSession session;

    private String actor;
    private String action;
    private List<AuditEvent> events;
    private ChainVerification verification;

    @PostConstruct
    void search() {
        events = audit.search(new AuditFilter(null, actor, action, null, null, null), 0, 200);
    }

    public void filter() {
        search();
    }

    public void verify() {
        verification = audit.verify();
        if (verification.valid()) {
            Pages.info("audit.valid", verification.checkedEvents());
            if (verification.sealedUpTo() != null) {
                Pages.info("audit.sealed", verification.sealedUpTo(),
                        new org.hrdemat.web.shell.Dates().instant(verification.sealedAt()));
            }
        } else {
            Pages.error("audit.broken", verification.firstBrokenEvent(), verification.problem());
        }
        search();
    }

    public List<AuditEvent> getEvents() {
        return events;
    }

    public ChainVerification getVerification() {
        return verification;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }
}
