package org.hrdemat.document.control;

import com.itextpdf.kernel.crypto.DigestAlgorithms;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.io.source.RandomAccessSourceFactory;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.ReaderProperties;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.StampingProperties;
import com.itextpdf.signatures.IExternalDigest;
import com.itextpdf.signatures.ITSAClient;
import com.itextpdf.signatures.PdfSigner;
import com.itextpdf.signatures.PrivateKeySignature;
import com.itextpdf.signatures.ProviderDigest;
import com.itextpdf.signatures.SignerProperties;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.security.cert.Certificate;
import java.security.cert.CertificateEncodingException;

/**
 * Adds a PAdES signature (baseline B-B: CAdES detached, signing certificate attribute, SHA-512; B-T with an RFC 3161
 * timestamp when a timestamp server is given) as an incremental update: earlier signatures of the document stay
 * valid, and the last one covers the whole file. A PDF/A document stays PDF/A: its XMP metadata is rewritten from
 * the updated document information directly, rather than parsed and re-serialised by iText's XMP toolkit, and the
 * document is not validated again (what was sealed was made conforming; the tests check the sealed result with
 * veraPDF).
 */
public final class PdfSealer {

    /** The JDK's digests: its SHA-512 is several times faster than Bouncy Castle's on the whole file. */
    private static final IExternalDigest DIGEST = new ProviderDigest(null);

    static {
        ReusedXmlParsers.install();
    }

    private PdfSealer() {
    }

    public static byte[] sign(byte[] pdf, Pki.Credential credential, String fieldName, String reason, String location,
                              ITSAClient timestamps) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 32_768);
            SignerProperties props = new SignerProperties().setFieldName(fieldName).setReason(reason)
                    .setLocation(location);
            // read from the array itself (a stream would be copied into a new array first)
            PdfSigner signer = new Signer(new PdfReader(new RandomAccessSourceFactory().createSource(pdf),
                    new ReaderProperties()), out, props);
            // the signature with the JDK's provider for the key's algorithm (RSA or EC)
            signer.signDetached(DIGEST, new PrivateKeySignature(credential.key(), DigestAlgorithms.SHA512, null),
                    credential.chain(), null, null, timestamps, reservedSize(credential.chain(), timestamps),
                    PdfSigner.CryptoStandard.CADES);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("signature failed", e);
        }
    }

    /**
     * The room kept in the file for the signature container: the certificates it carries, the signed attributes
     * and the signature value (4 KB is room for a 4096-bit key's with plenty to spare), and the timestamp token.
     * iText's default (8 KB, however small the container) makes every sealed payslip kilobytes larger.
     */
    static int reservedSize(Certificate[] chain, ITSAClient timestamps) throws CertificateEncodingException {
        int size = 4096;
        for (Certificate c : chain) {
            size += c.getEncoded().length;
        }
        if (timestamps != null) {
            size += timestamps.getTokenSizeEstimate() + 96;
        }
        return size;
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
