package org.hrdemat.identity.entity;

/** Statutory position of an agent. */
public enum EmployeeStatus {
    TITULAIRE, STAGIAIRE, CONTRACTUEL
}
