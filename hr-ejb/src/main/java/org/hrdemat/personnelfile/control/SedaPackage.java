package org.hrdemat.personnelfile.control;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.w3c.dom.ls.LSInput;
import org.w3c.dom.ls.LSResourceResolver;
import org.xml.sax.SAXException;

/**
 * A transfer package for the archives service in SEDA 2.2 (the French standard for archival exchanges): a ZIP
 * holding {@code manifest.xml}, an {@code ArchiveTransfer} message, and the documents under {@code content/}.
 * The manifest describes one archive unit per agent file, one per document (number, section, type, title, date,
 * origin) and one per version, each version with its SHA-512 digest, size and format. Every manifest is
 * validated against the SEDA 2.2 schemas before the package is handed out.
 */
public final class SedaPackage {

    public static final String NS = "fr:gouv:culture:archivesdefrance:seda:v2.2";
    private static final String BASE = "/org/hrdemat/personnelfile/seda/";
    private static final Schema SCHEMA = loadSchema();

    /** The agent whose file the documents come from. */
    public record Agent(String matricule, String name) {
    }

    /** One version of a document with its content. */
    public record Version(int number, String note, Instant addedAt, byte[] content) {
    }

    /** One document of a file. */
    public record Item(Agent agent, int number, String section, String type, String title, String description,
                       LocalDate date, String origin, List<Version> versions) {
    }

    /** Who sends and who receives. */
    public record Parties(String messageId, String employerName, String employerSiret, String archivalAgency,
                          String comment) {
    }

    private SedaPackage() {
    }

