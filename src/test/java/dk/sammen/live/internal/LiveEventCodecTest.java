package dk.sammen.live.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.sammen.approval.ApprovalsChanged;
import dk.sammen.approval.ReviewGate;
import dk.sammen.approval.ReviewGateChanged;
import dk.sammen.base.MessageKey;
import dk.sammen.canvas.CanvasEvents;
import dk.sammen.canvas.ChangeEntry;
import dk.sammen.canvas.Comment;
import dk.sammen.canvas.FieldRef;
import dk.sammen.canvas.StoredRow;
import dk.sammen.canvas.StoredValue;
import dk.sammen.canvas.TableRef;
import dk.sammen.disagreement.FlagsChanged;
import dk.sammen.live.ChangesMissed;
import dk.sammen.live.Presence;
import dk.sammen.live.PresenceChanged;
import dk.sammen.notification.NoticesChanged;
import dk.sammen.scoping.PartyId;
import dk.sammen.scoping.ScopingChanged;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every kind of event the pages are sent arrives on another server exactly as it left. */
class LiveEventCodecTest {

    final LiveEventCodec codec = new LiveEventCodec();
    static final Instant AT = Instant.parse("2027-03-24T09:15:30.123456Z");

    static List<Object> events() {
        TableRef deliverables = new TableRef("deliverables", "items");
        return List.of(
                new CanvasEvents.AnswerChanged(7, new StoredValue(FieldRef.forParty("resources", "hours", new PartyId(3)),
                        "Æblegrød 🍎 <script>alert(1)</script>\nnæste linje", 4, "Kamilla Damgaard", AT)),
                new CanvasEvents.AnswerChanged(7, new StoredValue(FieldRef.joint("ways", "forum"), "", 0, "Mette", AT)),
                new CanvasEvents.TableChanged(7, deliverables, List.of(new StoredRow(11, deliverables, 0,
                        Map.of("what", "Rapport", "when", "2027-05-01"), 2, "Lars", AT))),
                new CanvasEvents.ChangeRecorded(7, new ChangeEntry(99, "purpose", "purpose/sharedPurpose", null,
                        ChangeEntry.Action.SET, "før", "efter", "Eva", AT)),
                new CanvasEvents.ChangeRecorded(7, new ChangeEntry(100, "deliverables", "deliverables/items", 11L,
                        ChangeEntry.Action.MOVE_ROW, "1", "0", "Eva", AT)),
                new CanvasEvents.CommentsChanged(7, "purpose", List.of(new Comment(5, "purpose", null, "Ole", AT, "Hvad betyder det?", false),
                        new Comment(6, "purpose", 5L, "Eva", AT, "Se bilag", true))),
                new ReviewGateChanged(7, new ReviewGate(List.of(
                        new ReviewGate.Missing("deliverables", "gate.rows", List.of(new MessageKey("field.deliverables.items"), 2)),
                        new ReviewGate.Missing("parties", "gate.leader", List.of("BU")),
                        new ReviewGate.Missing("resources", "gate.shares", List.of("99.5"))),
                        List.of(new ReviewGate.CheckItem("before.flags", false)))),
                new PresenceChanged(7, List.of(new Presence("v1", 3, "Kamilla", "KD", "TMF Stab", List.of("PARTICIPANT"), 3, "purpose"))),
                new CanvasEvents.AnswersMerged(7, FieldRef.joint("background", "problem"), 3, "Kamilla", "Cyklister 🚲.", 4, "Mette", ""),
                new CanvasEvents.AnswerReplaced(7, FieldRef.forParty("purpose", "ownGoals", new PartyId(2)), 4, "Tryg by", "Kamilla"),
                new ScopingChanged(7), new FlagsChanged(7), new ApprovalsChanged(7), new ChangesMissed(7),
                new NoticesChanged(Set.of(1L, 2L)));
    }

    @ParameterizedTest
    @MethodSource("events")
    void arrives_as_it_left(Object event) {
        assertThat(codec.read(codec.kind(event), codec.write(event))).isEqualTo(event);
    }

    @Test
    void a_class_named_in_the_database_is_loaded_only_if_it_is_one_of_sammens_events() {
        assertThatThrownBy(() -> codec.read("java.lang.ProcessBuilder", "{}")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> codec.read("dk.sammen.canvas.StoredValue", "{}")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> codec.read("dk.sammen.NoSuchEvent", "{}")).isInstanceOf(IllegalArgumentException.class);
        // A value typed only as Object may name its class too: only Sammen's and the JDK's plain types.
        String sneaky = codec.write(new ReviewGateChanged(1, new ReviewGate(List.of(new ReviewGate.Missing("x", "y", List.of(new MessageKey("k")))),
                List.of()))).replace("dk.sammen.base.MessageKey", "org.springframework.context.support.FileSystemXmlApplicationContext");
        assertThatThrownBy(() -> codec.read(ReviewGateChanged.class.getName(), sneaky)).isInstanceOf(RuntimeException.class);
    }
}
