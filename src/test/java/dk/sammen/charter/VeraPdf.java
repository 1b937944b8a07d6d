package dk.sammen.charter;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.TreeSet;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** veraPDF, the PDF Association's reference validator, run in the test's JVM. */
final class VeraPdf {

    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private VeraPdf() {
    }

    /** The failed rules ("clause-test: message"), empty when the file conforms to the flavour. */
    static List<String> failures(byte[] pdf, PDFAFlavour flavour) {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
            ValidationResult result = validator.validate(parser);
            TreeSet<String> failed = new TreeSet<>();
            for (TestAssertion assertion : result.getTestAssertions()) {
                if (assertion.getStatus() != TestAssertion.Status.FAILED) continue;
                failed.add(assertion.getRuleId().getClause() + "-" + assertion.getRuleId().getTestNumber() + ": " + assertion.getMessage()
                        + " [" + assertion.getLocation().getContext() + "]");
            }
            if (!result.isCompliant() && failed.isEmpty()) failed.add("not compliant (" + result.getJobEndStatus() + ")");
            return List.copyOf(failed);
        } catch (Exception e) {
            throw new IllegalStateException("veraPDF could not validate the file", e);
        }
    }

    /** veraPDF's one-line verdict: the profile, compliant or not, and how many checks it ran. */
    static String summary(byte[] pdf, PDFAFlavour flavour) {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
            ValidationResult result = validator.validate(parser);
            return result.getProfileDetails().getName() + ": " + (result.isCompliant() ? "compliant" : "NOT compliant") + ", "
                    + result.getTotalAssertions() + " checks, " + result.getFailedChecks().size() + " rules failed";
        } catch (Exception e) {
            throw new IllegalStateException("veraPDF could not validate the file", e);
        }
    }
}
