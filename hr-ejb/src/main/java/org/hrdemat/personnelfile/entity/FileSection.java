package org.hrdemat.personnelfile.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** A section of the nomenclature (1 Situation administrative … 8 Cessation de fonctions, then the ADMIN's own). */
@Entity
@Table(name = "file_section")
@NamedQuery(name = "FileSection.all", query = "select s from FileSection s order by s.code")
@NamedQuery(name = "FileSection.maxCode", query = "select coalesce(max(s.code), 0) from FileSection s")
public class FileSection {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private int code;

    @jakarta.validation.constraints.Size(max = 120)
    @Column(nullable = false, length = 120)
    private String name;

    /** Restricted to HR among the readers other than the agent (discipline). */
    @Column(nullable = false)
    private boolean restricted;

    protected FileSection() {
    }

    public FileSection(int code, String name, boolean restricted) {
        this.code = code;
        this.name = name;
        this.restricted = restricted;
    }

    public Long getId() {
        return id;
    }

    public int getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public boolean isRestricted() {
        return restricted;
    }
}
