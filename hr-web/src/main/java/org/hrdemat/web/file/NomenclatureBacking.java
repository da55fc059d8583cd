package org.hrdemat.web.file;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.hrdemat.personnelfile.boundary.FileViews;
import org.hrdemat.personnelfile.boundary.Nomenclature;
import org.hrdemat.personnelfile.entity.FinalAction;
import org.hrdemat.personnelfile.entity.RetentionAnchor;
import org.hrdemat.shared.BusinessException;
import org.hrdemat.web.shell.Pages;
import org.hrdemat.web.shell.UserSession;

/** ADMIN: the sections and document types of the personnel files, and the sections open to managers. */
@Named
@ViewScoped
public class NomenclatureBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient Nomenclature nomenclature;

    @Inject
    UserSession session;

    private List<FileViews.SectionInfo> sections = List.of();
    private List<FileViews.TypeView> types = List.of();
    private String sectionName;
    private boolean sectionRestricted;
    private Integer typeSection;
    private String typeCode;
    private String typeName;
    private RetentionAnchor anchor = RetentionAnchor.AGE;
    private Integer years = 80;
    private FinalAction finalAction = FinalAction.ARCHIVE;

    @PostConstruct
    void load() {
        sections = nomenclature.sections(session.getEmployerId());
        types = nomenclature.types();
    }

    public void toggle(Long sectionId, boolean granted) {
        try {
            nomenclature.grantToManagers(session.getEmployerId(), sectionId, granted);
            Pages.info("common.saved");
        } catch (BusinessException e) {
            Pages.error(e, null);
        }
        load();
    }

    public void addSection() {
        try {
            FileViews.SectionInfo s = nomenclature.addSection(sectionName, sectionRestricted);
            Pages.info("nomenclature.sectionAdded", s.code(), s.name());
            sectionName = null;
            sectionRestricted = false;
        } catch (BusinessException e) {
            Pages.error(e, "section");
        }
        load();
    }

    public void addType() {
        try {
            FileViews.TypeView t = nomenclature.addType(typeSection == null ? -1 : typeSection, typeCode, typeName,
                    anchor, years, finalAction);
            Pages.info("nomenclature.typeAdded", t.code());
            typeCode = null;
            typeName = null;
        } catch (BusinessException e) {
            Pages.error(e, "type");
        }
        load();
    }

    public RetentionAnchor[] getAnchors() {
        return RetentionAnchor.values();
    }

    public FinalAction[] getFinalActions() {
        return FinalAction.values();
    }

    public List<FileViews.SectionInfo> getSections() {
        return sections;
    }

    public List<FileViews.TypeView> getTypes() {
        return types;
    }

    public String getSectionName() {
        return sectionName;
    }

    public void setSectionName(String sectionName) {
        this.sectionName = sectionName;
    }

    public boolean isSectionRestricted() {
        return sectionRestricted;
    }

    public void setSectionRestricted(boolean sectionRestricted) {
        this.sectionRestricted = sectionRestricted;
    }

    public Integer getTypeSection() {
        return typeSection;
    }

    public void setTypeSection(Integer typeSection) {
        this.typeSection = typeSection;
    }

    public String getTypeCode() {
        return typeCode;
    }

    public void setTypeCode(String typeCode) {
        this.typeCode = typeCode;
    }

    public String getTypeName() {
        return typeName;
    }

    public void setTypeName(String typeName) {
        this.typeName = typeName;
    }

    public RetentionAnchor getAnchor() {
        return anchor;
    }

    public void setAnchor(RetentionAnchor anchor) {
        this.anchor = anchor;
    }

    public Integer getYears() {
        return years;
    }

    public void setYears(Integer years) {
        this.years = years;
    }

    public FinalAction getFinalAction() {
        return finalAction;
    }

    public void setFinalAction(FinalAction finalAction) {
        this.finalAction = finalAction;
    }
}
