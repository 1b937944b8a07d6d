package dk.sammen.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dk.sammen.base.AccessibilityStatement;

/**
 * Tilgængelighedserklæring: what Sammen does for accessibility, what is known not to work, and
 * whom to write. Open without signing in (the law asks that anyone can read it). The
 * organisation's own statement in WAS-Tool, when configured, is linked from here and from every page.
 */
@Route(value = AccessibilityStatement.ROUTE, autoLayout = false)
@AnonymousAllowed
public class AccessibilityStatementView extends Main implements HasDynamicTitle {

    public AccessibilityStatementView(AccessibilityStatement statement) {
        addClassName("page");
        add(new H1(getTranslation("a11y.title")), new Paragraph(getTranslation("a11y.intro")));
        statement.organisationStatement().ifPresent(url -> add(new Paragraph(new Anchor(url, getTranslation("a11y.organisation")))));
        add(new H2(getTranslation("a11y.how.title")), list("a11y.how.", 5));
        add(new H2(getTranslation("a11y.limits.title")), list("a11y.limits.", 3));
        add(new H2(getTranslation("a11y.contact.title")));
        Paragraph contact = new Paragraph();
        statement.contact().ifPresentOrElse(address -> {
            contact.add(getTranslation("a11y.contact.text") + " ");
            contact.add(new Anchor(address.contains("@") ? "mailto:" + address : address, address));
        }, () -> contact.setText(getTranslation("a11y.contact.none")));
        add(contact);
        add(new Paragraph(getTranslation("a11y.complaint")), new Paragraph(new Anchor("", getTranslation("a11y.back"))));
    }

    private UnorderedList list(String prefix, int items) {
        UnorderedList list = new UnorderedList();
        for (int i = 1; i <= items; i++) list.add(new ListItem(getTranslation(prefix + i)));
        return list;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("a11y.title") + " – " + getTranslation("app.name");
    }
}
