package org.hrdemat.personnelfile.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** One content of a document (the first, or a correction): a PDF in the document store, by its SHA-256. */
@Entity
@Table(name = "file_document_version")
@NamedQuery(name = "FileDocumentVersion.of", query = "select v from FileDocumentVersion v where v.documentId = :document "
        + "order by v.versionNumber")
@NamedQuery(name = "FileDocumentVersion.ofFile", query = "select v from FileDocumentVersion v, FileDocument d "
        + "where v.documentId = d.id and d.fileId = :file order by d.number, v.versionNumber")
@NamedQuery(name = "FileDocumentVersion.countSha", query = "select count(v) from FileDocumentVersion v where v.contentSha = :sha")
public class FileDocumentVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "document_id", nullable = false)
    private Long documentId;

    @Column(name = "version_number", nullable = false)
    private int versionNumber;

    @jakarta.validation.constraints.Size(max = 64)
    @Column(name = "content_sha", length = 64)
    private String contentSha;

    @Column(name = "size_bytes", nullable = false)
    private long size;

    /** The type of what was uploaded (the stored content is always a PDF). */
    @jakarta.validation.constraints.Size(max = 60)
    @Column(name = "media_type", nullable = false, length = 60)
    private String mediaType;

    @jakarta.validation.constraints.Size(max = 200)
    @Column(name = "file_name", length = 200)
    private String fileName;

    @jakarta.validation.constraints.Size(max = 500)
    @Column(length = 500)
    private String note;

    @jakarta.validation.constraints.Size(max = 100)
    @Column(name = "added_by", nullable = false, length = 100)
    private String addedBy;

    @Column(name = "added_at", nullable = false)
    private Instant addedAt;

    protected FileDocumentVersion() {
    }

    public FileDocumentVersion(Long documentId, int versionNumber, String contentSha, long size, String mediaType,
                               String fileName, String note, String addedBy, Instant addedAt) {
        this.documentId = documentId;
        this.versionNumber = versionNumber;
        this.contentSha = contentSha;
        this.size = size;
        this.mediaType = mediaType;
        this.fileName = fileName;
        this.note = note;
        this.addedBy = addedBy;
        this.addedAt = addedAt;
    }

    /** After a destruction decision: the content is gone, the record of what it was stays. */
    public void forgetContent() {
        contentSha = null;
    }

    public Long getId() {
        return id;
    }

    public Long getDocumentId() {
        return documentId;
    }

    public int getVersionNumber() {
        return versionNumber;
    }

    public String getContentSha() {
        return contentSha;
    }

    public long getSize() {
        return size;
    }

    public String getMediaType() {
        return mediaType;
    }

    public String getFileName() {
        return fileName;
    }

    public String getNote() {
        return note;
    }

    public String getAddedBy() {
        return addedBy;
    }

    public Instant getAddedAt() {
        return addedAt;
    }
}
