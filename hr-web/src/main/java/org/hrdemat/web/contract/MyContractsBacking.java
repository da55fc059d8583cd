package org.hrdemat.web.contract;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.hrdemat.contract.boundary.ContractViews;
import org.hrdemat.contract.boundary.Contracts;
import org.hrdemat.contract.boundary.Signatures;

/** What the caller has to sign or signed, and (for an agent) their contracts. */
@Named
@ViewScoped
public class MyContractsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient Signatures signatures;

    @EJB
    transient Contracts contracts;

    private List<ContractViews.RequestView> requests;
    private List<ContractViews.ContractView> mine;

    @PostConstruct
    void load() {
        requests = signatures.mine();
        mine = contracts.mine();
    }

    public List<ContractViews.RequestView> getRequests() {
        return requests;
    }

    public List<ContractViews.ContractView> getMine() {
        return mine;
    }
}
