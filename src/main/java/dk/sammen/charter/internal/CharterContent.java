package dk.sammen.charter.internal;

import dk.sammen.canvas.CanvasKeys;
import dk.sammen.Application;
import dk.sammen.approval.Approval;
import dk.sammen.approval.Decision;
import dk.sammen.approval.ReviewRound;
import dk.sammen.base.Formats;
import dk.sammen.canvas.AnswerText;
import dk.sammen.canvas.CanvasTemplate;
import dk.sammen.canvas.FieldRef;
import dk.sammen.canvas.FieldType;
import dk.sammen.base.Translations;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An approved version as the charter shows it, read from the frozen canonical form (never from
 * today's canvas), with labels and values in the reader's language.
 */
public final class CharterContent {

    final JsonNode root;
    final ReviewRound round;
    final CanvasTemplate template;
    final Locale locale;
    final Translations texts;

    public CharterContent(ReviewRound round, CanvasTemplate template, Locale locale, Translations texts) {
        this.root = JsonMapper.builder().build().readTree(round.canonicalJson());
        this.round = round;
        this.template = template;
        this.locale = locale;
        this.texts = texts;
    }

    String t(String key, Object... args) {
        return texts.getTranslation(key, locale, args);
    }

    String title() {
        return root.path("scoping").path("title").asString();
    }

    String caseNumber() {
        return root.path("scoping").path("caseNumber").asString();
    }

    int version() {
        return round.versionNumber();
    }

    List<String> names(String field) {
        List<String> out = new ArrayList<>();
        root.path("scoping").path(field).forEach(n -> out.add(n.asString()));
        return out;
    }

    record PartyLine(String department, String partnerType, String contact, String leader) {
    }

    List<PartyLine> parties() {
        List<PartyLine> out = new ArrayList<>();
        root.path("parties").forEach(p -> out.add(new PartyLine(p.path("department").asString(),
                t("partnerType." + p.path("partnerType").asString()), p.path("contact").asString(), p.path("leader").asString())));
        return out;
    }

    JsonNode section(String key) {
        return root.path("sections").path(key);
    }

    String answer(String section, String field) {
        return section(section).path(field).asString("");
    }

    String answer(FieldRef field) {
        return answer(field.section(), field.field());
    }

    String sectionTitle(CanvasTemplate.Section s) {
        return s.number() + ". " + t(s.titleKey());
    }

    String label(String section, String field) {
        return t(CanvasKeys.field(section, field).key());
    }

    String label(FieldRef field) {
        return label(field.section(), field.field());
    }

    /** A stored value as the reader expects it: Danish dates and numbers in Danish, options translated. */
    String display(FieldType type, String stored) {
        // The canonical form already names parties, so a party cell is shown as it is.
        return AnswerText.of(type, stored, locale, key -> t(key), name -> name);
    }

    String time(Instant instant) {
        return Formats.dateTime(instant, locale) + " (" + Application.ZONE.getId() + ")";
    }

    List<Approval> standingApprovals() {
        return round.approvals().stream().filter(Approval::standing).toList();
    }

    String decision(Decision d) {
        return t("charter.decision." + d.key());
    }

    record Issue(String section, String title, String description, List<String[]> reservations) {
    }

    /** Accepted disagreements with each party's reservation, then the leaders' own reservations. */
    List<Issue> openIssues() {
        List<Issue> out = new ArrayList<>();
        root.path("openIssues").forEach(i -> {
            List<String[]> res = new ArrayList<>();
            i.path("reservations").properties().forEach(e -> res.add(new String[] {e.getKey(), e.getValue().asString()}));
            out.add(new Issue(i.path("section").asString(), i.path("title").asString(), i.path("description").asString(), res));
        });
        for (Approval a : standingApprovals()) {
            if (a.decision() instanceof Decision.ApproveWithReservation r) {
                out.add(new Issue("openIssues", t("charter.leaderReservation", a.leaderName(), a.partyName()), r.reservation(), List.of()));
            }
        }
        return out;
    }
}
