package dk.sammen.disagreement.ui;

import dk.sammen.canvas.CanvasKeys;
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
import dk.sammen.base.ui.InPlace;
import dk.sammen.live.ChangesMissed;
import dk.sammen.live.PageEvents;
import dk.sammen.scoping.ScopingPlace;
import org.jspecify.annotations.Nullable;
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

    /**
     * One canvas page's flags; re-read whenever a flag of the scoping changes. Each section's part
     * is updated in place: a section whose flags did not change is not touched, and an unchanged
     * flag keeps its card where it is, so text typed in it (a position, a resolution) stays.
     */
    static final class FlagsOnCanvas implements AddOn {

        private final DisagreementService disagreements;
        private final ScopingDetails scoping;
        private final Div banner = new Div();
        final Map<String, SectionFlags> sections = new HashMap<>();
        /** Cards by flag id; a card is made anew only when its flag's version changed. */
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
            SectionFlags part = new SectionFlags(sectionKey);
            sections.put(sectionKey, part);
            part.show(flags);
            return Optional.of(part.div);
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
        public void listen(PageEvents events) {
            events.on(FlagsChanged.class, changed -> refresh());
            // A party renamed or removed shows in the flags' positions; a page that missed changes reads again.
            events.on(ScopingChanged.class, changed -> refresh());
            events.on(ChangesMissed.class, missed -> refresh());
        }

        void refresh() {
            flags = disagreements.flags(scoping.id());
            fillBanner(flags);
            sections.values().forEach(part -> part.show(flags));
        }

        private void fillBanner(List<Flag> flags) {
            List<Flag> blocking = flags.stream().filter(f -> f.state().active()).toList();
            banner.removeAll(); // links and a sentence only: nothing here holds what a user typed or chose
            if (blocking.isEmpty()) {
                banner.setVisible(false);
                return;
            }
            banner.setVisible(true);
            banner.getElement().setAttribute("role", "status");
            banner.add(new Paragraph(banner.getTranslation("flag.blocking", blocking.size())));
            UnorderedList list = new UnorderedList();
            blocking.forEach(f -> list.add(new ListItem(new Anchor(new ScopingPlace.Flags(scoping.id(), f.section()).path(),
                    f.title() + " (" + banner.getTranslation(CanvasKeys.sectionTitle(f.section()).key()) + ")"))));
            banner.add(list);
        }

        /** One section's flags: its "raise" button, the count, and a card per flag. */
        final class SectionFlags {

            private final String sectionKey;
            final Div div = new Div();
            private final Button raise;
            private @Nullable Div header;
            private @Nullable Span count;
            private @Nullable Div openIssues;
            /** What is shown now: the flags of this section by id and version (section 16: all accepted flags too). */
            private @Nullable List<String> shown;

            SectionFlags(String sectionKey) {
                this.sectionKey = sectionKey;
                div.addClassName("section-flags");
                div.setId(ScopingPlace.flagsElementId(sectionKey));
                raise = new Button(div.getTranslation("flag.raise"), VaadinIcon.FLAG_O.create(),
                        e -> new RaiseFlagDialog(disagreements, scoping, sectionKey, null).open());
                raise.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                raise.setId("raise-" + sectionKey);
            }

            void show(List<Flag> all) {
                boolean openIssuesHere = CanvasTemplate.OPEN_ISSUES.equals(sectionKey);
                List<Flag> here = all.stream().filter(f -> f.section().equals(sectionKey)).toList();
                List<String> now = (openIssuesHere ? all : here).stream().map(f -> f.id() + "@" + f.version() + f.section()).toList();
                if (now.equals(shown)) return; // nothing changed here: not one element of this section is touched
                shown = now;
                List<Component> wanted = new java.util.ArrayList<>();
                if (openIssuesHere) {
                    if (openIssues != null) div.remove(openIssues);
                    openIssues = openIssues(div, all);
                    wanted.add(openIssues);
                }
                if (here.isEmpty()) {
                    // Most sections have no flags: just the button (every open page holds these components).
                    wanted.add(raise);
                } else {
                    long active = here.stream().filter(f -> f.state().active()).count();
                    if (header == null) {
                        count = new Span();
                        header = new Div(count);
                        header.addClassName("section-flags-header");
                    }
                    Span shownCount = java.util.Objects.requireNonNull(count);
                    InPlace.text(shownCount, div.getTranslation("flag.count", here.size()));
                    shownCount.setClassName("flag-count-active", active > 0);
                    shownCount.setClassName("flag-count", active == 0);
                    InPlace.children(header, 1, List.of(raise));
                    wanted.add(header);
                    here.forEach(f -> wanted.add(card(f)));
                }
                InPlace.children(div, wanted);
            }
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
