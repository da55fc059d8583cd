package org.hrdemat.contract.entity;

/** A signer's turn: not yet, now, done, or refused. */
public enum StepStatus {
    WAITING, ACTIVE, SIGNED, REFUSED
}
