package org.hrdemat.audit.control;

import com.itextpdf.signatures.ITSAClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.hrdemat.document.control.MasterKey;
import org.hrdemat.document.control.Pki;
import org.hrdemat.document.control.SealKeys;
import org.hrdemat.document.control.SigningAuthority;
import org.hrdemat.document.control.Timestamps;
import org.hrdemat.shared.KeyFiles;
import org.hrdemat.shared.Settings;

/**
 * Signed checkpoints of the audit chain, written outside the database ({@code HR_DATA_DIR/audit-checkpoints}): each
 * says that event N had hash H at that time, signed by the installation's audit seal (a certificate of its signing
 * authority) and timestamped by the TSA when one is configured. Someone who can write the database cannot make the
 * chain shorter than a checkpoint, nor replace the event it names, without the verification saying so; old events
 * can be purged behind a checkpoint and the rest of the chain stays verifiable. One small text file per
 * checkpoint, readable with any tool ({@code openssl} checks the signature against the certificate it names).
 */
public final class AuditCheckpoints {

    /** A checkpoint as read back: what it says, and whether its signature holds. */
    public record Checkpoint(long sequence, String hash, Instant writtenAt, boolean signatureValid,
                             boolean timestamped) {
    }

    private static final String HEADER = "hr-demat audit checkpoint v1";
    private final Path directory;
    private final Pki.Credential seal;
    private final ITSAClient tsa;

    public AuditCheckpoints(Path directory, Pki.Credential seal, ITSAClient tsa) {
        this.directory = directory;
        this.seal = seal;
        this.tsa = tsa;
    }

    /** The installation's checkpoints, sealed by its audit seal (created under its signing authority at first use). */
    public static AuditCheckpoints installation() {
        return new AuditCheckpoints(Settings.dataDir().resolve("audit-checkpoints"), auditSeal(), Timestamps.client());
    }

    private static synchronized Pki.Credential auditSeal() {
        Path keys = Settings.dataDir().resolve("keys");
        MasterKey master = SealKeys.master();
        byte[] wrapped = KeyFiles.readOrCreate(keys, "audit-seal.password",
                () -> master.wrap(MasterKey.randomSecret()).getBytes(StandardCharsets.US_ASCII));
        char[] password = master.unwrap(new String(wrapped, StandardCharsets.US_ASCII).trim()).toCharArray();
        byte[] p12 = KeyFiles.readOrCreate(keys, "audit-seal.p12", () -> Pki.toPkcs12(Pki.issue(
                SigningAuthority.installation(), Settings.demoMode()
                        ? "CN=HR Demat DEMO - Scellement du journal d'audit - sans valeur, O=DEMONSTRATION, C=FR"
                        : "CN=HR Demat - Scellement du journal d'audit, C=FR", 20), password));
        try {
            return Pki.fromPkcs12(p12, password);
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("the audit seal cannot be opened", e);
        }
    }

    /** Writes the checkpoint of event {@code sequence} (nothing if there is one already). */
    public Checkpoint write(long sequence, String hash, Instant now) {
        Path file = file(sequence);
        String body = HEADER + "\nsequence: " + sequence + "\nhash: " + hash + "\nwritten: " + now + "\n";
        try {
            if (Files.exists(file)) {
                return read(file);
            }
            Files.createDirectories(directory);
            byte[] signed = body.getBytes(StandardCharsets.UTF_8);
            Signature s = Signature.getInstance("SHA256with" + seal.key().getAlgorithm());
            s.initSign(seal.key());
            s.update(signed);
            StringBuilder out = new StringBuilder(body);
            out.append("certificate: ").append(Base64.getEncoder().encodeToString(seal.certificate().getEncoded()))
                    .append('\n');
            out.append("signature: SHA256with").append(seal.key().getAlgorithm()).append(' ')
                    .append(Base64.getEncoder().encodeToString(s.sign())).append('\n');
            if (tsa != null) {
                byte[] digest = MessageDigest.getInstance("SHA-256").digest(signed);
                out.append("timestamp: ").append(Base64.getEncoder().encodeToString(tsa.getTimeStampToken(digest)))
                        .append('\n');
            }
            Path tmp = Files.createTempFile(directory, "checkpoint", ".tmp");
            try {
                Files.writeString(tmp, out);
                Files.move(tmp, file);
            } catch (java.nio.file.FileAlreadyExistsException e) {
                // written at the same moment by another node or thread: that one stands
            } finally {
                Files.deleteIfExists(tmp);
            }
            return read(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException("cannot write the audit checkpoint of event " + sequence, e);
        }
    }

    /** The checkpoint of the highest sequence, if any. */
    public Optional<Checkpoint> latest() {
        if (!Files.isDirectory(directory)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(p -> p.getFileName().toString().matches("checkpoint-\\d{19}\\.txt")).sorted()
                    .reduce((a, b) -> b).map(this::read);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The checkpoint of that event, if one was written. */
    public Optional<Checkpoint> at(long sequence) {
        Path file = file(sequence);
        return Files.exists(file) ? Optional.of(read(file)) : Optional.empty();
    }

    private Path file(long sequence) {
        return directory.resolve(String.format("checkpoint-%019d.txt", sequence));
    }

    /** Reads a checkpoint and checks its signature against the installation's audit seal. */
    Checkpoint read(Path file) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            Map<String, String> fields = new LinkedHashMap<>();
            int signedEnd = -1;
            int at = 0;
            for (String line : text.split("\n")) {
                int colon = line.indexOf(": ");
                if (colon > 0) {
                    String name = line.substring(0, colon);
                    fields.putIfAbsent(name, line.substring(colon + 2));
                    if (name.equals("written")) {
                        signedEnd = at + line.length() + 1;
                    }
                }
                at += line.length() + 1;
            }
            long sequence = Long.parseLong(fields.getOrDefault("sequence", "-1"));
            String hash = fields.get("hash");
            Instant written = fields.containsKey("written") ? Instant.parse(fields.get("written")) : Instant.EPOCH;
            boolean valid = false;
            if (text.startsWith(HEADER + "\n") && signedEnd > 0 && fields.containsKey("signature")
                    && fields.containsKey("certificate")) {
                String[] sig = fields.get("signature").split(" ");
                X509Certificate cert = seal.certificate();
                boolean sameCertificate = java.util.Arrays.equals(cert.getEncoded(),
                        Base64.getDecoder().decode(fields.get("certificate")));
                Signature s = Signature.getInstance(sig[0]);
                s.initVerify(cert.getPublicKey());
                s.update(text.substring(0, signedEnd).getBytes(StandardCharsets.UTF_8));
                valid = sameCertificate && sig.length == 2 && s.verify(Base64.getDecoder().decode(sig[1]));
            }
            return new Checkpoint(sequence, hash, written, valid, fields.containsKey("timestamp"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException | RuntimeException e) {
            return new Checkpoint(-1, null, Instant.EPOCH, false, false);
        }
    }
}
