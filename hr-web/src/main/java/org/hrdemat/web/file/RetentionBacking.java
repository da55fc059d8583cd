package org.hrdemat.web.file;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hrdemat.personnelfile.boundary.FileViews;
import org.hrdemat.personnelfile.boundary.RetentionReview;
import org.hrdemat.shared.BusinessException;
import org.hrdemat.web.shell.Pages;
import org.hrdemat.web.shell.UserSession;

/** HR: documents whose active retention is over; archive them (SEDA) or destroy them, by explicit decision. */
@Named
@ViewScoped
public class RetentionBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient RetentionReview review;

    @Inject
    UserSession session;

    private List<FileViews.DueView> due = List.of();
    private List<FileViews.DecisionView> decisions = List.of();
    private final Map<Long, Boolean> selected = new HashMap<>();

    @PostConstruct
    void load() {
        due = review.due(session.getEmployerId());
        decisions = review.decisions(session.getEmployerId());
        selected.clear();
    }

    public void check() {
        int marked = review.checkNow(session.getEmployerId());
        Pages.info("retention.checked", marked);
        load();
    }

    public void archive() {
        decide(true);
    }

    public void destroy() {
        decide(false);
    }

    private void decide(boolean archive) {
        List<Long> ids = selected.entrySet().stream().filter(e -> Boolean.TRUE.equals(e.getValue()))
                .map(Map.Entry::getKey).toList();
        try {
            FileViews.DecisionView d = archive ? review.archive(session.getEmployerId(), ids)
                    : review.destroy(session.getEmployerId(), ids);
            Pages.info(archive ? "retention.archived" : "retention.destroyed", d.documents());
        } catch (BusinessException e) {
            Pages.error(e, null);
        }
        load();
    }

    public List<FileViews.DueView> getDue() {
        return due;
    }

    public List<FileViews.DecisionView> getDecisions() {
        return decisions;
    }

    public Map<Long, Boolean> getSelected() {
        return selected;
    }
}
