package org.hrdemat.identity.entity;

/** Kinds of French local public employers. */
public enum EmployerType {
    COMMUNE, EPCI, DEPARTEMENT, REGION, CDG, AUTRE
}
