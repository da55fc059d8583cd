package org.hrdemat.personnelfile.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** A document type of the nomenclature: its section and its retention rule. */
@Entity
@Table(name = "file_document_type")
@NamedQuery(name = "FileDocumentType.all", query = "select t from FileDocumentType t order by t.section.code, t.name")
@NamedQuery(name = "FileDocumentType.byCode", query = "select t from FileDocumentType t where t.code = :code")
public class FileDocumentType {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "section_id")
    private FileSection section;

    @jakarta.validation.constraints.Size(max = 40)
    @Column(nullable = false, unique = true, length = 40)
    private String code;

    @jakarta.validation.constraints.Size(max = 120)
    @Column(nullable = false, length = 120)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "retention_anchor", nullable = false, length = 20)
    private RetentionAnchor anchor;

    @Column(name = "retention_years", nullable = false)
    private int years;

    @Enumerated(EnumType.STRING)
    @Column(name = "final_action", nullable = false, length = 10)
    private FinalAction finalAction;

    protected FileDocumentType() {
    }

    public FileDocumentType(FileSection section, String code, String name, RetentionAnchor anchor, int years,
                            FinalAction finalAction) {
        this.section = section;
        this.code = code;
        this.name = name;
        this.anchor = anchor;
        this.years = years;
        this.finalAction = finalAction;
    }

    public Long getId() {
        return id;
    }

    public FileSection getSection() {
        return section;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public RetentionAnchor getAnchor() {
        return anchor;
    }

    public int getYears() {
        return years;
    }

    public FinalAction getFinalAction() {
        return finalAction;
    }
}
