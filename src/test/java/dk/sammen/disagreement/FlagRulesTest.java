package dk.sammen.disagreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.sammen.base.InvalidInputException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FlagRulesTest {

    @Test
    void an_active_flag_escalates_one_level_at_a_time_up_to_the_last_level() {
        assertThat(FlagTransitions.escalate(new FlagState.Open(), 1, 3)).isEqualTo(2);
        assertThat(FlagTransitions.escalate(new FlagState.Escalated(), 2, 3)).isEqualTo(3);
        assertThatThrownBy(() -> FlagTransitions.escalate(new FlagState.Escalated(), 3, 3))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems().getFirst().messageKey()).isEqualTo("validation.flag.lastLevel"));
    }

    @Test
    void closed_flags_cannot_be_closed_or_escalated_again_and_only_resolved_ones_reopen() {
        FlagState resolved = FlagTransitions.resolve(new FlagState.Open(), "Vi gør sådan", "Kontorcheferne", 2);
        assertThat(resolved).isEqualTo(new FlagState.Resolved("Vi gør sådan", "Kontorcheferne", 2));
        assertThat(resolved.active()).isFalse();
        for (FlagState closed : new FlagState[] {resolved, new FlagState.Accepted()}) {
            assertThatThrownBy(() -> FlagTransitions.resolve(closed, "x", "y", 1)).isInstanceOf(InvalidInputException.class);
            assertThatThrownBy(() -> FlagTransitions.accept(closed)).isInstanceOf(InvalidInputException.class);
            assertThatThrownBy(() -> FlagTransitions.escalate(closed, 1, 3)).isInstanceOf(InvalidInputException.class);
        }
        assertThat(FlagTransitions.reopen(resolved)).isEqualTo(new FlagState.Open());
        assertThatThrownBy(() -> FlagTransitions.reopen(new FlagState.Open())).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems().getFirst().args()).containsExactly(new dk.sammen.base.MessageKey("flag.action.reopen"),
                        new dk.sammen.base.MessageKey("flag.state.OPEN")));
        assertThatThrownBy(() -> FlagTransitions.reopen(new FlagState.Accepted())).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void deadlines_count_danish_working_days() {
        // Friday 20 November 2026 + 1 working day = Monday 23 November.
        assertThat(WorkingDays.add(LocalDate.of(2026, 11, 20), 1)).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(WorkingDays.add(LocalDate.of(2026, 11, 23), 5)).isEqualTo(LocalDate.of(2026, 11, 30));
        // Christmas 2026: 24 Dec (Thu) counts, 25 (Fri) and 26 (Sat) do not, then the weekend.
        assertThat(WorkingDays.add(LocalDate.of(2026, 12, 23), 2)).isEqualTo(LocalDate.of(2026, 12, 28));
        // Easter 2027 is 28 March: Skærtorsdag 25, Langfredag 26 and 2. påskedag 29 March are holidays.
        assertThat(WorkingDays.easterSunday(2027)).isEqualTo(LocalDate.of(2027, 3, 28));
        assertThat(WorkingDays.add(LocalDate.of(2027, 3, 24), 1)).isEqualTo(LocalDate.of(2027, 3, 30));
        // Kristi himmelfart 2027 (6 May) and 2. pinsedag (17 May).
        assertThat(WorkingDays.isWorkingDay(LocalDate.of(2027, 5, 6))).isFalse();
        assertThat(WorkingDays.isWorkingDay(LocalDate.of(2027, 5, 17))).isFalse();
        // Store bededag was abolished from 2024.
        assertThat(WorkingDays.isWorkingDay(LocalDate.of(2027, 4, 23))).isTrue();
    }
}
