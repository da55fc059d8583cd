package org.hrdemat.shared;

import java.nio.file.Path;

/** Installation settings read from environment variables (first) or system properties. */
public final class Settings {

    private Settings() {
    }

    /** Reads an environment variable, then the matching system property (HR_DEMO → hr.demo). */
    public static String get(String envName) {
        String value = System.getenv(envName);
        if (value == null || value.isBlank()) {
            value = System.getProperty(envName.toLowerCase().replace('_', '.'));
        }
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** Demo mode loads the demo organisation; off unless HR_DEMO / hr.demo says true. */
    public static boolean demoMode() {
        return Boolean.parseBoolean(get("HR_DEMO"));
    }

    /** Where documents and the embedded database live. */
    public static Path dataDir() {
        String dir = get("HR_DATA_DIR");
        return dir != null ? Path.of(dir) : Path.of(System.getProperty("user.home"), "hr-demat-data");
    }

    /** The address users reach the application at, for links in emails. */
    public static String baseUrl() {
        String url = get("HR_BASE_URL");
        return url == null ? "http://localhost:8080" : url.replaceAll("/+$", "");
    }

    /** The SMTP host, or null when none is configured. */
    public static String mailHost() {
        return get("HR_MAIL_HOST");
    }
}
