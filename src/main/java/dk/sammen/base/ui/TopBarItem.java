package dk.sammen.base.ui;

import com.vaadin.flow.component.Component;

/**
 * Lets a feature put a small item in the top bar of every page (for example the unread count)
 * without the layout knowing that feature. Implementations are Spring beans; each page gets a fresh component.
 */
public interface TopBarItem {

    Component create();
}
