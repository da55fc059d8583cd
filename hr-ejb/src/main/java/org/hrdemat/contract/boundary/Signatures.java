package org.hrdemat.contract.boundary;

import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.logging.Logger;
import org.hrdemat.audit.boundary.AuditEntry;
import org.hrdemat.audit.boundary.AuditLog;
import org.hrdemat.contract.boundary.ContractViews.CodeSent;
import org.hrdemat.contract.boundary.ContractViews.Download;
import org.hrdemat.contract.boundary.ContractViews.RequestView;
import org.hrdemat.contract.boundary.ContractViews.StepView;
import org.hrdemat.contract.control.Deadlines;
import org.hrdemat.contract.control.OneTimeCodes;
import org.hrdemat.contract.entity.Contract;
import org.hrdemat.contract.entity.ContractStatus;
import org.hrdemat.contract.entity.RequestStatus;
import org.hrdemat.contract.entity.SignatureEvidence;
import org.hrdemat.contract.entity.SignatureRequest;
import org.hrdemat.contract.entity.SignatureStep;
import org.hrdemat.contract.entity.StepStatus;
import org.hrdemat.document.control.ListingPdf;
import org.hrdemat.document.control.PdfSealer;
import org.hrdemat.document.control.Pki;
import org.hrdemat.document.control.SealKeys;
import org.hrdemat.document.control.SigningAuthority;
import org.hrdemat.document.control.Timestamps;
import org.hrdemat.identity.boundary.Caller;
import org.hrdemat.identity.boundary.Callers;
import org.hrdemat.identity.entity.Employee;
import org.hrdemat.identity.entity.Employer;
import org.hrdemat.identity.entity.Role;
import org.hrdemat.identity.entity.UserAccount;
import org.hrdemat.notification.boundary.Notifications;
import org.hrdemat.shared.ConflictException;
import org.hrdemat.shared.FileDocumentRequest;
import org.hrdemat.shared.InvalidInputException;
import org.hrdemat.shared.NotFoundException;
import org.hrdemat.shared.Settings;

/**
 * Electronic signature of contracts, in order: the employer's signatory, then the agent. Each signer is logged in
 * and confirms with a six-digit code sent by email (valid 10 minutes, 5 tries). Each signature is a PAdES
 * signature added as an incremental update, with a certificate issued in the signer's name by the installation's
 * authority; after the last one the employer seals the document, and the signed contract is filed in the agent's
 * personnel file through a CDI event. Every step goes to the request's evidence trail.
 */
@Stateless
public class Signatures {

    static final Duration CODE_VALIDITY = Duration.ofMinutes(10);
    private static final Logger LOG = Logger.getLogger(Signatures.class.getName());
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss")
            .withZone(Contracts.PARIS);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @PersistenceContext
    EntityManager em;

    @EJB
    Callers callers;

    @EJB
    AuditLog audit;

    @EJB
    Notifications notifications;

    @EJB
    SignatureCodes codes;

    @EJB
    Contracts contracts;

    @Inject
    Clock clock;

    @Inject
    Event<FileDocumentRequest> filing;

