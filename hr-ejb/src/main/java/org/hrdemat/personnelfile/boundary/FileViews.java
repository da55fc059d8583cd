package org.hrdemat.personnelfile.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.hrdemat.personnelfile.entity.DocumentOrigin;
import org.hrdemat.personnelfile.entity.DocumentStatus;
import org.hrdemat.personnelfile.entity.FinalAction;
import org.hrdemat.personnelfile.entity.RetentionAnchor;

/** What the personnel-file boundary hands out: read-only views, never entities. */
public final class FileViews {

    private FileViews() {
    }

    /** An agent's file as the caller may see it: the sections they may read, each with its documents. */
    public record FileView(Long fileId, Long employeeId, String matricule, String name, LocalDate closedOn,
                           String readerRole, boolean writable, List<SectionView> sections) implements Serializable {
    }

    public record SectionView(Long id, int code, String name, boolean restricted, List<DocumentView> documents)
            implements Serializable {
    }

    public record DocumentView(Long id, int number, int sectionCode, String section, String typeCode, String type,
                               String title, String description, LocalDate date, DocumentOrigin origin,
                               DocumentStatus status, int version, LocalDate retentionDue, String withdrawnReason,
                               String withdrawnBy, Instant withdrawnAt, String createdBy, Instant createdAt,
                               List<VersionView> versions) implements Serializable {
    }

    public record VersionView(int number, long size, String mediaType, String fileName, String note, String addedBy,
                              Instant addedAt, boolean available) implements Serializable {
    }

    /** A document to file: the section and type codes of the nomenclature, its date, title and origin. */
    public record NewDocument(Integer section, String type, LocalDate date, String title, String description,
                              DocumentOrigin origin) implements Serializable {
    }

    /** One access to a file, as its agent sees it. */
    public record AccessView(Instant at, String reader, String login, String role, String action,
                             Integer documentNumber) implements Serializable {
    }

    /** What HR searches by; every part is optional. */
    public record Criteria(String text, Integer section, String type, LocalDate from, LocalDate to)
            implements Serializable {
    }

    /** A search result: an agent, and the document that matched when the search was on documents. */
    public record Hit(Long employeeId, String matricule, String name, boolean active, Long documentId,
                      Integer number, String section, String type, String title, LocalDate date,
                      DocumentStatus status) implements Serializable {
    }

    public record TypeView(Long id, String code, String name, int sectionCode, String section,
                           RetentionAnchor anchor, int years, FinalAction finalAction) implements Serializable {
    }

    public record SectionInfo(Long id, int code, String name, boolean restricted, boolean grantedToManagers)
            implements Serializable {
    }

    /** A document whose active retention is over, waiting for the HR decision. */
    public record DueView(Long documentId, String matricule, String name, int number, String section, String type,
                          String title, LocalDate date, LocalDate retentionDue, FinalAction proposed)
            implements Serializable {
    }

    public record DecisionView(Long id, FinalAction action, String decidedBy, Instant decidedAt, int documents)
            implements Serializable {
    }

    /** A file to hand out: its name, media type and bytes. */
    public record Download(String fileName, String mediaType, byte[] content) {
    }
}
