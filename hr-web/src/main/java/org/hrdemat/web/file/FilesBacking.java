package org.hrdemat.web.file;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.hrdemat.personnelfile.boundary.FileViews;
import org.hrdemat.personnelfile.boundary.Nomenclature;
import org.hrdemat.personnelfile.boundary.PersonnelFiles;
import org.hrdemat.shared.BusinessException;
import org.hrdemat.web.shell.Pages;
import org.hrdemat.web.shell.UserSession;

/** HR: the employer's personnel files, searched by agent, section, type and date. */
@Named
@ViewScoped
public class FilesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient PersonnelFiles files;

    @EJB
    transient Nomenclature nomenclature;

    @Inject
    UserSession session;

    private String text;
    private Integer section;
    private String type;
    private LocalDate from;
    private LocalDate to;
    private List<FileViews.Hit> hits = List.of();
    private List<FileViews.SectionInfo> sections = List.of();
    private List<FileViews.TypeView> types = List.of();

    @PostConstruct
    void init() {
        sections = nomenclature.sections(session.getEmployerId());
        types = nomenclature.types();
        search();
    }

    public void search() {
        try {
            hits = files.search(session.getEmployerId(), new FileViews.Criteria(text, section, type, from, to));
        } catch (BusinessException e) {
            Pages.error(e, "search");
        }
    }

    public boolean isOnDocuments() {
        return hits.stream().anyMatch(h -> h.documentId() != null);
    }

    public List<FileViews.Hit> getHits() {
        return hits;
    }

    public List<FileViews.SectionInfo> getSections() {
        return sections;
    }

    public List<FileViews.TypeView> getTypes() {
        return types;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public Integer getSection() {
        return section;
    }

    public void setSection(Integer section) {
        this.section = section;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
