package dev.ormplayground.ui.common;

import dev.ormplayground.run.FeedRunner;
import dev.ormplayground.ui.session.PlaygroundSession;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
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

    private static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");
    private static final String RANGE = FeedRunner.MIN_PAGE_SIZE + "-" + FeedRunner.MAX_PAGE_SIZE;

    private final Spinner<Integer> spinner;
    private final Label problem = new Label();

    public PageSizeField(PlaygroundSession session) {
        getStyleClass().add("page-size-field");
        setAlignment(Pos.CENTER_LEFT);
        SpinnerValueFactory.IntegerSpinnerValueFactory values = new SpinnerValueFactory.IntegerSpinnerValueFactory(
                FeedRunner.MIN_PAGE_SIZE, FeedRunner.MAX_PAGE_SIZE, session.pageSizeProperty().get());
        spinner = new Spinner<>(values);
        // The spinner commits by itself too (losing focus, an arrow): bad text must never throw there.
        values.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer size) {
                return size == null ? "" : size.toString();
            }

            @Override
            public Integer fromString(String text) {
                return problem(text) == null ? Integer.valueOf(text.strip()) : spinner.getValue();
            }
        });
        spinner.setId("pageSize");
        spinner.setEditable(true);
        spinner.setMinWidth(Region.USE_PREF_SIZE);
        spinner.setTooltip(new Tooltip("Posts per page, " + RANGE + "; type a number and press Enter"));
        spinner.getEditor().setPrefColumnCount(3);
        values.valueProperty().addListener((obs, old, size) -> session.pageSizeProperty().set(size));

        problem.setId("pageSizeProblem");
        problem.getStyleClass().add("field-problem");
        problem.managedProperty().bind(problem.visibleProperty());
        problem.setVisible(false);
        problem.setMinWidth(Region.USE_PREF_SIZE);

        spinner.getEditor().textProperty().addListener((obs, old, text) -> show(problem(text)));
        spinner.getEditor().focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                commit();
            }
        });
        spinner.getEditor().setOnAction(e -> commit());
        getChildren().addAll(spinner, problem);
    }

    private void commit() {
        String text = spinner.getEditor().getText();
        String why = problem(text);
        if (why == null) {
            spinner.getValueFactory().setValue(Integer.valueOf(text.strip()));
        }
        spinner.getEditor().setText(String.valueOf(spinner.getValue()));
        if (why != null) {
            show(why + " Kept " + spinner.getValue() + ".");
        }
    }

    private void show(String why) {
        problem.setText(why == null ? "" : why);
        problem.setVisible(why != null);
        spinner.getEditor().pseudoClassStateChanged(INVALID, why != null);
    }

    /** Why the text is not a page size, or null when it is one. */
    static String problem(String text) {
        String value = text == null ? "" : text.strip();
        if (value.isEmpty()) {
            return "Type a page size, " + RANGE + ".";
        }
        if (!value.matches("\\d+")) {
            return "\"" + value + "\" is not a whole number: a page has " + RANGE + " posts.";
        }
        if (value.length() > 6 || Integer.parseInt(value) > FeedRunner.MAX_PAGE_SIZE) {
            return "At most " + FeedRunner.MAX_PAGE_SIZE + " posts a page.";
        }
        if (Integer.parseInt(value) < FeedRunner.MIN_PAGE_SIZE) {
            return "At least " + FeedRunner.MIN_PAGE_SIZE + " post a page.";
        }
        return null;
    }
}
