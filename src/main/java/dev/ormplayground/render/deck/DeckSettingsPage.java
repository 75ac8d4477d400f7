package dev.ormplayground.render.deck;

import dev.ormplayground.bench.BenchReport;
import dev.ormplayground.export.ExportFooter;
import dev.ormplayground.run.ProgramVersion;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** The deck's last slide: how every figure before it was measured, and with what. */
public final class DeckSettingsPage extends VBox {

    public DeckSettingsPage(BenchReport report, ExportFooter footer) {
        getStyleClass().addAll("level-card", "deck-page");
        Label title = new Label("How these figures were measured");
        title.getStyleClass().add("title");
        VBox lines = new VBox(10,
                line("Data", footer.dataSet()),
                line("Database", footer.database() + ", " + footer.connection().describe()),
                line("Page", footer.pageSize() + " posts, the newest published"),
                line("Runs", report.describeRuns()),
                line("Measured", java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(footer.measuredAt())),
                line("Software", footer.softwareLine()),
                line("Program", "ORM Playground " + ProgramVersion.current()));
        lines.getStyleClass().addAll("panel", "deck-settings");
        getChildren().addAll(title, lines);
        setAccessibleText(title.getText() + ": " + footer.settingsLine() + "; " + footer.softwareLine());
    }

    private static VBox line(String name, String value) {
        Label label = new Label(name);
        label.getStyleClass().add("number-name");
        Label text = new Label(value);
        text.getStyleClass().add("cell");
        text.setWrapText(true);
        return new VBox(2, label, text);
    }
}
