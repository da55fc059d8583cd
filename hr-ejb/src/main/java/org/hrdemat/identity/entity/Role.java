package org.hrdemat.identity.entity;

/** What an account may do; the names are also the security roles of the application. */
public enum Role {
    EMPLOYEE, MANAGER, HR, ADMIN
}
