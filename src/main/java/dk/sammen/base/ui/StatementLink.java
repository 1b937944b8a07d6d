package dk.sammen.base.ui;

import com.vaadin.flow.component.html.Anchor;
import dk.sammen.base.AccessibilityStatement;

/** The link to the accessibility statement that every page carries (the law asks for one on each page). */
public final class StatementLink {

    private StatementLink() {
    }

    public static Anchor to(AccessibilityStatement statement) {
        Anchor link = new Anchor(statement.link(), "");
        link.setText(link.getTranslation("a11y.link"));
        link.addClassName("statement-link");
        return link;
    }
}
