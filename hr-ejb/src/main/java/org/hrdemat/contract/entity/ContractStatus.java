package org.hrdemat.contract.entity;

/** Where a contract stands: generated (HR previews it), out for signature, signed by all, or stopped. */
public enum ContractStatus {
    DRAFT, SENT, SIGNED, REFUSED, EXPIRED, CANCELLED
}
