package org.hrdemat.document.control;

import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.StampingProperties;
import com.itextpdf.signatures.ITSAClient;
import com.itextpdf.signatures.PdfPadesSigner;
import com.itextpdf.signatures.SignerProperties;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;

/**
 * Adds a PAdES signature (baseline B-B, or B-T with an RFC 3161 timestamp when a timestamp server is given) as an
 * incremental update: earlier signatures of the document stay valid, and the last one covers the whole file.
 */
public final class PdfSealer {

    private PdfSealer() {
    }

    public static byte[] sign(byte[] pdf, Pki.Credential credential, String fieldName, String reason, String location,
                              ITSAClient timestamps) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 32_768);
            PdfPadesSigner signer = new PdfPadesSigner(new PdfReader(new ByteArrayInputStream(pdf)), out)
                    .setStampingProperties(new StampingProperties().useAppendMode());
            SignerProperties props = new SignerProperties().setFieldName(fieldName).setReason(reason)
                    .setLocation(location);
            if (timestamps == null) {
                signer.signWithBaselineBProfile(props, credential.chain(), credential.key());
            } else {
                signer.signWithBaselineTProfile(props, credential.chain(), credential.key(), timestamps);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("signature failed", e);
        }
    }
}
