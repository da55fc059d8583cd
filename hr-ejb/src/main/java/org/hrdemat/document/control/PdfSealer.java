package org.hrdemat.document.control;

import com.itextpdf.bouncycastleconnector.BouncyCastleFactoryCreator;
import com.itextpdf.kernel.crypto.DigestAlgorithms;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.StampingProperties;
import com.itextpdf.signatures.BouncyCastleDigest;
import com.itextpdf.signatures.ITSAClient;
import com.itextpdf.signatures.PdfSigner;
import com.itextpdf.signatures.PrivateKeySignature;
import com.itextpdf.signatures.SignerProperties;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;

/**
 * Adds a PAdES signature (baseline B-B: CAdES detached, signing certificate attribute, SHA-512; B-T with an RFC 3161
 * timestamp when a timestamp server is given) as an incremental update: earlier signatures of the document stay
 * valid, and the last one covers the whole file. A PDF/A document stays PDF/A: its XMP metadata is rewritten from
 * the updated document information directly, rather than parsed and re-serialised by iText's XMP toolkit, and the
 * document is not validated again (what was sealed was made conforming; the tests check the sealed result with
 * veraPDF).
 */
public final class PdfSealer {

    private static final String PROVIDER = BouncyCastleFactoryCreator.getFactory().getProviderName();

    private PdfSealer() {
    }

    public static byte[] sign(byte[] pdf, Pki.Credential credential, String fieldName, String reason, String location,
                              ITSAClient timestamps) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 32_768);
            SignerProperties props = new SignerProperties().setFieldName(fieldName).setReason(reason)
                    .setLocation(location);
            PdfSigner signer = new Signer(new PdfReader(new ByteArrayInputStream(pdf)), out, props);
            signer.signDetached(new BouncyCastleDigest(),
                    new PrivateKeySignature(credential.key(), DigestAlgorithms.SHA512, PROVIDER), credential.chain(),
                    null, null, timestamps, 0, PdfSigner.CryptoStandard.CADES);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("signature failed", e);
        }
    }

    private static final class Signer extends PdfSigner {
        Signer(PdfReader reader, OutputStream out, SignerProperties props) throws IOException {
            super(reader, out, null, new StampingProperties().useAppendMode(), props);
        }

        @Override
        protected PdfDocument initDocument(PdfReader reader, PdfWriter writer, StampingProperties properties) {
            return new PdfDocument(reader, writer, properties) {
                @Override
                protected void updateXmpMetadata() {
                    if (getConformance().isPdfA()) {
                        PdfA.setMetadata(this);
                    } else {
                        super.updateXmpMetadata();
                    }
                }
            };
        }
    }
}
