package dev.ormplayground.ui.common;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;

/**
 * Checks a text input against a {@link WholeNumberRule} as it is typed: bad text turns the
 * input red and a label beside it says why; {@link #valueProperty()} is then null, so whatever
 * the field feeds never sees a bad value.
 */
public final class NumberCheck {

    private static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");

    private final TextInputControl input;
    private final WholeNumberRule rule;
    private final Label problem = new Label();
    private final ReadOnlyObjectWrapper<Integer> value = new ReadOnlyObjectWrapper<>();

    /** @param problemId the id of the label that says what is wrong, for tests and CSS */
    public NumberCheck(TextInputControl input, WholeNumberRule rule, String problemId) {
        this.input = input;
        this.rule = rule;
        problem.setId(problemId);
        problem.getStyleClass().add("field-problem");
        problem.managedProperty().bind(problem.visibleProperty());
        problem.setVisible(false);
        input.textProperty().addListener((obs, old, text) -> check(text));
        check(input.getText());
    }

    private void check(String text) {
        String why = rule.problem(text);
        value.set(why == null ? rule.parse(text) : null);
        say(why);
    }

    /** Shows a message about the input (null hides it), e.g. that a bad value was not taken. */
    public void say(String message) {
        problem.setText(message == null ? "" : message);
        problem.setVisible(message != null);
        input.pseudoClassStateChanged(INVALID, message != null);
    }

    public WholeNumberRule rule() {
        return rule;
    }

    /** The label that says what is wrong; hidden while nothing is. */
    public Label problemLabel() {
        return problem;
    }

    /** The number typed, or null while the text is not an accepted one. */
    public ReadOnlyObjectProperty<Integer> valueProperty() {
        return value.getReadOnlyProperty();
    }
}
