package dev.ormplayground.ui.session.console;

import dev.ormplayground.engine.Playground;
import dev.ormplayground.play.ConsoleResult;
import dev.ormplayground.play.QueryLanguage;
import dev.ormplayground.ui.work.EngineLink;
import dev.ormplayground.ui.work.Messages;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The Console's view model: the query typed, its language, whether it is running, and the last
 * result. The query runs on the window's run thread, after whatever is queued there, read-only
 * (the engine sees to that). For the FX thread.
 */
public final class ConsoleModel {

    public static final String HQL_EXAMPLE = """
            select p.title, p.author.name, size(p.comments)
            from Post p
            where p.status = 'published'
            order by p.createdAt desc""";
    public static final String SQL_EXAMPLE = """
            select p.title, count(c.id) as comments
            from posts p
            left join comments c on c.post_id = p.id
            group by p.id, p.title
            order by comments desc""";

    private final EngineLink link;
    private final StringProperty text = new SimpleStringProperty(HQL_EXAMPLE);
    private final ObjectProperty<QueryLanguage> language = new SimpleObjectProperty<>(QueryLanguage.HQL);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<ConsoleResult> result = new ReadOnlyObjectWrapper<>();

    public ConsoleModel(EngineLink link) {
        this.link = link;
        // The example of one language is no use in the other: switching brings the other's, a query typed stays.
        language.addListener((obs, old, now) -> {
            if (text.get().equals(example(old)) || text.get().isBlank()) {
                text.set(example(now));
            }
        });
    }

    public static String example(QueryLanguage language) {
        return language == QueryLanguage.SQL ? SQL_EXAMPLE : HQL_EXAMPLE;
    }

    /** Runs the query as typed; false, with a word in the status line, if it cannot run now. */
    public boolean run() {
        Playground target = link.playground();
        if (link.closed() || busy.get()) {
            return false;
        }
        if (target == null) {
            link.status("Load a data set first.");
            return false;
        }
        if (link.hasJob()) {
            link.status(Messages.waitFor(link.jobProperty().get()));
            return false;
        }
        String query = text.get();
        QueryLanguage in = language.get();
        busy.set(true);
        link.userWork(); // the warm-up gives way
        link.status("Asking the database (" + in + ", read-only)…");
        link.runs().call(() -> target.console(in, query), done -> finished(done), failure -> finished(
                new ConsoleResult(List.of(), List.of(), 0, List.of(), 0, null, Messages.describe(failure), false)));
        return true;
    }

    private void finished(ConsoleResult done) {
        if (link.closed()) {
            return;
        }
        busy.set(false);
        result.set(done);
        link.status("Console: " + ConsoleSummary.of(done));
    }

    public StringProperty textProperty() {
        return text;
    }

    public ObjectProperty<QueryLanguage> languageProperty() {
        return language;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** The last query's result, or null before the first. */
    public ReadOnlyObjectProperty<ConsoleResult> resultProperty() {
        return result.getReadOnlyProperty();
    }
}