    /**
     * HR sends a draft for signature: the employer's signatory (or the given signatory login), then the agent.
     * An optional deadline must be after today.
     */
    public RequestView send(Long contractId, LocalDate deadline, String signatoryLogin, String ip) {
        Caller caller = callers.current();
        Contract c = contractId == null ? null : em.find(Contract.class, contractId, LockModeType.PESSIMISTIC_WRITE);
        if (c == null) {
            throw new NotFoundException();
        }
        callers.requireEmployer(caller, c.getEmployerId(), "contract:" + contractId);
        caller.requireAnyRole(Role.HR);
        LocalDate today = LocalDate.now(clock.withZone(Contracts.PARIS));
        if (deadline != null && !deadline.isAfter(today)) {
            throw new InvalidInputException("invalid.deadline");
        }
        Employee agent = em.find(Employee.class, c.getEmployeeId());
        Employer employer = agent.getEmployer();
        UserAccount signatory;
        if (signatoryLogin != null && !signatoryLogin.isBlank()) {
            signatory = em.createNamedQuery("UserAccount.byLogin", UserAccount.class)
                    .setParameter("login", signatoryLogin.trim()).getResultList().stream()
                    .filter(a -> a.isActive() && a.isSignatory() && a.employerIds().contains(employer.getId()))
                    .findFirst().orElseThrow(() -> new InvalidInputException("invalid.signatory"));
        } else {
            signatory = contracts.signatory(employer).orElseThrow(() -> new ConflictException("signature.noSignatory"));
        }
        UserAccount agentAccount = em.createNamedQuery("UserAccount.byEmployee", UserAccount.class)
                .setParameter("employee", agent).getResultList().stream().filter(UserAccount::isActive).findFirst()
                .orElseThrow(() -> new ConflictException("signature.agentWithoutAccount", agent.fullName()));
        if (signatory.getId().equals(agentAccount.getId())) {
            throw new ConflictException("signature.sameSigner");
        }
        c.send();
        SignatureRequest r = new SignatureRequest(c.getId(), c.getEmployerId(), deadline, caller.login(), clock.instant());
        em.persist(r);
        em.flush();
        SignatureStep first = new SignatureStep(r.getId(), 1, signatory.getId(), signatory.name(), "SIGNATORY");
        SignatureStep second = new SignatureStep(r.getId(), 2, agentAccount.getId(), agent.fullName(), "AGENT");
        em.persist(first);
        em.persist(second);
        first.activate();
        evidence(r, caller.login(), ip, "SENT", "Envoyé pour signature : " + c.getTitle() + " ; signataires dans l'ordre : "
                + signatory.name() + " (" + signatory.getLogin() + "), " + agent.fullName() + " (" + agentAccount.getLogin()
                + ")" + (deadline == null ? "" : " ; échéance " + DAY.format(deadline)), c.getDocumentSha());
        tellSigner(first, c, r);
        audit.record(AuditEntry.success(caller.login(), c.getEmployerId(), "SIGNATURE_SEND", "contract:" + c.getId(),
                "request " + r.getId()));
        return view(r, c, caller);
    }

    /**
     * HR sends the same document (say, an amendment for a pay-index change) to many agents at once: each gets their
     * own document and request. All or nothing: an agent that cannot receive it (no account, another employer) stops
     * the whole sending with that agent's name, and nothing is sent.
     */
    public List<RequestView> bulk(String template, java.util.Map<String, String> fields, List<Long> employeeIds,
                                  LocalDate deadline, String ip) {
        if (employeeIds == null || employeeIds.isEmpty() || employeeIds.contains(null)) {
            throw new InvalidInputException("invalid.employee");
        }
        List<RequestView> sent = new ArrayList<>();
        for (Long id : new java.util.LinkedHashSet<>(employeeIds)) {
            ContractViews.ContractView c = contracts.create(id, template, fields);
            sent.add(send(c.id(), deadline, null, ip));
        }
        return sent;
    }

    /** The requests the caller signs or signed, newest first. */
    public List<RequestView> mine() {
        Caller caller = callers.current();
        List<RequestView> list = new ArrayList<>();
        for (SignatureStep s : em.createNamedQuery("SignatureStep.ofAccount", SignatureStep.class)
                .setParameter("account", caller.accountId()).getResultList()) {
            SignatureRequest r = em.find(SignatureRequest.class, s.getRequestId());
            list.add(view(r, em.find(Contract.class, r.getContractId()), caller));
        }
        return list;
    }

