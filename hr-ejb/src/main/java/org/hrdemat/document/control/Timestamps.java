package org.hrdemat.document.control;

import com.itextpdf.signatures.ITSAClient;
import com.itextpdf.signatures.TSAClientBouncyCastle;
import org.hrdemat.shared.Settings;

/**
 * The RFC 3161 timestamp server (HR_TSA_URL, optional HR_TSA_USER / HR_TSA_PASSWORD): when set, seals and
 * signatures are PAdES B-T; without it they are B-B.
 */
public final class Timestamps {

    private Timestamps() {
    }

    /** The configured timestamp client, or null when no server is configured. */
    public static ITSAClient client() {
        String url = Settings.get("HR_TSA_URL");
        if (url == null) {
            return null;
        }
        return new TSAClientBouncyCastle(url, Settings.get("HR_TSA_USER"), Settings.get("HR_TSA_PASSWORD"), 8192, "SHA-256");
    }
}
