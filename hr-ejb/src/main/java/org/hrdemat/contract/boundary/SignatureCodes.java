package org.hrdemat.contract.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import org.hrdemat.contract.entity.SignatureStep;

/**
 * Checks a signer's code in its own transaction, so that a wrong try counts even though the signature it was
 * meant for is refused (and rolled back). A right code is used up.
 */
@Stateless
public class SignatureCodes {

    /** The outcome and the tries left. */
    public record Result(SignatureStep.CodeCheck check, int triesLeft) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Result check(Long stepId, String code, String actor, String ip) {
        SignatureStep step = em.find(SignatureStep.class, stepId);
        SignatureStep.CodeCheck found = step.check(code, clock.instant());
        if (found == SignatureStep.CodeCheck.WRONG) {
            // kept even though the signature it was meant for is refused
            em.persist(new org.hrdemat.contract.entity.SignatureEvidence(step.getRequestId(), clock.instant(), actor, ip,
                    "WRONG_CODE", "Code erroné ; essais restants : " + step.getCodeTriesLeft(), null));
        }
        return new Result(found, step.getCodeTriesLeft());
    }
}