    /** The employer's requests (HR follows them). */
    public List<RequestView> ofEmployer(Long employerId) {
        Caller caller = callers.current();
        callers.requireEmployer(caller, employerId, "employer:" + employerId);
        caller.requireAnyRole(Role.HR);
        return em.createQuery("select r from SignatureRequest r where r.employerId = :employer order by r.id desc",
                SignatureRequest.class).setParameter("employer", employerId).setMaxResults(500).getResultList().stream()
                .map(r -> view(r, em.find(Contract.class, r.getContractId()), caller)).toList();
    }

    public RequestView find(Long requestId) {
        Caller caller = callers.current();
        SignatureRequest r = visible(caller, requestId);
        return view(r, em.find(Contract.class, r.getContractId()), caller);
    }

    /** The signer whose turn it is asks for a code: a new one replaces any earlier one. */
    public CodeSent sendCode(Long requestId, String ip) {
        Caller caller = callers.current();
        SignatureRequest r = lockedForSigner(caller, requestId);
        SignatureStep step = turnOf(caller, r);
        String email = emailOf(step);
        Instant now = clock.instant();
        String refusal = step.codeRefusal(now);
        if (refusal != null) {
            evidence(r, caller.login(), ip, "CODE_REFUSED", refusal.equals("signature.tooManyCodes")
                    ? "Code refusé : déjà " + SignatureStep.CODES_PER_HOUR + " codes dans l'heure"
                    : "Code refusé : trop de codes erronés", em.find(Contract.class, r.getContractId()).getDocumentSha());
            throw refusal.equals("signature.tooManyCodes")
                    ? new ConflictException(refusal, WHEN.format(step.nextCodeAt()))
                    : new ConflictException(refusal);
        }
        String code = OneTimeCodes.draw();
        Instant expires = now.plus(CODE_VALIDITY);
        step.newCode(OneTimeCodes.hash(code), expires, email, now);
        Contract c = em.find(Contract.class, r.getContractId());
        // the code is in the body only (never in the subject, which mail lists and phones show), and the stored
        // copy of the body forgets it once sent or expired
        notifications.queueSecret(email, "Votre code de signature", "Bonjour,\n\nVotre code pour signer « " + c.getTitle()
                + " » est : " + code + "\n\nIl est valable 10 minutes (jusqu'à " + WHEN.format(expires)
                + ") et pour 5 essais. Ne le communiquez à personne.\n\nSi vous n'avez pas demandé ce code, prévenez "
                + "le service des ressources humaines.\n", code, expires);
        evidence(r, caller.login(), ip, "CODE_SENT", "Code à usage unique envoyé à " + OneTimeCodes.mask(email)
                + ", valable jusqu'à " + WHEN.format(expires), c.getDocumentSha());
        return new CodeSent(OneTimeCodes.mask(email), expires);
    }

