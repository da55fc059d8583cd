package org.hrdemat.audit.boundary;

import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The audit log's timers: a signed checkpoint of the chain's head every hour (when events were added), and at night
 * the purge of events older than the retention, if one is set ({@code HR_AUDIT_RETENTION_YEARS}).
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AuditMaintenance {

    private static final Logger LOG = Logger.getLogger(AuditMaintenance.class.getName());

    @EJB
    AuditLog audit;

    @Schedule(hour = "*", minute = "7", persistent = false)
    public void hourlyCheckpoint() {
        try {
            audit.checkpoint();
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "The audit checkpoint could not be written", e);
        }
    }

    @Schedule(hour = "3", minute = "20", persistent = false)
    public void nightlyPurge() {
        try {
            int purged = audit.purgeExpired();
            if (purged > 0) {
                LOG.info(() -> "Audit retention: " + purged + " events purged behind a signed checkpoint");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "The audit purge failed; nothing was purged", e);
        }
    }
}
