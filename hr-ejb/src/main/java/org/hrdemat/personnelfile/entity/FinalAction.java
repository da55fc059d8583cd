package org.hrdemat.personnelfile.entity;

/** What happens once the active retention is over, after an HR decision. */
public enum FinalAction {
    ARCHIVE, DESTROY
}
