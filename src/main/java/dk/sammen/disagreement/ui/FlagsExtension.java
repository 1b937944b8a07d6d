package dk.sammen.disagreement.ui;

import com.vaadin.flow.component.Component;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import dk.sammen.canvas.CanvasTemplate;
import dk.sammen.canvas.ui.CanvasExtension;
import dk.sammen.disagreement.DisagreementService;
import dk.sammen.disagreement.Flag;
import dk.sammen.disagreement.FlagState;
import dk.sammen.disagreement.FlagsChanged;
import dk.sammen.live.ScopingEvent;
import dk.sammen.scoping.ScopingChanged;
import dk.sammen.scoping.ScopingDetails;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;


/** Puts the disagreement flags on the canvas: a banner of what blocks review, and each section's flags. */
@org.springframework.stereotype.Component
class FlagsExtension implements CanvasExtension {

    private final DisagreementService disagreements;

    FlagsExtension(DisagreementService disagreements) {
        this.disagreements = disagreements;
    }

    @Override
    public AddOn open(ScopingDetails scoping) {
        return new FlagsOnCanvas(disagreements, scoping);
    }

    /** One canvas page's flags; re-read whenever a flag of the scoping changes. */
    static final class FlagsOnCanvas implements AddOn {

        private final DisagreementService disagreements;
        private final ScopingDetails scoping;
        private final Div banner = new Div();
        final Map<String, Div> sections = new HashMap<>();
        /** Cards by flag id and version: an unchanged flag keeps its card, so text typed in it is never swept away. */
        private final Map<Long, FlagCard> cards = new HashMap<>();

        FlagsOnCanvas(DisagreementService disagreements, ScopingDetails scoping) {
            this.disagreements = disagreements;
            this.scoping = scoping;
            banner.addClassName("flag-banner");
            banner.setId("flag-banner");
        }

        /** The flags as last read: the canvas asks for the banner first, then each section, all from one read. */
        private List<Flag> flags = List.of();

        @Override
        public Optional<Component> banner() {
            refresh();
            return Optional.of(banner);
        }

        @Override
        public Optional<Component> section(String sectionKey) {
            Div div = new Div();
            div.addClassName("section-flags");
            div.setId("flags-" + sectionKey);
            sections.put(sectionKey, div);
            fill(sectionKey, div, flags);
            return Optional.of(div);
        }

        @Override
        public Optional<Component> rowAction(String sectionKey, long rowId) {
            Button flag = new Button(VaadinIcon.FLAG_O.create(), e -> new RaiseFlagDialog(disagreements, scoping, sectionKey, rowId).open());
            flag.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            flag.setAriaLabel(banner.getTranslation("flag.raiseRow"));
            flag.setTooltipText(banner.getTranslation("flag.raiseRow"));
            flag.setId("raise-row-" + rowId);
            return Optional.of(flag);
        }

        @Override
        public void onEvent(ScopingEvent event) {
            if (event instanceof FlagsChanged || event instanceof ScopingChanged) refresh();
        }

        void refresh() {
            flags = disagreements.flags(scoping.id());
            fillBanner(flags);
            sections.forEach((key, div) -> fill(key, div, flags));
        }

        private void fillBanner(List<Flag> flags) {
            banner.removeAll();
            List<Flag> blocking = flags.stream().filter(f -> f.state().active()).toList();
            if (blocking.isEmpty()) {
                banner.setVisible(false);
                return;
            }
            banner.setVisible(true);
            banner.getElement().setAttribute("role", "status");
            banner.add(new Paragraph(banner.getTranslation("flag.blocking", blocking.size())));
            UnorderedList list = new UnorderedList();
            blocking.forEach(f -> list.add(new ListItem(new Anchor("#section-" + f.section(),
                    f.title() + " (" + banner.getTranslation("canvas." + f.section() + ".title") + ")"))));
            banner.add(list);
        }

        private void fill(String sectionKey, Div div, List<Flag> all) {
            div.removeAll();
            List<Flag> here = all.stream().filter(f -> f.section().equals(sectionKey)).toList();
            if (CanvasTemplate.OPEN_ISSUES.equals(sectionKey)) div.add(openIssues(div, all));
            Button raise = new Button(div.getTranslation("flag.raise"), VaadinIcon.FLAG_O.create(),
                    e -> new RaiseFlagDialog(disagreements, scoping, sectionKey, null).open());
            raise.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            raise.setId("raise-" + sectionKey);
            if (here.isEmpty()) {
                // Most sections have no flags: just the button (every open page holds these components).
                div.add(raise);
                return;
            }
            long active = here.stream().filter(f -> f.state().active()).count();
            Span count = new Span(div.getTranslation("flag.count", here.size()));
            count.addClassName(active > 0 ? "flag-count-active" : "flag-count");
            Div header = new Div(count, raise);
            header.addClassName("section-flags-header");
            div.add(header);
            here.forEach(f -> div.add(card(f)));
        }

        private FlagCard card(Flag flag) {
            FlagCard card = cards.get(flag.id());
            if (card == null || card.version() != flag.version()) {
                card = new FlagCard(disagreements, scoping, flag, disagreements.today());
                cards.put(flag.id(), card);
            }
            return card;
        }

        /** Section 16: accepted open issues with each party's reservation, filled from the flags. */
        private Div openIssues(Div context, List<Flag> all) {
            Div box = new Div(new H3(context.getTranslation("flag.openIssues")));
            box.addClassName("open-issues");
            UnorderedList list = new UnorderedList();
            all.stream().filter(f -> f.state() instanceof FlagState.Accepted).forEach(f -> {
                ListItem item = new ListItem(new Span(f.title() + ": " + f.description()));
                UnorderedList reservations = new UnorderedList();
                f.positions().forEach(p -> reservations.add(new ListItem(p.partyName() + ": " + p.text())));
                item.add(reservations);
                list.add(item);
            });
            box.add(list);
            box.setVisible(list.getComponentCount() > 0);
            return box;
        }
    }

}
