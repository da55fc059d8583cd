package org.hrdemat.contract.control;

import java.io.Serializable;

/**
 * A field a template declares: {@code <meta name="hr-field" content="name; type; required|optional; label[; default]">}
 * with type text, date (yyyy-mm-dd) or number.
 */
public record TemplateField(String name, String type, boolean required, String label, String defaultValue)
        implements Serializable {
}
