package org.hrdemat.identity.boundary;

import java.io.Serializable;
import java.util.List;
import org.hrdemat.identity.control.ImportProblem;

/** Outcome of an employee import: per-row result lines, or the problems that stopped it (then nothing changed). */
public record ImportReport(boolean applied, int created, int updated, List<Line> lines, List<ImportProblem> problems)
        implements Serializable {

    /** What happened to one row. */
    public record Line(int row, String matricule, String name, String result) implements Serializable {
    }
}
