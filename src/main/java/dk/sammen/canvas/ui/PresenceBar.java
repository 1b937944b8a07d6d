package dk.sammen.canvas.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.avatar.AvatarGroup;
import com.vaadin.flow.component.avatar.AvatarGroup.AvatarGroupItem;
import dk.sammen.base.ui.ComponentTexts;
import dk.sammen.live.Presence;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Who has the scoping open now: one avatar per person (not per tab), name, party and role on hover.
 * At most {@link #SHOWN} people get an avatar of their own and the rest one "+N" avatar: every open
 * page holds this list, so with hundreds of people on one canvas a full list would cost every page
 * memory and work in proportion to everyone else (measured in bench/fanout.sh).
 */
final class PresenceBar {

    static final int SHOWN = 11;

    private PresenceBar() {
    }

    static AvatarGroup create(Component context) {
        AvatarGroup group = new AvatarGroup();
        group.addClassName("presence");
        ComponentTexts.apply(group);
        group.setMaxItemsVisible(SHOWN + 1);
        group.getElement().setAttribute("aria-label", context.getTranslation("presence.here"));
        return group;
    }

    static void show(Component context, AvatarGroup group, List<Presence> present) {
        Map<Long, Presence> people = new LinkedHashMap<>();
        present.forEach(p -> people.putIfAbsent(p.userId(), p));
        List<AvatarGroupItem> items = new ArrayList<>(people.values().stream().limit(SHOWN).map(p -> item(context, p)).toList());
        if (people.size() > SHOWN) {
            AvatarGroupItem more = new AvatarGroupItem(context.getTranslation("presence.more", people.size() - SHOWN));
            more.setAbbreviation("+" + (people.size() - SHOWN));
            items.add(more);
        }
        group.setItems(items);
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
