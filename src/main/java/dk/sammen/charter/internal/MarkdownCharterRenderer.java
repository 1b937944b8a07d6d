package dk.sammen.charter.internal;

import dk.sammen.approval.Approval;
import dk.sammen.canvas.CanvasTemplate;
import dk.sammen.canvas.FieldType;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/** The same charter as Markdown: for intranets, e-mails and anyone who wants plain text. */
@Component
public class MarkdownCharterRenderer {

    public String render(CharterContent c) {
        StringBuilder md = new StringBuilder();
        md.append("# ").append(esc(c.title())).append("\n\n");
        md.append("*").append(c.t("charter.notContract")).append("*\n\n");
        if (!c.caseNumber().isEmpty()) md.append("- ").append(c.t("details.caseNumber")).append(": ").append(esc(c.caseNumber())).append('\n');
        md.append("- ").append(c.t("details.version")).append(": ").append(c.version()).append('\n');
        md.append("- ").append(c.t("details.stage")).append(": ").append(c.t("stage.APPROVED")).append('\n');
        md.append("- ").append(c.t("details.facilitator")).append(": ").append(esc(String.join(", ", c.names("facilitators")))).append('\n');
        md.append("- ").append(c.t("details.fingerprint")).append(" (SHA-256): `").append(c.round.fingerprint().grouped()).append("`\n\n");
        for (CanvasTemplate.Section s : c.template.sections()) {
            if (s.kind() == CanvasTemplate.Kind.DETAILS) continue;
            md.append("## ").append(esc(c.sectionTitle(s))).append("\n\n");
            if (s.kind() == CanvasTemplate.Kind.PARTIES) {
                md.append("| ").append(c.t("charter.party")).append(" | ").append(c.t("role.LEADER")).append(" | ")
                        .append(c.t("parties.contact")).append(" | ").append(c.t("parties.partnerType")).append(" |\n|---|---|---|---|\n");
                c.parties().forEach(p -> md.append("| ").append(esc(p.department())).append(" | ").append(esc(p.leader())).append(" | ")
                        .append(esc(p.contact())).append(" | ").append(esc(p.partnerType())).append(" |\n"));
                md.append('\n');
                continue;
            }
            JsonNode answers = c.section(s.key());
            for (CanvasTemplate.Field f : s.fields()) {
                JsonNode value = answers.path(f.key());
                md.append("**").append(esc(c.label(s.key(), f.key()))).append("**\n\n");
                if (f.type() == FieldType.TABLE) {
                    if (value.isEmpty()) {
                        md.append("—\n\n");
                        continue;
                    }
                    md.append('|');
                    f.columns().forEach(col -> md.append(' ').append(esc(c.label(s.key(), f.key() + "." + col.key()))).append(" |"));
                    md.append("\n|").append("---|".repeat(f.columns().size())).append('\n');
                    for (JsonNode row : value) {
                        md.append('|');
                        f.columns().forEach(col -> md.append(' ').append(esc(c.display(col.type(), row.path(col.key()).asString("")))).append(" |"));
                        md.append('\n');
                    }
                    md.append('\n');
                } else if (f.perParty()) {
                    c.parties().forEach(p -> md.append("- ").append(esc(p.department())).append(": ")
                            .append(esc(c.display(f.type(), value.path(p.department()).asString("")))).append('\n'));
                    md.append('\n');
                } else {
                    String shown = c.display(f.type(), value.asString(""));
                    md.append(shown.isEmpty() ? "—" : esc(shown)).append("\n\n");
                }
            }
        }
        md.append("## ").append(c.t("charter.openIssues")).append("\n\n");
        c.openIssues().forEach(i -> {
            md.append("- **").append(esc(i.title())).append("**: ").append(esc(i.description())).append('\n');
            i.reservations().forEach(r -> md.append("  - ").append(esc(r[0])).append(": ").append(esc(r[1])).append('\n'));
        });
        md.append("\n## ").append(c.t("charter.signOff")).append("\n\n| ").append(c.t("charter.leader")).append(" | ")
                .append(c.t("charter.department")).append(" | ").append(c.t("charter.decision")).append(" | ").append(c.t("charter.time"))
                .append(" | ").append(c.t("details.fingerprint")).append(" |\n|---|---|---|---|---|\n");
        for (Approval a : c.standingApprovals()) {
            md.append("| ").append(esc(a.leaderName())).append(" | ").append(esc(a.partyName())).append(" | ").append(c.decision(a.decision()))
                    .append(" | ").append(c.time(a.decidedAt())).append(" | `").append(a.fingerprint().shortForm()).append("` |\n");
        }
        return md.toString();
    }

    /** User text never becomes Markdown markup. */
    static String esc(String text) {
        return text.replace("\\", "\\\\").replace("|", "\\|").replace("*", "\\*").replace("_", "\\_").replace("`", "\\`")
                .replace("<", "&lt;").replace("#", "\\#").replace("\n", " ");
    }
}