    /**
     * The signer whose turn it is signs with the code. A wrong code counts a try (400 with the tries left); someone
     * else's turn is 409, and so is a second click once the first one signed.
     */
    public RequestView sign(Long requestId, String code, String ip) {
        Caller caller = callers.current();
        SignatureRequest r = lockedForSigner(caller, requestId);
        SignatureStep step = turnOf(caller, r);
        SignatureCodes.Result check = codes.check(step.getId(), code == null ? "" : code, caller.login(), ip);
        switch (check.check()) {
            case NONE -> throw new InvalidInputException("signature.noCode");
            case EXPIRED -> throw new InvalidInputException("signature.codeExpired");
            case WRONG -> {
                throw check.triesLeft() > 0 ? new InvalidInputException("signature.wrongCode", check.triesLeft())
                        : new InvalidInputException("signature.noTriesLeft");
            }
            default -> {
            }
        }
        em.refresh(step);
        Contract c = em.find(Contract.class, r.getContractId(), LockModeType.PESSIMISTIC_WRITE);
        Employer employer = em.find(Employer.class, c.getEmployerId());
        byte[] before = SealKeys.store().get(c.getDocumentSha());
        String role = "SIGNATORY".equals(step.getSignerRole()) ? "pour l'employeur" : "l'agent";
        Pki.Credential signer = Pki.issue(SigningAuthority.installation(), "CN=" + dn(step.getSignerName())
                + ", OU=Signature electronique, O=" + dn(employer.getName()) + ", C=FR", 3);
        String reason = "Signé par " + step.getSignerName() + " (" + role + ") : " + c.getTitle();
        byte[] after = PdfSealer.sign(before, signer, "signature-" + step.getPosition(), reason, employer.getName(),
                Timestamps.client());
        String shaAfter = SealKeys.store().put(after);
        String subject = signer.certificate().getSubjectX500Principal().getName();
        step.signed(clock.instant(), ip, subject, c.getDocumentSha(), shaAfter);
        evidence(r, caller.login(), ip, "SIGNED", "Signé par " + step.getSignerName() + " (" + caller.login()
                + "), authentifié par identifiant et mot de passe et par le code envoyé à "
                + OneTimeCodes.mask(step.getCodeSentTo()) + " ; certificat : " + subject + " ; SHA-256 avant : "
                + c.getDocumentSha(), shaAfter);
        c.signedVersion(shaAfter);
        SignatureStep next = em.createNamedQuery("SignatureStep.ofRequest", SignatureStep.class)
                .setParameter("request", r.getId()).getResultList().stream()
                .filter(s -> s.getStatus() == StepStatus.WAITING).findFirst().orElse(null);
        if (next != null) {
            next.activate();
            tellSigner(next, c, r);
        } else {
            finish(r, c, employer, after);
        }
        audit.record(AuditEntry.success(caller.login(), c.getEmployerId(), "SIGNATURE_SIGN", "contract:" + c.getId(),
                "request " + r.getId() + " step " + step.getPosition()));
        return view(r, c, caller);
    }

    /** The signer whose turn it is refuses, with a reason: the request stops and HR is told. */
    public RequestView refuse(Long requestId, String reason, String ip) {
        Caller caller = callers.current();
        SignatureRequest r = lockedForSigner(caller, requestId);
        SignatureStep step = turnOf(caller, r);
        String why = reason == null ? "" : reason.trim();
        if (why.length() < 3 || why.length() > 500) {
            throw new InvalidInputException("invalid.reason");
        }
        Contract c = em.find(Contract.class, r.getContractId());
        step.refused(clock.instant(), ip);
        r.refuse(caller.login(), why, clock.instant());
        c.end(ContractStatus.REFUSED);
        evidence(r, caller.login(), ip, "REFUSED", "Refus de " + step.getSignerName() + " : " + why, c.getDocumentSha());
        tellHr(r, c, "Signature refusée : " + c.getTitle(), step.getSignerName() + " a refusé de signer « "
                + c.getTitle() + " ».\n\nMotif : " + why + "\n");
        audit.record(AuditEntry.success(caller.login(), c.getEmployerId(), "SIGNATURE_REFUSE", "contract:" + c.getId(), why));
        return view(r, c, caller);
    }

    /** HR cancels a request that is not complete. */
    public RequestView cancel(Long requestId, String ip) {
        Caller caller = callers.current();
        SignatureRequest r = requestId == null ? null : em.find(SignatureRequest.class, requestId, LockModeType.PESSIMISTIC_WRITE);
        if (r == null) {
            throw new NotFoundException();
        }
        callers.requireEmployer(caller, r.getEmployerId(), "signature-request:" + requestId);
        caller.requireAnyRole(Role.HR);
        Contract c = em.find(Contract.class, r.getContractId());
        r.cancel(clock.instant());
        c.end(ContractStatus.CANCELLED);
        evidence(r, caller.login(), ip, "CANCELLED", "Demande annulée par " + caller.name(), c.getDocumentSha());
        audit.record(AuditEntry.success(caller.login(), c.getEmployerId(), "SIGNATURE_CANCEL", "contract:" + c.getId(), null));
        return view(r, c, caller);
    }

