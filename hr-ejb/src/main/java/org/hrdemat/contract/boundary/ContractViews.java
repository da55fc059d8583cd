package org.hrdemat.contract.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.hrdemat.contract.entity.ContractStatus;

/** What the contract boundary hands out. */
public final class ContractViews {

    private ContractViews() {
    }

    /** A template: its id (file name), its name (title), version, and the fields it declares. */
    public record TemplateView(String id, String name, String version, List<FieldView> fields) implements Serializable {
    }

    public record FieldView(String name, String type, boolean required, String label, String defaultValue)
            implements Serializable {
    }

    public record ContractView(Long id, Long employeeId, String matricule, String agent, String template,
                               String templateVersion, String title, ContractStatus status, Map<String, String> fields,
                               String createdBy, Instant createdAt) implements Serializable {
    }

    /** A signature request as its signers and HR follow it. */
    public record RequestView(Long id, Long contractId, String title, String agent, String matricule,
                              org.hrdemat.contract.entity.RequestStatus status, java.time.LocalDate deadline,
                              Instant sentAt, String sentBy, Instant completedAt, String refusalReason,
                              List<StepView> steps, boolean myTurn) implements Serializable {
    }

    public record StepView(int position, String name, String role, org.hrdemat.contract.entity.StepStatus status,
                           Instant signedAt) implements Serializable {
    }

    /** Where the code went (masked) and until when it is valid. */
    public record CodeSent(String sentTo, Instant expiresAt) implements Serializable {
    }

    /** A PDF to hand out. */
    public record Download(String fileName, byte[] pdf) {
    }
}
