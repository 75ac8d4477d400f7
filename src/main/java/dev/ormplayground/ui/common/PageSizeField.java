package dev.ormplayground.ui.common;

import dev.ormplayground.run.FeedRunner;
import javafx.beans.property.IntegerProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;

/**
 * The page size: a spinner whose text is checked as it is typed. Bad text turns the field red
 * and says why; committing it (Enter, leaving the field, an arrow) keeps the page size it had
 * and says so, rather than clamping 0 to 1 or 501 to 500 behind the user's back.
 */
public final class PageSizeField extends HBox {

    public static final WholeNumberRule RULE = new WholeNumberRule(FeedRunner.MIN_PAGE_SIZE, FeedRunner.MAX_PAGE_SIZE,
            "a page size", "post", "posts", " a page", " a page");

    private final Spinner<Integer> spinner;
    private final NumberCheck check;

    /** Edits {@code pageSize}, which only ever receives accepted values. */
    public PageSizeField(IntegerProperty pageSize) {
        getStyleClass().add("page-size-field");
        setAlignment(Pos.CENTER_LEFT);
        SpinnerValueFactory.IntegerSpinnerValueFactory values = new SpinnerValueFactory.IntegerSpinnerValueFactory(
                RULE.min(), RULE.max(), pageSize.get());
        spinner = new Spinner<>(values);
        TextField editor = spinner.getEditor();
        // The spinner commits by itself too (losing focus, an arrow): bad text must never throw there.
        values.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer size) {
                return size == null ? "" : size.toString();
            }

            @Override
            public Integer fromString(String text) {
                return RULE.problem(text) == null ? RULE.parse(text) : spinner.getValue();
            }
        });
        spinner.setId("pageSize");
        spinner.setEditable(true);
        spinner.setMinWidth(Region.USE_PREF_SIZE);
        spinner.setTooltip(new Tooltip("Posts per page, " + RULE.min() + "-" + RULE.max()
                + "; type a number and press Enter"));
        editor.setPrefColumnCount(3);
        values.valueProperty().addListener((obs, old, size) -> pageSize.set(size));

        check = new NumberCheck(editor, RULE, "pageSizeProblem");
        check.problemLabel().setMinWidth(Region.USE_PREF_SIZE);
        editor.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                commit();
            }
        });
        editor.setOnAction(e -> commit());
        getChildren().addAll(spinner, check.problemLabel());
    }

    private void commit() {
        String text = spinner.getEditor().getText();
        String why = RULE.problem(text);
        if (why == null) {
            spinner.getValueFactory().setValue(RULE.parse(text));
        }
        spinner.getEditor().setText(String.valueOf(spinner.getValue()));
        if (why != null) {
            check.say(why + " Kept " + spinner.getValue() + ".");
        }
    }
}
