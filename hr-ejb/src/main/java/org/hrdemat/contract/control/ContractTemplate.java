package org.hrdemat.contract.control;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hrdemat.document.control.Sha256;
import org.hrdemat.shared.InvalidInputException;

/**
 * A contract template: an HTML page an HR person edits, with its title, the fields it declares in
 * {@code <meta name="hr-field">} elements, and {@code {{placeholders}}}: {@code agent.*} and {@code employer.*}
 * come from the records, {@code field.*} from what HR types, {@code today} is the generation date. A template that
 * uses an unknown placeholder or an undeclared field is refused when it is read; a missing or invalid value is
 * refused at generation with the field's name. Values are HTML-escaped. The version is the SHA-256 of the file.
 */
public final class ContractTemplate {

    /** What the records give to every template. */
    public static final Set<String> RECORD_PLACEHOLDERS = Set.of("agent.lastName", "agent.firstName", "agent.fullName",
            "agent.birthDate", "agent.matricule", "agent.orgUnit", "agent.status", "agent.hireDate", "employer.name",
            "employer.siret", "employer.signatoryName", "employer.signatoryTitle", "today");

    private static final Pattern FIELD_META = Pattern.compile(
            "<meta\\s+name=\"hr-field\"\\s+content=\"([^\"]*)\"\\s*/?>", Pattern.CASE_INSENSITIVE);
    private static final Pattern TITLE = Pattern.compile("<title>([^<]*)</title>", Pattern.CASE_INSENSITIVE);
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([A-Za-z0-9_.]+)\\s*}}");
    private static final Pattern NAME = Pattern.compile("[a-zA-Z][a-zA-Z0-9_]{0,39}");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final String name;
    private final String title;
    private final String html;
    private final String version;
    private final List<TemplateField> fields;

    private ContractTemplate(String name, String title, String html, String version, List<TemplateField> fields) {
        this.name = name;
        this.title = title;
        this.html = html;
        this.version = version;
        this.fields = fields;
    }

    /** Reads a template; a malformed one is refused with the reason (the HR person who edited it reads it). */
    public static ContractTemplate parse(String name, byte[] content) {
        String html = new String(content, StandardCharsets.UTF_8);
        Matcher t = TITLE.matcher(html);
        if (!t.find() || t.group(1).isBlank()) {
            throw new IllegalArgumentException("template " + name + ": no <title>");
        }
        Map<String, TemplateField> fields = new LinkedHashMap<>();
        Matcher m = FIELD_META.matcher(html);
        while (m.find()) {
            String[] parts = m.group(1).split(";", -1);
            if (parts.length < 4) {
                throw new IllegalArgumentException("template " + name + ": field declaration '" + m.group(1)
                        + "' needs name; type; required|optional; label");
            }
            String fieldName = parts[0].trim();
            String type = parts[1].trim();
            String required = parts[2].trim();
            if (!NAME.matcher(fieldName).matches() || !Set.of("text", "date", "number").contains(type)
                    || !Set.of("required", "optional").contains(required)) {
                throw new IllegalArgumentException("template " + name + ": bad field declaration '" + m.group(1) + "'");
            }
            fields.put(fieldName, new TemplateField(fieldName, type, "required".equals(required), unescape(parts[3].trim()),
                    parts.length > 4 && !parts[4].isBlank() ? unescape(parts[4].trim()) : null));
        }
        Matcher p = PLACEHOLDER.matcher(html);
        while (p.find()) {
            String key = p.group(1);
            if (key.startsWith("field.")) {
                if (!fields.containsKey(key.substring(6))) {
                    throw new IllegalArgumentException("template " + name + ": {{" + key + "}} is not a declared field");
                }
            } else if (!RECORD_PLACEHOLDERS.contains(key)) {
                throw new IllegalArgumentException("template " + name + ": unknown placeholder {{" + key + "}}");
            }
        }
        return new ContractTemplate(name, unescape(t.group(1).trim()), html, Sha256.of(content).substring(0, 12),
                List.copyOf(fields.values()));
    }

    /**
     * The values of the declared fields, checked and normalised (defaults applied; dates as yyyy-mm-dd, numbers
     * as plain decimals). A missing required value or a value of the wrong type is refused, naming the field.
     */
    public Map<String, String> validate(Map<String, String> given) {
        Map<String, String> values = new LinkedHashMap<>();
        Set<String> unknown = new LinkedHashSet<>(given == null ? Set.of() : given.keySet());
        for (TemplateField f : fields) {
            unknown.remove(f.name());
            String v = given == null ? null : given.get(f.name());
            v = v == null || v.isBlank() ? f.defaultValue() : v.trim();
            if (v == null) {
                if (f.required()) {
                    throw new InvalidInputException("contract.missingField", f.label(), f.name());
                }
                continue;
            }
            if (v.length() > 500) {
                throw new InvalidInputException("contract.invalidField", f.label(), f.name());
            }
            try {
                switch (f.type()) {
                    case "date" -> v = LocalDate.parse(v).toString();
                    case "number" -> v = new BigDecimal(v.replace(',', '.').replace(" ", "")).toPlainString();
                    default -> {
                    }
                }
            } catch (DateTimeParseException | NumberFormatException e) {
                throw new InvalidInputException("contract.invalidField", f.label(), f.name());
            }
            values.put(f.name(), v);
        }
        if (!unknown.isEmpty()) {
            throw new InvalidInputException("contract.unknownField", unknown.iterator().next());
        }
        return values;
    }

    /** The HTML with every placeholder replaced (values escaped; dates written dd/mm/yyyy). */
    public String fill(Map<String, String> records, Map<String, String> validated) {
        Matcher p = PLACEHOLDER.matcher(html);
        StringBuilder out = new StringBuilder();
        while (p.find()) {
            String key = p.group(1);
            String value;
            if (key.startsWith("field.")) {
                String field = key.substring(6);
                value = validated.getOrDefault(field, "");
                TemplateField f = fields.stream().filter(x -> x.name().equals(field)).findFirst().orElseThrow();
                if ("date".equals(f.type()) && !value.isEmpty()) {
                    value = DAY.format(LocalDate.parse(value));
                }
            } else {
                value = records.getOrDefault(key, "");
            }
            p.appendReplacement(out, Matcher.quoteReplacement(escape(value)));
        }
        p.appendTail(out);
        return out.toString();
    }

    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    private static String unescape(String s) {
        return s.replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&amp;", "&");
    }

    public String name() {
        return name;
    }

    public String title() {
        return title;
    }

    public String version() {
        return version;
    }

    public List<TemplateField> fields() {
        return fields;
    }
}
