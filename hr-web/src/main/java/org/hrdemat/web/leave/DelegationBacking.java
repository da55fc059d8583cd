package org.hrdemat.web.leave;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.hrdemat.leave.boundary.Delegations;
import org.hrdemat.shared.BusinessException;
import org.hrdemat.web.shell.Pages;

/** A manager's delegations: name a delegate for a period, or revoke. */
@Named
@ViewScoped
public class DelegationBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient Delegations delegations;

    private List<Delegations.DelegationView> list;
    private List<Delegations.Candidate> candidates;
    private Long delegateId;
    private LocalDate startDate;
    private LocalDate endDate;

    @PostConstruct
    void load() {
        list = delegations.mine();
        candidates = delegations.candidates();
    }

    public void create() {
        try {
            delegations.create(delegateId, startDate, endDate);
            Pages.info("delegation.created");
            load();
        } catch (BusinessException e) {
            Pages.error(e, "delegation");
        }
    }

    public void revoke(Long id) {
        try {
            delegations.revoke(id);
            Pages.info("delegation.revoked");
            load();
        } catch (BusinessException e) {
            Pages.error(e, null);
        }
    }

    public List<Delegations.DelegationView> getList() {
        return list;
    }

    public List<Delegations.Candidate> getCandidates() {
        return candidates;
    }

    public Long getDelegateId() {
        return delegateId;
    }

    public void setDelegateId(Long delegateId) {
        this.delegateId = delegateId;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public void setEndDate(LocalDate endDate) {
        this.endDate = endDate;
    }
}
