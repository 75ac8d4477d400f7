package dev.ormplayground.ui;

import dev.ormplayground.db.ConnectionSettings;
import dev.ormplayground.db.NetworkMode;
import dev.ormplayground.ui.common.WideOnly;
import dev.ormplayground.ui.session.ConnectionModel;
import dev.ormplayground.ui.session.PlaygroundSession;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

/**
 * How the runs reach the database: in-process or over TCP, and a simulated network round
 * trip of 0-50 ms per statement, set with a slider or typed exactly (0.5 ms). A change applies
 * from the next run on; a typed value that is not a delay is refused, with the reason.
 */
final class ConnectionControls extends HBox {

    private static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");

    private final ConnectionModel model;
    private final ToggleButton inProcess = new ToggleButton("in-process");
    private final ToggleButton tcp = new ToggleButton("tcp");
    private final Slider slider = new Slider(0, ConnectionSettings.MAX_RTT_MS, 0);
    private final TextField rtt = new TextField("0");
    private final Label problem = new Label();
    private boolean syncing;

    ConnectionControls(PlaygroundSession session) {
        this.model = session.connection();
        setId("connectionControls");
        getStyleClass().add("connection-controls");
        setAlignment(Pos.CENTER_LEFT);

        Label network = new Label("Network");
        network.getStyleClass().add("control-label");
        ToggleGroup group = new ToggleGroup();
        inProcess.setId("networkInProcess");
        inProcess.setToggleGroup(group);
        inProcess.setTooltip(new Tooltip("Embedded H2: a statement is a method call"));
        tcp.setId("networkTcp");
        tcp.setToggleGroup(group);
        tcp.setTooltip(new Tooltip("H2's TCP server on 127.0.0.1: every statement goes through the network stack"));
        inProcess.setSelected(true);
        inProcess.getStyleClass().addAll("segment", "segment-first");
        tcp.getStyleClass().addAll("segment", "segment-last");
        HBox modes = new HBox(inProcess, tcp);
        modes.getStyleClass().add("segmented");
        // H2's own: PostgreSQL is reached over the network its URL names.
        modes.disableProperty().bind(Bindings.createBooleanBinding(
                () -> session.databaseProperty().get().isPostgres(), session.databaseProperty()));
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true); // one mode is always chosen
            } else if (!syncing) {
                apply(currentRtt());
            }
        });

        Label roundTrip = new Label("Round trip");
        roundTrip.getStyleClass().add("control-label");
        slider.setId("rttSlider");
        slider.setBlockIncrement(0.5);
        slider.setTooltip(new Tooltip("Simulated network delay added to every statement, 0-50 ms"));
        slider.valueProperty().addListener((obs, old, value) -> {
            if (!syncing) {
                rtt.setText(format(round(value.doubleValue())));
                if (!slider.isValueChanging()) {
                    apply(round(value.doubleValue()));
                }
            }
        });
        slider.valueChangingProperty().addListener((obs, was, changing) -> {
            if (!changing) {
                apply(round(slider.getValue()));
            }
        });
        rtt.setId("rttField");
        rtt.setPrefColumnCount(3);
        rtt.setTooltip(new Tooltip("Type a delay, e.g. 0.5, then Enter"));
        rtt.setOnAction(e -> commitTyped());
        rtt.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                commitTyped();
            }
        });
        Label ms = new Label("ms");
        ms.getStyleClass().add("control-label");
        problem.setId("rttProblem");
        problem.getStyleClass().add("field-problem");
        problem.managedProperty().bind(problem.visibleProperty());
        problem.setVisible(false);
        for (Region region : new Region[] {network, modes, roundTrip, rtt, ms, problem}) {
            region.setMinWidth(Region.USE_PREF_SIZE);
        }
        // Big fonts on a small screen: the round trip steps aside with its field, so that the five views,
        // the database and the network still fit 1280 px at 200% (Ctrl 0, set it, Ctrl + again).
        WideOnly.mark(network, roundTrip, slider, rtt, ms);
        getChildren().addAll(network, modes, roundTrip, slider, rtt, ms, problem);
        disableProperty().bind(session.jobProperty().isNotNull());
        model.wantedProperty().addListener((obs, old, now) -> show(now));
    }

    private void commitTyped() {
        String text = rtt.getText().strip().replace(',', '.');
        String why = problem(text);
        problem.setText(why == null ? "" : why);
        problem.setVisible(why != null);
        rtt.pseudoClassStateChanged(INVALID, why != null);
        if (why == null) {
            double millis = Double.parseDouble(text);
            syncing = true;
            try {
                slider.setValue(millis);
            } finally {
                syncing = false;
            }
            apply(millis);
        }
    }

    /** Why the text is not a round trip, or null when it is one. */
    static String problem(String text) {
        double millis;
        try {
            millis = Double.parseDouble(text);
        } catch (NumberFormatException e) {
            return "\"" + text + "\" is not a number of ms";
        }
        if (!(millis >= 0 && millis <= ConnectionSettings.MAX_RTT_MS)) {
            return "0-" + (int) ConnectionSettings.MAX_RTT_MS + " ms only";
        }
        return null;
    }

    private double currentRtt() {
        return model.wantedProperty().get().rttMillis();
    }

    private void apply(double millis) {
        model.use(new ConnectionSettings(tcp.isSelected() ? NetworkMode.TCP : NetworkMode.IN_PROCESS, millis));
    }

    /** Follows the model when it changes by itself (a switch that failed falls back). */
    private void show(ConnectionSettings settings) {
        syncing = true;
        try {
            (settings.network() == NetworkMode.TCP ? tcp : inProcess).setSelected(true);
            if (round(slider.getValue()) != settings.rttMillis()) {
                slider.setValue(settings.rttMillis());
            }
            if (problem(rtt.getText().strip()) != null || Double.parseDouble(rtt.getText().strip()) != settings.rttMillis()) {
                rtt.setText(format(settings.rttMillis()));
            }
        } finally {
            syncing = false;
        }
    }

    /** Slider values to a tenth of a millisecond: 0.5 ms can be set, 23.4567 ms is noise. */
    private static double round(double millis) {
        return Math.round(millis * 10) / 10.0;
    }

    private static String format(double millis) {
        return millis == Math.rint(millis) ? String.valueOf((long) millis) : String.format(Locale.ROOT, "%.1f", millis);
    }
}
