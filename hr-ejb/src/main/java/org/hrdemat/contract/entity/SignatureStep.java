package org.hrdemat.contract.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * One signer of a request, in order: whose turn it is, the one-time code (hashed) with its expiry and tries, and
 * once signed, when, from where, with which certificate, and the document's SHA-256 before and after.
 */
@Entity
@Table(name = "signature_step")
@NamedQuery(name = "SignatureStep.ofRequest", query = "select s from SignatureStep s where s.requestId = :request order by s.position")
@NamedQuery(name = "SignatureStep.ofAccount", query = "select s from SignatureStep s where s.accountId = :account order by s.id desc")
public class SignatureStep {

    public static final int CODE_TRIES = 5;
    /** Codes a signer may ask for in one hour (each a mail): a brute-force and a mail-bomb bound. */
    public static final int CODES_PER_HOUR = 3;
    public static final java.time.Duration CODE_WINDOW = java.time.Duration.ofHours(1);
    /** Wrong codes a step may receive in all, whatever the number of codes: then no code is sent nor accepted. */
    public static final int WRONG_CODES_MAX = 10;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "request_id", nullable = false)
    private Long requestId;

    @Column(nullable = false)
    private int position;

    @Column(name = "account_id", nullable = false)
    private Long accountId;

    @jakarta.validation.constraints.Size(max = 200)
    @Column(name = "signer_name", nullable = false, length = 200)
    private String signerName;

    /** SIGNATORY (the employer's) or AGENT. */
    @jakarta.validation.constraints.Size(max = 12)
    @Column(name = "signer_role", nullable = false, length = 12)
    private String signerRole;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private StepStatus status = StepStatus.WAITING;

    @jakarta.validation.constraints.Size(max = 200)
    @Column(name = "code_hash", length = 200)
    private String codeHash;

    @Column(name = "code_expires_at")
    private Instant codeExpiresAt;

    @Column(name = "code_tries_left", nullable = false)
    private int codeTriesLeft;

    /** Codes sent since {@link #codeWindowStart}. */
    @Column(name = "code_requests", nullable = false)
    private int codeRequests;

    @Column(name = "code_window_start")
    private Instant codeWindowStart;

    /** Wrong codes received in all. */
    @Column(name = "wrong_codes", nullable = false)
    private int wrongCodes;

    @jakarta.validation.constraints.Size(max = 200)
    @Column(name = "code_sent_to", length = 200)
    private String codeSentTo;

    @Column(name = "signed_at")
    private Instant signedAt;

    @jakarta.validation.constraints.Size(max = 60)
    @Column(name = "ip_address", length = 60)
    private String ipAddress;

    @jakarta.validation.constraints.Size(max = 400)
    @Column(name = "certificate_subject", length = 400)
    private String certificateSubject;

    @jakarta.validation.constraints.Size(max = 64)
    @Column(name = "sha_before", length = 64)
    private String shaBefore;

    @jakarta.validation.constraints.Size(max = 64)
    @Column(name = "sha_after", length = 64)
    private String shaAfter;

    @Version
    private long version;

    protected SignatureStep() {
    }

    public SignatureStep(Long requestId, int position, Long accountId, String signerName, String signerRole) {
        this.requestId = requestId;
        this.position = position;
        this.accountId = accountId;
        this.signerName = signerName;
        this.signerRole = signerRole;
    }

    public void activate() {
        status = StepStatus.ACTIVE;
    }

    /**
     * Whether a new code may be sent at {@code now}: null if so, otherwise the key of the refusal (too many codes
     * this hour, or too many wrong codes in all).
     */
    public String codeRefusal(Instant now) {
        if (wrongCodes >= WRONG_CODES_MAX) {
            return "signature.tooManyWrongCodes";
        }
        if (codeWindowStart != null && now.isBefore(codeWindowStart.plus(CODE_WINDOW))
                && codeRequests >= CODES_PER_HOUR) {
            return "signature.tooManyCodes";
        }
        return null;
    }

    /** When the next code may be asked for, while {@link #codeRefusal} says too many this hour. */
    public Instant nextCodeAt() {
        return codeWindowStart == null ? null : codeWindowStart.plus(CODE_WINDOW);
    }

    /** A new code replaces any earlier one: full tries, ten minutes (see {@link #codeRefusal} first). */
    public void newCode(String hash, Instant expiresAt, String sentTo, Instant now) {
        if (codeWindowStart == null || !now.isBefore(codeWindowStart.plus(CODE_WINDOW))) {
            codeWindowStart = now;
            codeRequests = 0;
        }
        codeRequests++;
        codeHash = hash;
        codeExpiresAt = expiresAt;
        codeTriesLeft = CODE_TRIES;
        codeSentTo = sentTo;
    }

    /** What a code check found. */
    public enum CodeCheck {
        OK, WRONG, EXPIRED, NONE
    }

    /**
     * Checks a code at {@code now}: none asked (or burnt) → NONE; past its ten minutes → EXPIRED; wrong → WRONG
     * and one try less (burnt at zero); right → OK and used up.
     */
    public CodeCheck check(String code, Instant now) {
        if (codeHash == null) {
            return CodeCheck.NONE;
        }
        if (!now.isBefore(codeExpiresAt)) {
            return CodeCheck.EXPIRED;
        }
        if (!org.hrdemat.contract.control.OneTimeCodes.matches(codeHash, code)) {
            wrongTry();
            return CodeCheck.WRONG;
        }
        codeHash = null;
        return CodeCheck.OK;
    }

    /** One wrong try; the code is burnt when none is left. */
    public int wrongTry() {
        wrongCodes++;
        codeTriesLeft = wrongCodes >= WRONG_CODES_MAX ? 0 : Math.max(0, codeTriesLeft - 1);
        if (codeTriesLeft == 0) {
            codeHash = null;
        }
        return codeTriesLeft;
    }

    public void signed(Instant at, String ip, String certificate, String before, String after) {
        status = StepStatus.SIGNED;
        signedAt = at;
        ipAddress = ip;
        certificateSubject = certificate;
        shaBefore = before;
        shaAfter = after;
        codeHash = null;
    }

    public void refused(Instant at, String ip) {
        status = StepStatus.REFUSED;
        signedAt = at;
        ipAddress = ip;
        codeHash = null;
    }

    public Long getId() {
        return id;
    }

    public Long getRequestId() {
        return requestId;
    }

    public int getPosition() {
        return position;
    }

    public Long getAccountId() {
        return accountId;
    }

    public String getSignerName() {
        return signerName;
    }

    public String getSignerRole() {
        return signerRole;
    }

    public StepStatus getStatus() {
        return status;
    }

    public String getCodeHash() {
        return codeHash;
    }

    public Instant getCodeExpiresAt() {
        return codeExpiresAt;
    }

    public int getCodeTriesLeft() {
        return codeTriesLeft;
    }

    public String getCodeSentTo() {
        return codeSentTo;
    }

    public Instant getSignedAt() {
        return signedAt;
    }

    public String getIpAddress() {
        return ipAddress;
    }

    public String getCertificateSubject() {
        return certificateSubject;
    }

    public String getShaBefore() {
        return shaBefore;
    }

    public String getShaAfter() {
        return shaAfter;
    }
}
