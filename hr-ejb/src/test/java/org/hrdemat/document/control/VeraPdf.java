package org.hrdemat.document.control;

import java.io.ByteArrayInputStream;
import java.util.stream.Collectors;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** veraPDF, the reference PDF/A validator, as an independent check of what this application calls PDF/A. */
public final class VeraPdf {

    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private VeraPdf() {
    }

    /** The failed rules for PDF/A-3b, empty when the document conforms. */
    public static String failures(byte[] pdf) {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf),
                PDFAFlavour.PDFA_3_B)) {
            PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_3_B, false);
            ValidationResult result = validator.validate(parser);
            if (result.isCompliant()) {
                return "";
            }
            return result.getTestAssertions().stream().filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                    .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + " " + a.getMessage())
                    .distinct().collect(Collectors.joining("\n"));
        } catch (Exception e) {
            throw new IllegalStateException("veraPDF could not read the document", e);
        }
    }
}
