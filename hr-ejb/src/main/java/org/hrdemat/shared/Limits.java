package org.hrdemat.shared;

/**
 * The bounds every input is held to before any work is done on it, declared once. Each has a default (listed in the
 * README) and can be changed by its environment variable (or the matching system property, see {@link Settings}).
 */
public enum Limits {

    /**
     * Any request body, in bytes: the web server's own bound (Undertow's max-post-size is set from the same
     * variable), above the largest upload so that the application, not the server, answers each endpoint's own.
     */
    REQUEST_BYTES("HR_LIMIT_REQUEST_BYTES", 600L * 1024 * 1024),
    /** A payroll file (the payroll software's bulk PDF, or the XLSX of payroll lines), streamed to disk. */
    PAYROLL_BYTES("HR_LIMIT_PAYROLL_BYTES", 500L * 1024 * 1024),
    /** A document filed in a personnel file, or a PDF to check for authenticity. */
    DOCUMENT_BYTES("HR_LIMIT_DOCUMENT_BYTES", 20L * 1024 * 1024),
    /** The XLSX of an agents import. */
    IMPORT_BYTES("HR_LIMIT_IMPORT_BYTES", 5L * 1024 * 1024),
    /** A JSON request body, in bytes. */
    JSON_BYTES("HR_LIMIT_JSON_BYTES", 1024 * 1024),
    /** How deeply arrays and objects may nest in a JSON request body. */
    JSON_DEPTH("HR_LIMIT_JSON_DEPTH", 32),
    /** Elements of one JSON array. */
    JSON_ARRAY_ITEMS("HR_LIMIT_JSON_ARRAY_ITEMS", 10_000),
    /** One stream of a PDF once decoded (a page's content, an image), in bytes. */
    PDF_STREAM_BYTES("HR_LIMIT_PDF_STREAM_BYTES", 100L * 1024 * 1024),
    /** The streams decoded together to read one object of a PDF (filter chains, object streams), in bytes. */
    PDF_DECODED_BYTES("HR_LIMIT_PDF_DECODED_BYTES", 200L * 1024 * 1024),
    /** Pixels of an image filed in a personnel file (width × height, read from its header before decoding). */
    IMAGE_PIXELS("HR_LIMIT_IMAGE_PIXELS", 50_000_000);

    private final String variable;
    private final long defaultValue;
    private volatile Long value;

    Limits(String variable, long defaultValue) {
        this.variable = variable;
        this.defaultValue = defaultValue;
    }

    /** The environment variable that overrides the default. */
    public String variable() {
        return variable;
    }

    /** The limit in force: the variable's value when it is a positive whole number, else the default. */
    public long value() {
        Long v = value;
        if (v == null) {
            v = defaultValue;
            String set = Settings.get(variable);
            if (set != null) {
                try {
                    long parsed = Long.parseLong(set.replace("_", ""));
                    if (parsed > 0) {
                        v = parsed;
                    }
                } catch (NumberFormatException e) {
                    // an unreadable setting keeps the default
                }
            }
            value = v;
        }
        return v;
    }

    /** The limit as an int (those that are counts or sizes below 2 GiB). */
    public int intValue() {
        return (int) Math.min(Integer.MAX_VALUE, value());
    }
}