    /** The evidence trail of a contract's request as a sealed PDF (HR of the employer, the signers). */
    public Download evidence(Long contractId) {
        Caller caller = callers.current();
        Contract c = contractId == null ? null : em.find(Contract.class, contractId);
        if (c == null) {
            throw new NotFoundException();
        }
        SignatureRequest r = em.createNamedQuery("SignatureRequest.ofContract", SignatureRequest.class)
                .setParameter("contract", contractId).getResultList().stream().findFirst()
                .orElseThrow(NotFoundException::new);
        visible(caller, r.getId());
        Employee agent = em.find(Employee.class, c.getEmployeeId());
        List<String[]> rows = new ArrayList<>();
        for (SignatureEvidence e : em.createNamedQuery("SignatureEvidence.ofRequest", SignatureEvidence.class)
                .setParameter("request", r.getId()).getResultList()) {
            rows.add(new String[]{WHEN.format(e.getOccurredAt()), e.getActor(), e.getIpAddress() == null ? "" : e.getIpAddress(),
                e.getAction(), e.getDetails() == null ? "" : e.getDetails(), e.getDocumentSha() == null ? "" : e.getDocumentSha()});
        }
        byte[] pdf = ListingPdf.write("Dossier de preuve de la signature électronique", List.of(
                "Document : " + c.getTitle() + " (contrat n° " + c.getId() + ", modèle " + c.getTemplateName() + " version "
                        + c.getTemplateVersion() + ")",
                "Agent : " + agent.fullName() + " (matricule " + agent.getMatricule() + ") — employeur : "
                        + agent.getEmployer().getName(),
                "État de la demande : " + r.getStatus() + " — SHA-256 du document actuel : " + c.getDocumentSha(),
                "Heures de Paris. Chaque signature est une signature PAdES du document ; ce dossier est scellé par l'employeur."),
                new String[]{"Quand", "Qui", "Adresse IP", "Action", "Détails", "SHA-256 du document après"},
                new float[]{11, 8, 8, 8, 40, 25}, rows);
        byte[] sealed = PdfSealer.sign(pdf, SealKeys.load(em, c.getEmployerId()), "seal-evidence",
                "Dossier de preuve scellé par " + agent.getEmployer().getName(), agent.getEmployer().getName(),
                Timestamps.client());
        audit.record(AuditEntry.success(caller.login(), c.getEmployerId(), "SIGNATURE_EVIDENCE", "contract:" + contractId, null));
        return new Download("preuve-signature-contrat-" + contractId + ".pdf", sealed);
    }

    /** Every morning: reminders in the last days before a deadline, expiry after it. */
    @Schedule(hour = "7", minute = "0", persistent = false)
    public void daily() {
        int changed = deadlines(LocalDate.now(clock.withZone(Contracts.PARIS)), null);
        if (changed > 0) {
            LOG.info(() -> changed + " signature request(s) reminded or expired");
        }
    }

    /** HR runs the daily deadline check now for its employer; returns how many requests it reminded or expired. */
    public int checkDeadlines(Long employerId) {
        Caller caller = callers.current();
        callers.requireEmployer(caller, employerId, "employer:" + employerId);
        caller.requireAnyRole(Role.HR);
        return deadlines(LocalDate.now(clock.withZone(Contracts.PARIS)), employerId);
    }

