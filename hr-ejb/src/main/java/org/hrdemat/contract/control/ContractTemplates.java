package org.hrdemat.contract.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * Where the contract templates come from: the built-in ones (listed in {@code templates/contract/index.txt}) and
 * the HTML files of {@code HR_TEMPLATES_DIR/contract/}, which replace a built-in one of the same name or add new
 * ones. A template that does not read (bad field declaration, unknown placeholder) is left out and logged.
 */
public final class ContractTemplates {

    private static final Logger LOG = Logger.getLogger(ContractTemplates.class.getName());

    private ContractTemplates() {
    }

    public static List<ContractTemplate> all(Path templatesDir) {
        Map<String, ContractTemplate> found = new LinkedHashMap<>();
        for (String name : builtInNames()) {
            builtIn(name).ifPresent(t -> found.put(name, t));
        }
        Path dir = templatesDir == null ? null : templatesDir.resolve("contract");
        if (dir != null && Files.isDirectory(dir)) {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path p : files.filter(f -> f.getFileName().toString().endsWith(".html")).sorted().toList()) {
                    String name = p.getFileName().toString().replaceFirst("\\.html$", "");
                    try {
                        found.put(name, ContractTemplate.parse(name, Files.readAllBytes(p)));
                    } catch (IllegalArgumentException | IOException e) {
                        LOG.log(Level.WARNING, "contract template " + p + " left out: " + e.getMessage());
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new ArrayList<>(found.values());
    }

    public static Optional<ContractTemplate> find(Path templatesDir, String name) {
        return all(templatesDir).stream().filter(t -> t.name().equals(name)).findFirst();
    }

    private static List<String> builtInNames() {
        try (InputStream in = ContractTemplates.class.getResourceAsStream("/templates/contract/index.txt")) {
            if (in == null) {
                return List.of();
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::trim)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Optional<ContractTemplate> builtIn(String name) {
        try (InputStream in = ContractTemplates.class.getResourceAsStream("/templates/contract/" + name + ".html")) {
            if (in == null) {
                return Optional.empty();
            }
            return Optional.of(ContractTemplate.parse(name, in.readAllBytes()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalArgumentException e) {
            LOG.log(Level.WARNING, "built-in contract template " + name + " left out: " + e.getMessage());
            return Optional.empty();
        }
    }
}
