package dk.sammen.base;

import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Where the organisation's accessibility statement is, and whom to write about accessibility.
 * Danish public bodies publish their statement in the Agency for Digital Government's WAS-Tool;
 * its address is configuration ({@code sammen.accessibility.statement-url}). Until it is set, the
 * link leads to Sammen's own statement page, which names the contact
 * ({@code sammen.accessibility.contact}).
 */
@Component
public class AccessibilityStatement {

    /** Sammen's own statement page, used until the organisation's WAS-Tool address is configured. */
    public static final String ROUTE = "accessibility-statement";

    private final String statementUrl;
    private final String contact;

    public AccessibilityStatement(@Value("${sammen.accessibility.statement-url:}") String statementUrl,
                           @Value("${sammen.accessibility.contact:}") String contact) {
        this.statementUrl = statementUrl.strip();
        this.contact = contact.strip();
    }

    /** The link every page carries: the organisation's WAS-Tool statement, or Sammen's own page. */
    public String link() {
        return statementUrl.isEmpty() ? ROUTE : statementUrl;
    }

    /** The organisation's statement in WAS-Tool, when configured. */
    public Optional<String> organisationStatement() {
        return statementUrl.isEmpty() ? Optional.empty() : Optional.of(statementUrl);
    }

    /** An e-mail address (or another way to reach someone) for accessibility questions and complaints. */
    public Optional<String> contact() {
        return contact.isEmpty() ? Optional.empty() : Optional.of(contact);
    }
}
