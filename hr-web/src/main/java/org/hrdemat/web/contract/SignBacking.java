package org.hrdemat.web.contract;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import org.hrdemat.contract.boundary.ContractViews;
import org.hrdemat.contract.boundary.Signatures;
import org.hrdemat.shared.BusinessException;
import org.hrdemat.web.shell.Pages;

/** A signer reads the document, asks for a code by email, and signs with it, or refuses with a reason. */
@Named
@ViewScoped
public class SignBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient Signatures signatures;

    private Long request;
    private ContractViews.RequestView view;
    private ContractViews.CodeSent codeSent;
    private String code;
    private String reason;

    /** Called by f:viewAction; a request the caller does not sign is "not found". */
    public void load() {
        view = signatures.find(request);
    }

    public void sendCode() {
        try {
            codeSent = signatures.sendCode(request, ip());
            Pages.info("sign.codeSent", codeSent.sentTo());
        } catch (BusinessException e) {
            Pages.error(e, "sign");
        }
        load();
    }

    public void sign() {
        try {
            view = signatures.sign(request, code, ip());
            code = null;
            codeSent = null;
            Pages.info("sign.signed");
        } catch (BusinessException e) {
            Pages.error(e, "sign");
            load();
        }
    }

    public void refuse() {
        try {
            view = signatures.refuse(request, reason, ip());
            Pages.info("sign.refused");
        } catch (BusinessException e) {
            Pages.error(e, "refuse");
            load();
        }
    }

    static String ip() {
        return ((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest()).getRemoteAddr();
    }

    public Long getRequest() {
        return request;
    }

    public void setRequest(Long request) {
        this.request = request;
    }

    public ContractViews.RequestView getView() {
        return view;
    }

    public ContractViews.CodeSent getCodeSent() {
        return codeSent;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
