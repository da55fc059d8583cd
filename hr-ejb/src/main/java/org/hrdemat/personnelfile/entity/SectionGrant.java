package org.hrdemat.personnelfile.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** A section an ADMIN opened to the managers of an employer (for the agents of the units they manage). */
@Entity
@Table(name = "file_section_grant")
@NamedQuery(name = "SectionGrant.ofEmployer", query = "select g from SectionGrant g where g.employerId = :employer")
public class SectionGrant {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "employer_id", nullable = false)
    private Long employerId;

    @Column(name = "section_id", nullable = false)
    private Long sectionId;

    protected SectionGrant() {
    }

    public SectionGrant(Long employerId, Long sectionId) {
        this.employerId = employerId;
        this.sectionId = sectionId;
    }

    public Long getSectionId() {
        return sectionId;
    }

    public Long getEmployerId() {
        return employerId;
    }
}
