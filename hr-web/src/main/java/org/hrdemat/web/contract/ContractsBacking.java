package org.hrdemat.web.contract;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hrdemat.contract.boundary.ContractViews;
import org.hrdemat.contract.boundary.Contracts;
import org.hrdemat.identity.boundary.EmployeeView;
import org.hrdemat.identity.boundary.Employees;
import org.hrdemat.shared.BusinessException;
import org.hrdemat.web.shell.Pages;
import org.hrdemat.web.shell.UserSession;

/** HR: generate a document for an agent from a template, review it, follow the employer's documents. */
@Named
@ViewScoped
public class ContractsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient Contracts contracts;

    @EJB
    transient Employees employees;

    @Inject
    UserSession session;

    private List<ContractViews.TemplateView> templates = List.of();
    private List<EmployeeView> agents = List.of();
    private List<ContractViews.ContractView> list = List.of();
    private Long employeeId;
    private String template;
    private final Map<String, String> values = new HashMap<>();
    private Long generated;
    private java.time.LocalDate deadline;
    private List<ContractViews.RequestView> requests = List.of();
    private final Map<Long, Boolean> bulkAgents = new HashMap<>();

    @EJB
    transient org.hrdemat.contract.boundary.Signatures signatures;

    @PostConstruct
    void load() {
        templates = contracts.templates();
        agents = employees.list(session.getEmployerId()).stream().filter(EmployeeView::active).toList();
        list = contracts.ofEmployer(session.getEmployerId());
        requests = signatures.ofEmployer(session.getEmployerId());
    }

    /** Sends a draft for signature: the employer's signatory, then the agent. */
    public void send(Long contractId) {
        try {
            signatures.send(contractId, deadline, null, SignBacking.ip());
            Pages.info("contracts.sent");
        } catch (BusinessException e) {
            Pages.error(e, "send");
        }
        load();
    }

    /** The same document for every ticked agent, each with its own request. */
    public void sendToAll() {
        List<Long> ids = bulkAgents.entrySet().stream().filter(e -> Boolean.TRUE.equals(e.getValue()))
                .map(Map.Entry::getKey).toList();
        try {
            int n = signatures.bulk(template, values, ids, deadline, SignBacking.ip()).size();
            Pages.info("contracts.bulkSent", n);
            bulkAgents.clear();
        } catch (BusinessException e) {
            Pages.error(e, "create");
        }
        load();
    }

    public void cancel(Long requestId) {
        try {
            signatures.cancel(requestId, SignBacking.ip());
            Pages.info("contracts.cancelled");
        } catch (BusinessException e) {
            Pages.error(e, null);
        }
        load();
    }

    public java.time.LocalDate getDeadline() {
        return deadline;
    }

    public void setDeadline(java.time.LocalDate deadline) {
        this.deadline = deadline;
    }

    public List<ContractViews.RequestView> getRequests() {
        return requests;
    }

    public Map<Long, Boolean> getBulkAgents() {
        return bulkAgents;
    }

    /** The template was chosen: its fields appear, with their default values. */
    public void choose() {
        values.clear();
        ContractViews.TemplateView t = getSelectedTemplate();
        if (t != null) {
            t.fields().forEach(f -> {
                if (f.defaultValue() != null) {
                    values.put(f.name(), f.defaultValue());
                }
            });
        }
    }

    public void generate() {
        try {
            ContractViews.ContractView c = contracts.create(employeeId, template, values);
            generated = c.id();
            Pages.info("contracts.generated");
            load();
        } catch (BusinessException e) {
            Pages.error(e, "create");
        }
    }

    public ContractViews.TemplateView getSelectedTemplate() {
        return templates.stream().filter(t -> t.id().equals(template)).findFirst().orElse(null);
    }

    public List<ContractViews.TemplateView> getTemplates() {
        return templates;
    }

    public List<EmployeeView> getAgents() {
        return agents;
    }

    public List<ContractViews.ContractView> getList() {
        return list;
    }

    public Long getEmployeeId() {
        return employeeId;
    }

    public void setEmployeeId(Long employeeId) {
        this.employeeId = employeeId;
    }

    public String getTemplate() {
        return template;
    }

    public void setTemplate(String template) {
        this.template = template;
    }

    public Map<String, String> getValues() {
        return values;
    }

    public Long getGenerated() {
        return generated;
    }
}