    int deadlines(LocalDate today, Long employerId) {
        int changed = 0;
        for (SignatureRequest r : em.createNamedQuery("SignatureRequest.pendingWithDeadline", SignatureRequest.class)
                .setParameter("pending", RequestStatus.PENDING).getResultList()) {
            if (employerId != null && !employerId.equals(r.getEmployerId())) {
                continue;
            }
            Contract c = em.find(Contract.class, r.getContractId());
            switch (Deadlines.decide(r.getDeadline(), today, r.getRemindedOn())) {
                case EXPIRE -> {
                    r.expire(clock.instant());
                    c.end(ContractStatus.EXPIRED);
                    evidence(r, "system", null, "EXPIRED", "Échéance du " + DAY.format(r.getDeadline()) + " dépassée",
                            c.getDocumentSha());
                    tellHr(r, c, "Signature expirée : " + c.getTitle(), "La demande de signature de « " + c.getTitle()
                            + " » a expiré le " + DAY.format(r.getDeadline()) + " sans être complète.\n");
                    changed++;
                }
                case REMIND -> {
                    SignatureStep active = em.createNamedQuery("SignatureStep.ofRequest", SignatureStep.class)
                            .setParameter("request", r.getId()).getResultList().stream()
                            .filter(s -> s.getStatus() == StepStatus.ACTIVE).findFirst().orElse(null);
                    if (active != null) {
                        notifications.queue(emailOrNull(active), "Rappel : document à signer avant le "
                                + DAY.format(r.getDeadline()), "Bonjour,\n\n« " + c.getTitle() + " » attend votre "
                                + "signature avant le " + DAY.format(r.getDeadline()) + " : " + Settings.baseUrl()
                                + "/contract/sign.xhtml?request=" + r.getId() + "\n");
                        evidence(r, "system", null, "REMINDED", "Rappel envoyé à " + active.getSignerName(), null);
                    }
                    r.reminded(today);
                    changed++;
                }
                default -> {
                }
            }
        }
        return changed;
    }

    private void finish(SignatureRequest r, Contract c, Employer employer, byte[] signed) {
        byte[] sealed = PdfSealer.sign(signed, SealKeys.load(em, employer.getId()), "seal",
                "Cachet de " + employer.getName() + " : document signé par toutes les parties", employer.getName(),
                Timestamps.client());
        String sha = SealKeys.store().put(sealed);
        String before = c.getDocumentSha();
        c.signedVersion(sha);
        c.end(ContractStatus.SIGNED);
        r.complete(clock.instant());
        evidence(r, "system", null, "SEALED", "Scellé par l'employeur ; SHA-256 avant : " + before, sha);
        Employee agent = em.find(Employee.class, c.getEmployeeId());
        String type = "arrete-nomination".equals(c.getTemplateName()) || c.getTemplateName().startsWith("arrete")
                ? "ARRETE" : "CONTRAT";
        filing.fire(new FileDocumentRequest(agent.getId(), 2, type, c.getTitle(),
                LocalDate.now(clock.withZone(Contracts.PARIS)), sealed, "signature"));
        evidence(r, "system", null, "FILED", "Classé au dossier individuel de l'agent (section 2)", sha);
        tellHr(r, c, "Document signé : " + c.getTitle(), "« " + c.getTitle() + " » de " + agent.fullName()
                + " est signé par toutes les parties et scellé ; il est classé au dossier individuel.\n");
        notifications.queue(agent.getEmail(), "Document signé : " + c.getTitle(), "Bonjour,\n\n« " + c.getTitle()
                + " » est signé par toutes les parties. Vous le trouvez dans l'application : " + Settings.baseUrl()
                + "/contract/mine.xhtml\n");
    }

    private SignatureRequest lockedForSigner(Caller caller, Long requestId) {
        SignatureRequest r = requestId == null ? null
                : em.find(SignatureRequest.class, requestId, LockModeType.PESSIMISTIC_WRITE);
        if (r == null) {
            throw new NotFoundException();
        }
        boolean signer = em.createNamedQuery("SignatureStep.ofRequest", SignatureStep.class).setParameter("request", r.getId())
                .getResultList().stream().anyMatch(s -> s.getAccountId().equals(caller.accountId()));
        if (!signer) {
            throw callers.denied(caller, r.getEmployerId(), "signature-request:" + requestId);
        }
        r.requirePending();
        return r;
    }

