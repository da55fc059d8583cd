package org.hrdemat.personnelfile.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** One access to a file as the agent sees it: who (name and role), when, what. The audit log has it too. */
@Entity
@Table(name = "file_access")
@NamedQuery(name = "FileAccess.ofFile", query = "select a from FileAccess a where a.fileId = :file order by a.accessedAt desc, a.id desc")
public class FileAccess {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "file_id", nullable = false)
    private Long fileId;

    @Column(name = "accessed_at", nullable = false)
    private Instant accessedAt;

    @jakarta.validation.constraints.Size(max = 100)
    @Column(name = "reader_login", nullable = false, length = 100)
    private String readerLogin;

    @jakarta.validation.constraints.Size(max = 200)
    @Column(name = "reader_name", nullable = false, length = 200)
    private String readerName;

    @jakarta.validation.constraints.Size(max = 20)
    @Column(name = "reader_role", nullable = false, length = 20)
    private String readerRole;

    @jakarta.validation.constraints.Size(max = 20)
    @Column(nullable = false, length = 20)
    private String action;

    @Column(name = "document_number")
    private Integer documentNumber;

    protected FileAccess() {
    }

    public FileAccess(Long fileId, Instant accessedAt, String readerLogin, String readerName, String readerRole,
                      String action, Integer documentNumber) {
        this.fileId = fileId;
        this.accessedAt = accessedAt;
        this.readerLogin = readerLogin;
        this.readerName = readerName.length() <= 200 ? readerName : readerName.substring(0, 200);
        this.readerRole = readerRole;
        this.action = action;
        this.documentNumber = documentNumber;
    }

    public Instant getAccessedAt() {
        return accessedAt;
    }

    public String getReaderLogin() {
        return readerLogin;
    }

    public String getReaderName() {
        return readerName;
    }

    public String getReaderRole() {
        return readerRole;
    }

    public String getAction() {
        return action;
    }

    public Integer getDocumentNumber() {
        return documentNumber;
    }
}
