package dk.sammen.disagreement.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dk.sammen.base.Formats;
import dk.sammen.disagreement.NoticeService;
import dk.sammen.disagreement.Notice;
import jakarta.annotation.security.PermitAll;
import java.util.List;

/** The signed-in user's notices about disagreements in their scopings; opening the page marks them seen. */
@Route("notices")
@Menu(title = "nav.notices", order = 3)
@PermitAll
public class NoticesView extends Main implements HasDynamicTitle {

    final UnorderedList list = new UnorderedList();

    NoticesView(NoticeService notices) {
        addClassName("page");
        var locale = UI.getCurrent().getLocale();
        List<Notice> mine = notices.myNotices();
        for (Notice n : mine) {
            String text = Formats.dateTime(n.createdAt(), locale) + ": " + getTranslation(n.messageKey(), n.args().toArray());
            ListItem item = new ListItem(new Anchor("scoping/" + n.scopingId(), text));
            if (!n.seen()) item.addClassName("unseen");
            list.add(item);
        }
        add(new H1(getTranslation("notices.title")));
        if (mine.isEmpty()) add(new Paragraph(getTranslation("notices.empty")));
        add(list);
        notices.markSeen();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notices.title") + " – " + getTranslation("app.name");
    }
}
