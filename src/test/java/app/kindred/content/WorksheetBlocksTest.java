package app.kindred.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class WorksheetBlocksTest {
    @Test
    void linesTakeALabelAndACountThatDefaultsToThree() {
        assertThat(WorksheetBlocks.parse("lines", "label: One thing I appreciated\ncount: 5\n").block())
                .isEqualTo(new WorksheetBlock.Lines("One thing I appreciated", 5));
        assertThat(WorksheetBlocks.parse("lines", "label: Notes\n").block())
                .isEqualTo(new WorksheetBlock.Lines("Notes", 3));
    }

    @Test
    void aChecklistIsOneItemPerLineWithOrWithoutADash() {
        WorksheetBlocks.Parsed p = WorksheetBlocks.parse("checklist", "- I put my phone away\nI asked one question\n\n");

        assertThat(p.block()).isEqualTo(new WorksheetBlock.Checklist(List.of("I put my phone away",
                "I asked one question")));
    }

    @Test
    void aPlannerHasDaysThatDefaultToTheWeekAndOneRowPerRitual() {
        assertThat(WorksheetBlocks.parse("planner", "label: Our rituals\n- Six-minute check-in\n- Goodnight\n").block())
                .isEqualTo(new WorksheetBlock.Planner("Our rituals", WorksheetBlock.Planner.WEEK,
                        List.of("Six-minute check-in", "Goodnight")));
        assertThat(((WorksheetBlock.Planner) WorksheetBlocks.parse("planner", "days: Sat, Sun\n- Walk\n").block()).days())
                .containsExactly("Sat", "Sun");
    }

    @Test
    void aPairNamesItsBoxesPartnerAAndBUnlessTold() {
        assertThat(WorksheetBlocks.parse("pair", "label: More of\n").block())
                .isEqualTo(new WorksheetBlock.Pair("More of", 3, "Partner A", "Partner B"));
        assertThat(WorksheetBlocks.parse("pair", "left: Me\nright: You\ncount: 2\n").block())
                .isEqualTo(new WorksheetBlock.Pair(null, 2, "Me", "You"));
    }

    @Test
    void aFieldNeedsALabelAndAPageBreakNeedsNothing() {
        assertThat(WorksheetBlocks.parse("field", "label: Date\n").block()).isEqualTo(new WorksheetBlock.Field("Date"));
        assertThat(WorksheetBlocks.parse("pagebreak", "").block()).isEqualTo(new WorksheetBlock.PageBreak());
    }

    @Test
    void problemsNameTheLineInsideTheBlock() {
        WorksheetBlocks.Parsed p = WorksheetBlocks.parse("lines", "label: Too many\ncount: 31\n");

        assertThat(p.block()).isNull();
        assertThat(p.problems()).containsExactly(
                new WorksheetBlocks.Problem(2, 1, "count must be a whole number from 1 to 30, got \"31\""));
    }

    @Test
    void unknownTypesGetANearMissOrTheList() {
        assertThat(WorksheetBlocks.parse("checklst", "a\n").problems()).extracting(WorksheetBlocks.Problem::message)
                .containsExactly("unknown worksheet block \"checklst\"; did you mean \"checklist\"?");
        assertThat(WorksheetBlocks.parse("", "a\n").problems()).extracting(WorksheetBlocks.Problem::message)
                .containsExactly("a fenced block needs a worksheet type after the ```: lines, checklist, planner,"
                        + " pair, field, pagebreak");
        assertThat(WorksheetBlocks.isWorksheet("planner")).isTrue();
        assertThat(WorksheetBlocks.isWorksheet("java")).isFalse();
    }
}
