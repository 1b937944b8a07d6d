package dk.sammen.canvas.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import dk.sammen.base.Formats;
import dk.sammen.canvas.ResourceSplit;
import java.util.Locale;

/** Section 9 worked out: totals, computed shares, a bar chart with the numbers written out, and the 100 % check. */
final class ResourceSummary extends Div {

    final Paragraph balance = new Paragraph();

    ResourceSummary() {
        addClassName("resource-summary");
        setId("resource-summary");
    }

    void show(ResourceSplit split, Locale locale) {
        removeAll();
        add(new Paragraph(getTranslation("resources.totals", Formats.number(split.totalHours(), locale),
                Formats.money(split.totalMoney(), locale))));
        Div chart = new Div();
        chart.addClassName("share-chart");
        chart.getElement().setAttribute("role", "list");
        chart.getElement().setAttribute("aria-label", getTranslation("resources.chart"));
        for (ResourceSplit.PartyLine line : split.lines()) {
            Div bar = new Div();
            bar.addClassName("share-bar");
            bar.getStyle().set("width", line.agreedShare().min(ResourceSplit.HUNDRED).toPlainString() + "%");
            Span text = new Span(getTranslation("resources.line", line.partyName(), Formats.percent(line.agreedShare(), locale),
                    Formats.percent(line.hoursShare(), locale), Formats.percent(line.moneyShare(), locale)));
            Div row = new Div(text, bar);
            row.addClassName("share-row");
            row.getElement().setAttribute("role", "listitem");
            chart.add(row);
        }
        add(chart);
        balance.setText(split.balanced()
                ? getTranslation("resources.balanced")
                : getTranslation("resources.unbalanced", Formats.percent(split.shareSum(), locale),
                Formats.percent(ResourceSplit.HUNDRED.subtract(split.shareSum()).abs(), locale)));
        balance.setClassName(split.balanced() ? "ok" : "warning");
        balance.getElement().setAttribute("role", split.balanced() ? "status" : "alert");
        add(balance);
    }

}
