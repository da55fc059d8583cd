package org.hrdemat.web.file;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.hrdemat.personnelfile.boundary.FileViews;
import org.hrdemat.personnelfile.boundary.Nomenclature;
import org.hrdemat.personnelfile.boundary.PersonnelFiles;
import org.hrdemat.personnelfile.control.ContentCheck;
import org.hrdemat.personnelfile.entity.DocumentOrigin;
import org.hrdemat.shared.BusinessException;
import org.hrdemat.shared.NotFoundException;
import org.hrdemat.web.shell.Pages;

/**
 * An agent's personnel file: the agent's own (no parameter), or another agent's for HR (and for a manager the
 * sections an ADMIN granted). HR adds documents, corrects them with a new version, withdraws them with a reason;
 * everything is decided and enforced by the PersonnelFiles boundary.
 */
@Named
@ViewScoped
public class FileBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient PersonnelFiles files;

    @EJB
    transient Nomenclature nomenclature;

    private Long employee;
    private FileViews.FileView file;
    private List<FileViews.AccessView> accessLog = List.of();
    private List<FileViews.TypeView> types = List.of();

    private String type;
    private LocalDate date;
    private String title;
    private String description;
    private DocumentOrigin origin = DocumentOrigin.SCAN;
    private transient Part upload;

    private Long selected;
    private transient Part correction;
    private String note;
    private String reason;

    /** Called by f:viewAction once the parameter is set; a file the caller may not read is "not found". */
    public void load() {
        file = employee == null ? files.mine() : files.fileOf(employee);
        if (file == null) {
            throw new NotFoundException();
        }
        employee = file.employeeId();
        refreshSideLists();
    }

    private void refreshSideLists() {
        accessLog = switch (file.readerRole()) {
            case "AGENT" -> files.myAccessLog();
            case "HR" -> files.accessLogOf(employee);
            default -> List.of();
        };
        types = file.writable() ? nomenclature.types() : List.of();
    }

    private void reload() {
        file = files.fileOf(employee);
        refreshSideLists();
    }

    public void add() {
        if (upload == null || upload.getSize() == 0) {
            Pages.error("invalid.file");
            return;
        }
        try (InputStream in = upload.getInputStream()) {
            byte[] content = in.readNBytes(ContentCheck.MAX_BYTES + 1);
            // the section is the chosen type's (the form offers the types grouped by section)
            Integer section = types.stream().filter(t -> t.code().equals(type)).map(FileViews.TypeView::sectionCode)
                    .findFirst().orElse(null);
            FileViews.DocumentView d = files.add(employee, new FileViews.NewDocument(section, type, date, title,
                    description, origin), content, upload.getSubmittedFileName());
            Pages.info("file.added", d.number());
            type = null;
            date = null;
            title = null;
            description = null;
            reload();
        } catch (BusinessException e) {
            Pages.error(e, "add");
        } catch (IOException e) {
            Pages.error("invalid.file");
        }
    }

    public void select(Long documentId) {
        selected = documentId.equals(selected) ? null : documentId;
        note = null;
        reason = null;
    }

    public void correct() {
        if (correction == null || correction.getSize() == 0) {
            Pages.error("invalid.file");
            return;
        }
        try (InputStream in = correction.getInputStream()) {
            FileViews.DocumentView d = files.correct(selected, in.readNBytes(ContentCheck.MAX_BYTES + 1),
                    correction.getSubmittedFileName(), note);
            Pages.info("file.corrected", d.number(), d.version());
            selected = null;
            reload();
        } catch (BusinessException e) {
            Pages.error(e, "document");
        } catch (IOException e) {
            Pages.error("invalid.file");
        }
    }

    public void withdraw() {
        try {
            FileViews.DocumentView d = files.withdraw(selected, reason);
            Pages.info("file.withdrawn", d.number());
            selected = null;
            reload();
        } catch (BusinessException e) {
            Pages.error(e, "document");
        }
    }

    public FileViews.DocumentView getSelectedDocument() {
        if (selected == null || file == null) {
            return null;
        }
        return file.sections().stream().flatMap(s -> s.documents().stream()).filter(d -> d.id().equals(selected))
                .findFirst().orElse(null);
    }

    public DocumentOrigin[] getOrigins() {
        return DocumentOrigin.values();
    }

    public long getDocumentCount() {
        return file == null ? 0 : file.sections().stream().mapToLong(s -> s.documents().size()).sum();
    }

    public Long getEmployee() {
        return employee;
    }

    public void setEmployee(Long employee) {
        this.employee = employee;
    }

    public FileViews.FileView getFile() {
        return file;
    }

    public List<FileViews.AccessView> getAccessLog() {
        return accessLog;
    }

    public List<FileViews.TypeView> getTypes() {
        return types;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public DocumentOrigin getOrigin() {
        return origin;
    }

    public void setOrigin(DocumentOrigin origin) {
        this.origin = origin;
    }

    public Part getUpload() {
        return upload;
    }

    public void setUpload(Part upload) {
        this.upload = upload;
    }

    public Long getSelected() {
        return selected;
    }

    public Part getCorrection() {
        return correction;
    }

    public void setCorrection(Part correction) {
        this.correction = correction;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
