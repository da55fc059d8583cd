package org.hrdemat.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import org.hrdemat.document.boundary.Seals;
import org.hrdemat.shared.BusinessException;
import org.hrdemat.web.shell.Pages;
import org.hrdemat.web.shell.UserSession;

/** The current employer's seal on the employers page: what is installed, and installing a new PKCS#12. */
@Named
@ViewScoped
public class SealBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient Seals seals;

    @Inject
    UserSession session;

    private Seals.SealView current;
    private transient Part file;
    private String password;

    @PostConstruct
    void load() {
        current = seals.current(session.getEmployerId());
    }

    public void install() {
        if (file == null || file.getSize() == 0 || file.getSize() > 12_000) {
            Pages.error("seal.unreadable");
            return;
        }
        try (InputStream in = file.getInputStream()) {
            current = seals.install(session.getEmployerId(), in.readAllBytes(), password);
            Pages.info("common.saved");
        } catch (BusinessException e) {
            Pages.error(e, null);
        } catch (IOException e) {
            Pages.error("seal.unreadable");
        } finally {
            password = null;
        }
    }

    public Seals.SealView getCurrent() {
        return current;
    }

    public Long getEmployerId() {
        return session.getEmployerId();
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
