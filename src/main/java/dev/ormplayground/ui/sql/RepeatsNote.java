package dev.ormplayground.ui.sql;

import dev.ormplayground.capture.StatementRepeats;
import dev.ormplayground.ui.common.WideOnly;
import dev.ormplayground.ui.work.RunView;
import java.util.Optional;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * Above the statement list, when some of the run's statements repeat: how many are similar and
 * how many are duplicates, as the engine counted them, and the fix of each kind the run has, one
 * line each. Big fonts on a small screen keep the counts and leave the fixes to their tooltip.
 * Nothing repeats, nothing to say: as in django-debug-toolbar, and the shape count says it already.
 */
final class RepeatsNote extends VBox {

    private final Label counts = new Label();
    private final Label similarFix = fix("sqlSimilarFix", "similar-fix");
    private final Label duplicateFix = fix("sqlDuplicateFix", "duplicate-fix");

    RepeatsNote() {
        setId("sqlRepeats");
        getStyleClass().add("repeats-note");
        counts.setId("sqlRepeatsCounts");
        counts.getStyleClass().add("repeats-counts");
        counts.setMinWidth(0);
        counts.setWrapText(true); // wrapped, not cut, at a projector's font size
        counts.setMinHeight(Region.USE_PREF_SIZE); // the list below gives way, not these lines
        Tooltip terms = new Tooltip();
        terms.setWrapText(true);
        terms.setMaxWidth(520);
        counts.setTooltip(terms);
        VBox fixes = new VBox(similarFix, duplicateFix);
        fixes.getStyleClass().add("repeats-fixes");
        WideOnly.mark(fixes);
        getChildren().addAll(counts, fixes);
        managedProperty().bind(visibleProperty());
        setVisible(false);
    }

    private static Label fix(String id, String kind) {
        Label fix = new Label();
        fix.setId(id);
        fix.getStyleClass().addAll("repeats-fix", kind);
        fix.setMinWidth(0);
        fix.setWrapText(true);
        fix.setMinHeight(Region.USE_PREF_SIZE);
        fix.managedProperty().bind(fix.visibleProperty());
        return fix;
    }

    void show(RunView view) {
        StatementRepeats repeats = view.repeats();
        setVisible(repeats.similarStatements() > 0);
        counts.setText(repeats.summary());
        counts.getTooltip().setText("In django-debug-toolbar's terms: similar statements have the same SQL with"
                + " other values, duplicates the same SQL with the same values; a duplicate is similar too."
                + repeats.fixes().stream().map(fix -> "\n" + fix).reduce("", String::concat));
        show(similarFix, repeats.similarFix());
        show(duplicateFix, repeats.duplicateFix());
    }

    private static void show(Label label, Optional<String> fix) {
        label.setVisible(fix.isPresent());
        label.setText(fix.orElse(""));
    }
}
