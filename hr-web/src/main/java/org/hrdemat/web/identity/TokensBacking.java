package org.hrdemat.web.identity;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.hrdemat.identity.boundary.ApiTokens;
import org.hrdemat.shared.BusinessException;
import org.hrdemat.web.shell.Pages;

/** Any user's API tokens: made (the secret shown once, on this view only), listed and revoked. */
@Named
@ViewScoped
public class TokensBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient ApiTokens tokens;

    private String name;
    private Integer days = ApiTokens.DEFAULT_DAYS;
    private boolean readOnly;
    /** The secret of the token just made: shown on this answer, then forgotten. */
    private transient String secret;
    private List<ApiTokens.TokenView> list;

    public List<ApiTokens.TokenView> getList() {
        if (list == null) {
            list = tokens.mine();
        }
        return list;
    }

    public void create() {
        try {
            secret = tokens.create(name, days, readOnly).secret();
            name = null;
            list = null;
        } catch (BusinessException e) {
            Pages.error(e, "create");
        }
    }

    public void revoke(Long id) {
        try {
            tokens.revoke(id);
            secret = null;
            list = null;
            Pages.info("tokens.revoked");
        } catch (BusinessException e) {
            Pages.error(e, null);
        }
    }

    public String getSecret() {
        return secret;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Integer getDays() {
        return days;
    }

    public void setDays(Integer days) {
        this.days = days;
    }

    public boolean isReadOnly() {
        return readOnly;
    }

    public void setReadOnly(boolean readOnly) {
        this.readOnly = readOnly;
    }
}