    /** The ZIP: manifest.xml (validated) and the documents. */
    public static byte[] zip(Parties parties, List<Item> items, Instant now) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        String manifest = manifest(parties, items, now, files);
        validate(manifest);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("manifest.xml"));
            zip.write(manifest.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(f.getKey()));
                zip.write(f.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The ArchiveTransfer message; fills {@code files} with the paths it refers to and their contents. */
    static String manifest(Parties parties, List<Item> items, Instant now, Map<String, byte[]> files) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            w.writeStartDocument("UTF-8", "1.0");
            w.setDefaultNamespace(NS);
            w.writeStartElement(NS, "ArchiveTransfer");
            w.writeDefaultNamespace(NS);
            text(w, "Comment", parties.comment());
            text(w, "Date", DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(
                    now.truncatedTo(ChronoUnit.SECONDS).atOffset(ZoneOffset.UTC).toLocalDateTime()));
            text(w, "MessageIdentifier", parties.messageId());
            w.writeStartElement("CodeListVersions");
            for (String list : new String[]{"ReplyCodeListVersion", "MessageDigestAlgorithmCodeListVersion",
                "MimeTypeCodeListVersion", "EncodingCodeListVersion", "FileFormatCodeListVersion",
                "CompressionAlgorithmCodeListVersion", "DataObjectVersionCodeListVersion",
                "StorageRuleCodeListVersion", "AppraisalRuleCodeListVersion", "AccessRuleCodeListVersion",
                "DisseminationRuleCodeListVersion", "ReuseRuleCodeListVersion", "ClassificationRuleCodeListVersion",
                "AuthorizationReasonCodeListVersion", "RelationshipCodeListVersion"}) {
                text(w, list, list.replace("CodeListVersion", "CodeListVersion0"));
            }
            w.writeEndElement();
            w.writeStartElement("DataObjectPackage");
            int v = 0;
            Map<Item, List<String>> groups = new LinkedHashMap<>();
            for (Item item : items) {
                List<String> ids = new java.util.ArrayList<>();
                for (Version version : item.versions()) {
                    v++;
                    String path = "content/" + safe(item.agent().matricule()) + "-" + item.number() + "-v"
                            + version.number() + ".pdf";
                    files.put(path, version.content());
                    w.writeStartElement("DataObjectGroup");
                    w.writeAttribute("id", "GRP" + v);
                    w.writeStartElement("BinaryDataObject");
                    w.writeAttribute("id", "BDO" + v);
                    text(w, "DataObjectVersion", "BinaryMaster_1");
                    text(w, "Uri", path);
                    w.writeStartElement("MessageDigest");
                    w.writeAttribute("algorithm", "SHA-512");
                    w.writeCharacters(sha512(version.content()));
                    w.writeEndElement();
                    text(w, "Size", Integer.toString(version.content().length));
                    w.writeStartElement("FormatIdentification");
                    text(w, "FormatLitteral", "Acrobat PDF");
                    text(w, "MimeType", "application/pdf");
                    w.writeEndElement();
                    w.writeStartElement("FileInfo");
                    text(w, "Filename", path.substring("content/".length()));
                    w.writeEndElement();
                    w.writeEndElement();
                    w.writeEndElement();
                    ids.add("GRP" + v);
                }
                groups.put(item, ids);
            }
            w.writeStartElement("DescriptiveMetadata");
            Map<Agent, List<Item>> byAgent = new LinkedHashMap<>();
            for (Item item : items) {
                byAgent.computeIfAbsent(item.agent(), a -> new java.util.ArrayList<>()).add(item);
            }
            int unit = 0;
            for (Map.Entry<Agent, List<Item>> agent : byAgent.entrySet()) {
                w.writeStartElement("ArchiveUnit");
                w.writeAttribute("id", "AU" + (++unit));
                w.writeStartElement("Content");
                text(w, "DescriptionLevel", "File");
                text(w, "Title", "Dossier individuel de " + agent.getKey().name() + " (matricule "
                        + agent.getKey().matricule() + ")");
                text(w, "OriginatingAgencyArchiveUnitIdentifier", agent.getKey().matricule());
                text(w, "DocumentType", "Dossier individuel d'agent public (décret 2011-675)");
                w.writeEndElement();
                for (Item item : agent.getValue()) {
                    w.writeStartElement("ArchiveUnit");
                    w.writeAttribute("id", "AU" + (++unit));
                    w.writeStartElement("Content");
                    text(w, "DescriptionLevel", "RecordGrp");
                    text(w, "Title", item.title());
                    text(w, "FilePlanPosition", item.section());
                    text(w, "OriginatingAgencyArchiveUnitIdentifier", agent.getKey().matricule() + "-" + item.number());
                    if (item.description() != null && !item.description().isBlank()) {
                        text(w, "Description", item.description());
                    }
                    text(w, "DocumentType", item.type());
                    text(w, "Language", "fr");
                    text(w, "Status", "SCAN".equals(item.origin()) ? "Copie numérisée" : "Original électronique");
                    text(w, "StartDate", item.date().toString());
                    text(w, "EndDate", item.date().toString());
                    w.writeEndElement();
                    List<String> ids = groups.get(item);
                    for (int i = 0; i < item.versions().size(); i++) {
                        Version version = item.versions().get(i);
                        w.writeStartElement("ArchiveUnit");
                        w.writeAttribute("id", "AU" + (++unit));
                        w.writeStartElement("Content");
                        text(w, "DescriptionLevel", "Item");
                        text(w, "Title", item.title() + " — version " + version.number());
                        if (version.note() != null && !version.note().isBlank()) {
                            text(w, "Description", version.note());
                        }
                        text(w, "Version", Integer.toString(version.number()));
                        text(w, "CreatedDate", DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(version.addedAt()
                                .truncatedTo(ChronoUnit.SECONDS).atOffset(ZoneOffset.UTC).toLocalDateTime()));
                        w.writeEndElement();
                        w.writeStartElement("DataObjectReference");
                        text(w, "DataObjectGroupReferenceId", ids.get(i));
                        w.writeEndElement();
                        w.writeEndElement();
                    }
                    w.writeEndElement();
                }
                w.writeEndElement();
            }
            w.writeEndElement();
            w.writeStartElement("ManagementMetadata");
            text(w, "OriginatingAgencyIdentifier", parties.employerSiret());
            text(w, "SubmissionAgencyIdentifier", parties.employerSiret());
            w.writeEndElement();
            w.writeEndElement();
            w.writeStartElement("ArchivalAgency");
            text(w, "Identifier", parties.archivalAgency());
            w.writeEndElement();
            w.writeStartElement("TransferringAgency");
            text(w, "Identifier", parties.employerSiret());
            w.writeEndElement();
            w.writeEndElement();
            w.writeEndDocument();
            w.close();
            return out.toString(StandardCharsets.UTF_8);
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Refuses a manifest that does not conform to SEDA 2.2 (this code wrote it wrong: a bug, not bad input). */
    public static void validate(String manifest) {
        try {
            SCHEMA.newValidator().validate(new StreamSource(new ByteArrayInputStream(
                    manifest.getBytes(StandardCharsets.UTF_8))));
        } catch (SAXException e) {
            throw new IllegalStateException("SEDA manifest does not validate: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void text(XMLStreamWriter w, String name, String value) throws XMLStreamException {
        w.writeStartElement(name);
        w.writeCharacters(value == null ? "" : value);
        w.writeEndElement();
    }

    private static String safe(String s) {
        return s.replaceAll("[^A-Za-z0-9_-]", "_");
    }

    private static String sha512(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-512").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Schema loadSchema() {
        try {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            factory.setResourceResolver(new LocalSchemas());
            var main = SedaPackage.class.getResource(BASE + "seda-2.2-main.xsd");
            return factory.newSchema(new StreamSource(main.openStream(), main.toExternalForm()));
        } catch (SAXException | IOException e) {
            throw new IllegalStateException("SEDA schemas unreadable", e);
        }
    }

    /** Resolves the schemas' includes and the W3C imports from the application's own copies (no network). */
    private static final class LocalSchemas implements LSResourceResolver {
        @Override
        public LSInput resolveResource(String type, String namespace, String publicId, String systemId, String baseUri) {
            if (systemId == null) {
                return null;
            }
            String name = systemId.substring(systemId.lastIndexOf('/') + 1);
            var url = SedaPackage.class.getResource(BASE + name);
            if (url == null) {
                return null;
            }
            return new Input(publicId, url.toExternalForm(), baseUri);
        }
    }

    private record Input(String publicId, String systemId, String baseURI) implements LSInput {
        @Override
        public java.io.Reader getCharacterStream() {
            return null;
        }

        @Override
        public void setCharacterStream(java.io.Reader characterStream) {
        }

        @Override
        public InputStream getByteStream() {
            try {
                return new java.net.URL(systemId).openStream();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void setByteStream(InputStream byteStream) {
        }

        @Override
        public String getStringData() {
            return null;
        }

        @Override
        public void setStringData(String stringData) {
        }

        @Override
        public String getSystemId() {
            return systemId;
        }

        @Override
        public void setSystemId(String systemId) {
        }

        @Override
        public String getPublicId() {
            return publicId;
        }

        @Override
        public void setPublicId(String publicId) {
        }

        @Override
        public String getBaseURI() {
            return baseURI;
        }

        @Override
        public void setBaseURI(String baseURI) {
        }

        @Override
        public String getEncoding() {
            return null;
        }

        @Override
        public void setEncoding(String encoding) {
        }

        @Override
        public boolean getCertifiedText() {
            return false;
        }

        @Override
        public void setCertifiedText(boolean certifiedText) {
        }
    }
}
