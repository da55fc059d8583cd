package org.hrdemat.identity.control;

import java.io.Serializable;

/** What is wrong in an import file: the row (1-based), the cell (e.g. "D7"), a message key and the value found. */
public record ImportProblem(int row, String cell, String messageKey, String value) implements Serializable {
}
