package app.kindred.ui.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Rectangle;
import java.util.List;
import org.junit.jupiter.api.Test;

class DisplayPlanTest {
    private static final Display LAPTOP = new Display(":0.0", new Rectangle(0, 0, 1280, 800), true);
    private static final Display PROJECTOR = new Display(":0.1", new Rectangle(1280, 0, 1920, 1080), false);
    private static final Display SMALL = new Display(":0.2", new Rectangle(3200, 0, 800, 600), false);

    @Test
    void oneDisplayShowsTheConsoleAsAnOverlayOverTheRoomView() {
        DisplayPlan plan = DisplayPlan.plan(List.of(LAPTOP), false);
        assertThat(plan.mode()).isEqualTo(DisplayPlan.Mode.OVERLAY);
        assertThat(plan.room()).isEqualTo(LAPTOP);
        assertThat(plan.console()).isEqualTo(LAPTOP);
    }

    @Test
    void twoDisplaysPutTheRoomViewOnTheSecondAndTheConsoleOnTheFirst() {
        DisplayPlan plan = DisplayPlan.plan(List.of(LAPTOP, PROJECTOR), false);
        assertThat(plan.mode()).isEqualTo(DisplayPlan.Mode.SEPARATE);
        assertThat(plan.room().bounds()).isEqualTo(new Rectangle(1280, 0, 1920, 1080));
        assertThat(plan.console().bounds()).isEqualTo(new Rectangle(0, 0, 1280, 800));
    }

    @Test
    void theConsoleFollowsThePrimaryDisplayWhateverTheOrder() {
        DisplayPlan plan = DisplayPlan.plan(List.of(PROJECTOR, LAPTOP), false);
        assertThat(plan.console()).isEqualTo(LAPTOP);
        assertThat(plan.room()).isEqualTo(PROJECTOR);
    }

    @Test
    void swapExchangesTheTwo() {
        DisplayPlan plan = DisplayPlan.plan(List.of(LAPTOP, PROJECTOR), true);
        assertThat(plan.room()).isEqualTo(LAPTOP);
        assertThat(plan.console()).isEqualTo(PROJECTOR);
    }

    @Test
    void swapMeansNothingWithOneDisplay() {
        assertThat(DisplayPlan.plan(List.of(PROJECTOR), true))
                .isEqualTo(new DisplayPlan(DisplayPlan.Mode.OVERLAY, PROJECTOR, PROJECTOR));
    }

    @Test
    void withThreeDisplaysTheRoomViewTakesTheLargestNonPrimary() {
        assertThat(DisplayPlan.plan(List.of(LAPTOP, SMALL, PROJECTOR), false).room()).isEqualTo(PROJECTOR);
    }

    @Test
    void equalScreensWithoutAPrimaryKeepTheirOrder() {
        Display a = new Display(":5.0", new Rectangle(0, 0, 1280, 800), false);
        Display b = new Display(":5.1", new Rectangle(0, 0, 1280, 800), false);
        DisplayPlan plan = DisplayPlan.plan(List.of(a, b), false);
        assertThat(plan.console()).isEqualTo(a);
        assertThat(plan.room()).isEqualTo(b);
    }

    @Test
    void unpluggingTheProjectorMidSessionMovesEverythingToTheLaptop() {
        boolean swapped = true;
        DisplayPlan before = DisplayPlan.plan(List.of(LAPTOP, PROJECTOR), swapped);
        assertThat(before.console()).isEqualTo(PROJECTOR);
        DisplayPlan after = DisplayPlan.plan(List.of(LAPTOP), swapped);
        assertThat(after).isEqualTo(new DisplayPlan(DisplayPlan.Mode.OVERLAY, LAPTOP, LAPTOP));
    }

    @Test
    void unpluggingThePrimaryLeavesEverythingOnTheOtherAndPluggingItBackSeparatesAgain() {
        assertThat(DisplayPlan.plan(List.of(PROJECTOR), false).room()).isEqualTo(PROJECTOR);
        DisplayPlan replugged = DisplayPlan.plan(List.of(LAPTOP, PROJECTOR), false);
        assertThat(replugged.mode()).isEqualTo(DisplayPlan.Mode.SEPARATE);
        assertThat(replugged.room()).isEqualTo(PROJECTOR);
    }

    @Test
    void noDisplayAtAllIsAnError() {
        assertThatThrownBy(() -> DisplayPlan.plan(List.of(), false)).isInstanceOf(IllegalArgumentException.class);
    }
}
