package dk.sammen.canvas.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.avatar.AvatarGroup;
import com.vaadin.flow.component.avatar.AvatarGroup.AvatarGroupItem;
import dk.sammen.live.Presence;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Who has the scoping open now: one avatar per person (not per tab), name, party and role on hover. */
final class PresenceBar {

    private PresenceBar() {
    }

    static AvatarGroup create(Component context) {
        AvatarGroup group = new AvatarGroup();
        group.addClassName("presence");
        group.setMaxItemsVisible(12);
        group.getElement().setAttribute("aria-label", context.getTranslation("presence.here"));
        return group;
    }

    static void show(Component context, AvatarGroup group, List<Presence> present) {
        Map<Long, Presence> people = new LinkedHashMap<>();
        present.forEach(p -> people.putIfAbsent(p.userId(), p));
        group.setItems(people.values().stream().map(p -> item(context, p)).toList());
    }

    static String describe(Component context, Presence p) {
        String roles = p.roles().stream().map(r -> context.getTranslation("role." + r)).collect(Collectors.joining(", "));
        return p.name() + (p.party().isEmpty() ? "" : " – " + p.party()) + " – " + roles;
    }

    private static AvatarGroupItem item(Component context, Presence p) {
        AvatarGroupItem item = new AvatarGroupItem(describe(context, p));
        item.setAbbreviation(p.initials());
        item.setColorIndex(p.colour());
        return item;
    }
}
