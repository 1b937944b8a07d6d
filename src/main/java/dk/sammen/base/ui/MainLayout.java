package dk.sammen.base.ui;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.spring.security.AuthenticationContext;
import dk.sammen.base.AccessibilityStatement;
import dk.sammen.base.Translations;
import dk.sammen.base.UserPreferences;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Locale;

/**
 * The frame around every page after sign-in. The top bar holds the way home and the small items
 * (the unread count); the menu, the language, the person's name and sign-out are in the drawer,
 * beside the page on a wide screen and folded behind the menu button on a narrow one (a phone, or
 * a page zoomed to 400 %), so nothing runs off the screen (WCAG 1.4.10).
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout {

    static final String CONTENT_ID = "main-content";

    MainLayout(UserPreferences preferences, AuthenticationContext authentication, List<TopBarItem> items,
               AccessibilityStatement statement) {
        Anchor home = new Anchor("", getTranslation("app.name"));
        home.addClassName("app-name");

        // Views announce themselves with @Menu (title is a message key); only those this user may open are listed.
        Nav nav = new Nav();
        com.vaadin.flow.server.menu.MenuConfiguration.getMenuEntries().forEach(entry ->
                nav.add(new Anchor(entry.path(), getTranslation(entry.title()))));
        nav.setAriaLabel(getTranslation("nav.main"));
        nav.addClassName("main-nav");

        Select<Locale> language = new Select<>();
        language.setAriaLabel(getTranslation("nav.language"));
        language.setId("language");
        language.setItems(Translations.DANISH, Translations.ENGLISH);
        language.setItemLabelGenerator(l -> languageName(l));
        language.setValue(Translations.supported(getLocale()));
        language.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                preferences.changeLanguage(e.getValue());
                VaadinSession.getCurrent().setLocale(e.getValue());
                UI.getCurrent().setLocale(e.getValue());
                UI.getCurrent().getPage().reload();
            }
        });

        // The name leads to the person's own settings (their password).
        Anchor who = new Anchor("account/password", preferences.displayName().orElse(""));
        who.getElement().setAttribute("title", getTranslation("nav.account"));
        who.addClassName("signed-in-user");
        Button signOut = new Button(getTranslation("nav.signOut"), e -> authentication.logout());
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);

        Div topBar = new Div();
        items.forEach(item -> topBar.add(item.create()));
        topBar.addClassName("top-bar-items");
        Div tools = new Div(language, who, signOut);
        tools.addClassName("nav-tools");
        // First in the page: a keyboard user skips the menu and lands on the page's own content.
        Anchor skip = new Anchor("#" + CONTENT_ID, getTranslation("nav.skipToContent"));
        skip.addClassName("skip-link");
        // Moves the focus itself: the router would otherwise take the in-page link as a navigation.
        skip.getElement().executeJs("this.addEventListener('click', e => { e.preventDefault();"
                + " const content = document.getElementById($0); if (content) content.focus(); })", CONTENT_ID);
        DrawerToggle menu = new DrawerToggle();
        menu.setAriaLabel(getTranslation("nav.menu"));
        addToNavbar(skip, menu, home, topBar);
        Div about = new Div(StatementLink.to(statement));
        about.addClassName("drawer-footer");
        addToDrawer(nav, tools, about);
        ComponentTexts.apply(this);
    }

    /**
     * The page's own content: the target of the skip link, focusable from it (tabindex -1) but not in
     * the tab order. After a move within Sammen (not on a page's first load) the focus goes to the new
     * content, as a page load would put it at the start: otherwise it stays on the link or row just
     * followed, which is gone, and a keyboard or screen-reader user is left somewhere in the old page.
     */
    @Override
    public void showRouterLayoutContent(HasElement content) {
        super.showRouterLayoutContent(content);
        if (content != null) {
            content.getElement().setAttribute("id", CONTENT_ID);
            content.getElement().setAttribute("tabindex", "-1");
            if (navigatedBefore) content.getElement().executeJs("this.focus({preventScroll: true})");
            navigatedBefore = true;
        }
    }

    private boolean navigatedBefore;

    private static String languageName(Locale locale) {
        // Each language is named in itself, so a user who cannot read the current one still finds theirs.
        return "da".equals(locale.getLanguage()) ? "Dansk" : "English";
    }
}
