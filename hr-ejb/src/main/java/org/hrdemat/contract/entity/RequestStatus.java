package org.hrdemat.contract.entity;

/** A signature request: waiting for signatures, signed by all and sealed, or stopped. */
public enum RequestStatus {
    PENDING, COMPLETED, REFUSED, EXPIRED, CANCELLED
}
