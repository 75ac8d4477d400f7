package dev.ormplayground.ui.common;

import dev.ormplayground.bench.BenchSettings;
import java.util.Locale;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.css.PseudoClass;
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
    private static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");

    private final TextField field = new TextField();
    private final Label problem = new Label();
    private final ReadOnlyObjectWrapper<Integer> value = new ReadOnlyObjectWrapper<>();

    public RunsField(String id, int initial) {
        getStyleClass().add("runs-field");
        setAlignment(Pos.CENTER_LEFT);
        Label label = new Label("Runs");
        label.getStyleClass().add("control-label");
        field.setId(id);
        field.setPrefColumnCount(4);
        field.setText(String.valueOf(initial));
        field.setTooltip(new Tooltip("Measured runs per level, 1-" + MAX_RUNS + ", after "
                + BenchSettings.DEFAULT_WARMUP_RUNS + " warm-up runs that are thrown away"));
        Label after = new Label("after " + BenchSettings.DEFAULT_WARMUP_RUNS + " warm-up");
        after.getStyleClass().add("panel-note");
        problem.setId(id + "Problem");
        problem.getStyleClass().add("field-problem");
        problem.managedProperty().bind(problem.visibleProperty());
        problem.setVisible(false);
        problem.setWrapText(true);
        problem.setMinWidth(0);
        for (Region region : new Region[] {label, field, after}) {
            region.setMinWidth(Region.USE_PREF_SIZE);
        }
        field.textProperty().addListener((obs, old, text) -> check(text));
        check(field.getText());
        getChildren().addAll(label, field, after, problem);
    }

    private void check(String text) {
        String why = problem(text);
        value.set(why == null ? Integer.valueOf(text.strip()) : null);
        problem.setText(why == null ? "" : why);
        problem.setVisible(why != null);
        field.pseudoClassStateChanged(INVALID, why != null);
    }

    /** Why the text is not a run count, or null when it is one. */
    static String problem(String text) {
        String value = text.strip();
        if (value.isEmpty()) {
            return "Type how many runs, 1-" + MAX_RUNS + ".";
        }
        if (!value.matches("\\d+")) {
            return "\"" + value + "\" is not a whole number of runs.";
        }
        if (value.length() > 6 || Integer.parseInt(value) > MAX_RUNS) {
            return String.format(Locale.ROOT, "At most %,d runs: more would take minutes.", MAX_RUNS);
        }
        if (Integer.parseInt(value) < 1) {
            return "At least 1 run: a median needs a run.";
        }
        return null;
    }

    /** The run count, or null while the text is not a valid one. */
    public ReadOnlyObjectProperty<Integer> valueProperty() {
        return value.getReadOnlyProperty();
    }
}
