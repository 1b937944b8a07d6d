package dk.sammen.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import dk.sammen.SammenTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The template is data, but Sammen's rules name a few of its places: the template in use must have them. */
@SammenTest
class CanvasTemplateTest {

    @Autowired CanvasService canvas;

    @Test
    void every_place_the_rules_name_is_in_the_template_with_the_expected_kind() {
        CanvasTemplate template = canvas.template();
        for (FieldRef field : List.of(CanvasTemplate.PROBLEM, CanvasTemplate.SHARED_PURPOSE, CanvasTemplate.FORM,
                CanvasTemplate.SUCCESS_CRITERIA, CanvasTemplate.END_DATE)) {
            assertThat(template.field(field.section(), field.field())).as(field.key()).hasValueSatisfying(f -> {
                assertThat(f.perParty()).isFalse();
                assertThat(f.type()).isNotEqualTo(FieldType.TABLE);
            });
        }
        assertThat(template.field(CanvasTemplate.END_DATE.section(), CanvasTemplate.END_DATE.field()).orElseThrow().type())
                .isEqualTo(FieldType.DATE);
        for (TableRef table : List.of(CanvasTemplate.LADDER, CanvasTemplate.REVIEW_DATES)) {
            assertThat(template.field(table.section(), table.table())).as(table.key())
                    .hasValueSatisfying(f -> assertThat(f.type()).isEqualTo(FieldType.TABLE));
        }
        assertThat(template.field(CanvasTemplate.LADDER.section(), CanvasTemplate.LADDER.table()).orElseThrow().columns())
                .extracting(CanvasTemplate.Column::key).contains(CanvasTemplate.LADDER_DECIDES, CanvasTemplate.LADDER_DAYS);
        assertThat(template.field(CanvasTemplate.REVIEW_DATES.section(), CanvasTemplate.REVIEW_DATES.table()).orElseThrow().columns())
                .extracting(CanvasTemplate.Column::key).contains(CanvasTemplate.REVIEW_DATE, CanvasTemplate.REVIEW_PURPOSE);
        for (String share : List.of(CanvasTemplate.HOURS, CanvasTemplate.MONEY, CanvasTemplate.SHARE)) {
            assertThat(template.field(CanvasTemplate.RESOURCES, share)).as(share).hasValueSatisfying(f -> assertThat(f.perParty()).isTrue());
        }
        assertThat(template.section(CanvasTemplate.OPEN_ISSUES)).isPresent();
    }
}
