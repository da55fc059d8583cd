package org.hrdemat.document.control;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.signatures.ITSAClient;
import com.itextpdf.signatures.PdfPKCS7;
import com.itextpdf.signatures.SignatureUtil;
import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampResponse;
import org.bouncycastle.tsp.TimeStampResponseGenerator;
import org.bouncycastle.tsp.TimeStampTokenGenerator;
import org.junit.jupiter.api.Test;

/** A seal with an RFC 3161 timestamp (PAdES B-T), from an in-process timestamp authority (no network). */
class TimestampedSealTest {

    /** A tiny TSA on Bouncy Castle: what a real timestamp server answers, without the HTTP. */
    static final class InProcessTsa implements ITSAClient {
        private final PrivateKey key;
        private final X509Certificate cert;

        InProcessTsa() throws Exception {
            KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
            g.initialize(2048);
            KeyPair pair = g.generateKeyPair();
            X500Name name = new X500Name("CN=Test TSA, C=FR");
            JcaX509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(name, BigInteger.valueOf(7),
                    Date.from(Instant.now().minus(Duration.ofDays(1))), Date.from(Instant.now().plus(Duration.ofDays(30))),
                    name, pair.getPublic());
            b.addExtension(Extension.extendedKeyUsage, true, new ExtendedKeyUsage(KeyPurposeId.id_kp_timeStamping));
            this.cert = new JcaX509CertificateConverter().getCertificate(
                    b.build(new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate())));
            this.key = pair.getPrivate();
        }

        @Override
        public int getTokenSizeEstimate() {
            return 8192;
        }

        @Override
        public MessageDigest getMessageDigest() throws java.security.GeneralSecurityException {
            return MessageDigest.getInstance("SHA-256");
        }

        @Override
        public byte[] getTimeStampToken(byte[] imprint) throws Exception {
            TimeStampRequestGenerator reqGen = new TimeStampRequestGenerator();
            reqGen.setCertReq(true);
            TimeStampRequest request = reqGen.generate(TSPAlgorithms.SHA256, imprint, BigInteger.valueOf(System.nanoTime()));
            TimeStampTokenGenerator tokenGen = new TimeStampTokenGenerator(
                    new JcaSimpleSignerInfoGeneratorBuilder().build("SHA256withRSA", key, cert),
                    new JcaDigestCalculatorProviderBuilder().build().get(
                            new org.bouncycastle.asn1.x509.AlgorithmIdentifier(
                                    org.bouncycastle.asn1.oiw.OIWObjectIdentifiers.idSHA1)),
                    new ASN1ObjectIdentifier("1.2.250.1.999.1"));
            tokenGen.addCertificates(new JcaCertStore(java.util.List.of(cert)));
            TimeStampResponse response = new TimeStampResponseGenerator(tokenGen, TSPAlgorithms.ALLOWED)
                    .generate(request, BigInteger.ONE, new Date());
            return response.getTimeStampToken().getEncoded();
        }
    }

    @Test
    void aSealWithATimestampServerIsPadesBT() throws Exception {
        Pki.Credential ca = Pki.newAuthority("CN=CA, C=FR", 1);
        Pki.Credential seal = Pki.issue(ca, "CN=Cachet, C=FR", 1);
        byte[] sealed = PdfSealer.sign(PdfSealerTest.pdfA(), seal, "seal", "Cachet", "Démoville", new InProcessTsa());
        try (PdfDocument doc = new PdfDocument(new PdfReader(new ByteArrayInputStream(sealed)))) {
            PdfPKCS7 pkcs7 = new SignatureUtil(doc).readSignatureData("seal");
            assertTrue(pkcs7.verifySignatureIntegrityAndAuthenticity());
            assertNotNull(pkcs7.getTimeStampTokenInfo(), "the signature carries an RFC 3161 timestamp");
            assertTrue(pkcs7.verifyTimestampImprint());
        }
    }
}
