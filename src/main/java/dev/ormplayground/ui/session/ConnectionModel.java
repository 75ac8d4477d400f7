package dev.ormplayground.ui.session;

import dev.ormplayground.db.ConnectionSettings;
import dev.ormplayground.engine.Playground;
import dev.ormplayground.ui.work.EngineLink;
import dev.ormplayground.ui.work.Messages;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * How the runs reach the database: in-process or over TCP, plus a simulated round trip. A
 * change is applied on the run thread, between two runs, and again to every data set loaded
 * later. For the FX thread.
 */
public final class ConnectionModel {

    private final EngineLink link;
    private final ReadOnlyObjectWrapper<ConnectionSettings> wanted =
            new ReadOnlyObjectWrapper<>(ConnectionSettings.DEFAULT);
    private final ReadOnlyObjectWrapper<ConnectionSettings> applied =
            new ReadOnlyObjectWrapper<>(ConnectionSettings.DEFAULT);

    ConnectionModel(EngineLink link) {
        this.link = link;
    }

    /** Asks for these settings from the next run on. */
    public void use(ConnectionSettings settings) {
        if (settings.equals(wanted.get())) {
            return;
        }
        wanted.set(settings);
        Playground target = link.playground();
        if (target == null) {
            return; // applied once a data set has loaded
        }
        link.status("Switching the connection to " + settings.describe() + "…");
        link.runs().call(() -> {
            target.useConnection(settings);
            return settings;
        }, done -> {
            if (target == link.playground() && done.equals(wanted.get())) {
                applied.set(done);
                link.status("Connection: " + done.describe() + ", from the next run on.");
            }
        }, failure -> {
            link.error("Could not switch the connection to " + settings.describe() + ": "
                    + Messages.describe(failure));
            if (settings.equals(wanted.get())) {
                use(applied.get()); // back to what works
            }
        });
    }

    /** Queues the wanted settings for a newly loaded data set, before anything else runs on it. */
    void applyTo(Playground loaded) {
        ConnectionSettings settings = wanted.get();
        link.runs().call(() -> {
            loaded.useConnection(settings);
            return settings;
        }, applied::set, failure -> {
            link.error("Could not use " + settings.describe() + " on the new data set: "
                    + Messages.describe(failure) + ". It runs in-process.");
            wanted.set(ConnectionSettings.DEFAULT);
            link.runs().call(() -> {
                loaded.useConnection(ConnectionSettings.DEFAULT);
                return ConnectionSettings.DEFAULT;
            }, applied::set, ignored -> { });
        });
    }

    /** What the controls ask for; the runs use it once {@link #appliedProperty()} has caught up. */
    public ReadOnlyObjectProperty<ConnectionSettings> wantedProperty() {
        return wanted.getReadOnlyProperty();
    }

    /** What the runs of the active data set use now. */
    public ReadOnlyObjectProperty<ConnectionSettings> appliedProperty() {
        return applied.getReadOnlyProperty();
    }
}