    /** The caller's step when it is their turn; 409 otherwise (not yet, or already signed). */
    private SignatureStep turnOf(Caller caller, SignatureRequest r) {
        return em.createNamedQuery("SignatureStep.ofRequest", SignatureStep.class).setParameter("request", r.getId())
                .getResultList().stream().filter(s -> s.getStatus() == StepStatus.ACTIVE
                        && s.getAccountId().equals(caller.accountId())).findFirst()
                .orElseThrow(() -> new ConflictException("signature.notYourTurn"));
    }

    private SignatureRequest visible(Caller caller, Long requestId) {
        SignatureRequest r = requestId == null ? null : em.find(SignatureRequest.class, requestId);
        if (r == null) {
            throw new NotFoundException();
        }
        boolean hr = caller.hasRole(Role.HR) && caller.mayActFor(r.getEmployerId());
        boolean signer = em.createNamedQuery("SignatureStep.ofRequest", SignatureStep.class).setParameter("request", r.getId())
                .getResultList().stream().anyMatch(s -> s.getAccountId().equals(caller.accountId()));
        if (!hr && !signer) {
            throw callers.denied(caller, r.getEmployerId(), "signature-request:" + requestId);
        }
        return r;
    }

    private String emailOf(SignatureStep step) {
        String email = emailOrNull(step);
        if (email == null || email.isBlank()) {
            throw new ConflictException("signature.noEmail");
        }
        return email;
    }

    private String emailOrNull(SignatureStep step) {
        UserAccount a = em.find(UserAccount.class, step.getAccountId());
        return a.getEmployee() == null ? null : a.getEmployee().getEmail();
    }

    private void tellSigner(SignatureStep step, Contract c, SignatureRequest r) {
        notifications.queue(emailOrNull(step), "Document à signer : " + c.getTitle(), "Bonjour " + step.getSignerName()
                + ",\n\n« " + c.getTitle() + " » attend votre signature" + (r.getDeadline() == null ? ""
                : " avant le " + DAY.format(r.getDeadline())) + ". Lisez-le et signez-le dans l'application : "
                + Settings.baseUrl() + "/contract/sign.xhtml?request=" + r.getId()
                + "\n\nLe document n'est pas joint à ce message.\n");
    }

    private void tellHr(SignatureRequest r, Contract c, String subject, String body) {
        em.createNamedQuery("UserAccount.byLogin", UserAccount.class).setParameter("login", r.getSentBy()).getResultList()
                .stream().findFirst().filter(a -> a.getEmployee() != null)
                .ifPresent(a -> notifications.queue(a.getEmployee().getEmail(), subject, body));
    }

    private void evidence(SignatureRequest r, String actor, String ip, String action, String details, String sha) {
        em.persist(new SignatureEvidence(r.getId(), clock.instant(), actor, ip, action, details, sha));
    }

    private RequestView view(SignatureRequest r, Contract c, Caller caller) {
        Employee agent = em.find(Employee.class, c.getEmployeeId());
        List<SignatureStep> steps = em.createNamedQuery("SignatureStep.ofRequest", SignatureStep.class)
                .setParameter("request", r.getId()).getResultList();
        boolean myTurn = r.getStatus() == RequestStatus.PENDING && steps.stream().anyMatch(s -> s.getStatus() == StepStatus.ACTIVE
                && Objects.equals(s.getAccountId(), caller.accountId()));
        return new RequestView(r.getId(), c.getId(), c.getTitle(), agent.fullName(), agent.getMatricule(), r.getStatus(),
                r.getDeadline(), r.getSentAt(), r.getSentBy(), r.getCompletedAt(), r.getRefusalReason(),
                steps.stream().map(s -> new StepView(s.getPosition(), s.getSignerName(), s.getSignerRole(), s.getStatus(),
                        s.getSignedAt())).toList(), myTurn);
    }

    /** A value safe inside a distinguished name (no separators, plain ASCII letters kept). */
    static String dn(String s) {
        String plain = java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.replaceAll("[,+=\"\\\\<>;#]", " ").trim();
    }
}
