package dev.ormplayground.ui.common;

import dev.ormplayground.bench.BenchSettings;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

/**
 * How many measured runs each level gets, typed in and checked as it is typed: a bad value
 * turns the field red and says why it is refused; {@link #valueProperty()} is then null.
 */
public final class RunsField extends HBox {

    /** More would keep a room waiting for minutes; the command line allows more. */
    public static final int MAX_RUNS = 1_000;
    public static final WholeNumberRule RULE = new WholeNumberRule(1, MAX_RUNS, "how many runs", "run", "runs",
            ": more would take minutes", ": a median needs a run");

    private final NumberCheck check;

    public RunsField(String id, int initial) {
        getStyleClass().add("runs-field");
        setAlignment(Pos.CENTER_LEFT);
        Label label = new Label("Runs");
        label.getStyleClass().add("control-label");
        TextField field = new TextField(String.valueOf(initial));
        field.setId(id);
        field.setPrefColumnCount(4);
        field.setTooltip(new Tooltip("Measured runs per level, 1-" + MAX_RUNS + ", after "
                + BenchSettings.DEFAULT_WARMUP_RUNS + " warm-up runs that are thrown away"));
        Label after = new Label("after " + BenchSettings.DEFAULT_WARMUP_RUNS + " warm-up");
        after.getStyleClass().add("panel-note");
        check = new NumberCheck(field, RULE, id + "Problem");
        Label problem = check.problemLabel();
        problem.setWrapText(true);
        problem.setMinWidth(0);
        for (Region region : new Region[] {label, field, after}) {
            region.setMinWidth(Region.USE_PREF_SIZE);
        }
        getChildren().addAll(label, field, after, problem);
    }

    /** The run count, or null while the text is not a valid one. */
    public ReadOnlyObjectProperty<Integer> valueProperty() {
        return check.valueProperty();
    }
}
