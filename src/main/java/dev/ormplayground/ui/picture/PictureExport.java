package dev.ormplayground.ui.picture;

import dev.ormplayground.bench.LevelMeasurement;
import dev.ormplayground.export.ExportFooter;
import dev.ormplayground.export.LadderExport;
import dev.ormplayground.export.PictureFormat;
import dev.ormplayground.ladder.Level;
import dev.ormplayground.export.PictureSize;
import dev.ormplayground.ladder.LevelSource;
import dev.ormplayground.render.CodePairPicture;
import dev.ormplayground.render.ComparisonView;
import dev.ormplayground.render.FxPictures;
import dev.ormplayground.render.LatencyPicture;
import dev.ormplayground.render.LevelCard;
import dev.ormplayground.render.PictureLook;
import dev.ormplayground.render.PictureTheme;
import dev.ormplayground.render.PlanPairPicture;
import dev.ormplayground.render.Snapshots;
import dev.ormplayground.render.deck.Deck;
import dev.ormplayground.ui.session.PlaygroundSession;
import dev.ormplayground.ui.session.UserLevel;
import dev.ormplayground.ui.session.measure.ComparisonModel;
import dev.ormplayground.ui.work.PlanSource;
import dev.ormplayground.ui.work.RunView;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Parent;
import javafx.scene.image.WritableImage;

/**
 * Export: the whole window (PNG); the comparison and the selected level's card (their figures
 * from the last comparison), the latency chart, the selected level's code and the last run's
 * plans beside the level before's, each as PNG at twice its size or as SVG and PDF, in the theme
 * and on the page chosen; and a talk's deck. The user picks the file; an existing one is replaced
 * only after asking. The picture is drawn on the FX thread, where the views live; it is encoded
 * and written on a thread of its own, the file whole or not at all; a failure shows in the error
 * banner.
 */
public final class PictureExport {

    static final double SCALE = Snapshots.DEFAULT_SCALE;
    public static final String WINDOW = "window.png";
    public static final String DECK = "talk.pdf";

    /** What the window shows that a picture of its own is drawn from. */
    public record Sources(Supplier<List<LatencyPicture.Series>> latencyRuns, BooleanSupplier latencyLogScale,
                          BooleanSupplier comparisonLogScale) {
    }

    private final PlaygroundSession session;
    private final Parent root;
    private final Sources sources;
    private final ObjectProperty<PictureTheme> theme = new SimpleObjectProperty<>(PictureTheme.LIGHT);
    private final BooleanProperty transparent = new SimpleBooleanProperty();
    private final ObjectProperty<PictureSize> size = new SimpleObjectProperty<>(PictureSize.WIDE);
    private final PictureFiles files;

    public PictureExport(PlaygroundSession session, Parent root, Sources sources) {
        this.session = session;
        this.root = root;
        this.sources = sources;
        this.files = new PictureFiles(session, root);
    }

    /** Puts another way of choosing the file in place of the save dialog (tests). */
    public void useFileTarget(FileTarget target) {
        files.useFileTarget(target);
    }

    /** The theme the pictures are drawn in: light (the default), dark or projector. */
    public ObjectProperty<PictureTheme> themeProperty() {
        return theme;
    }

    /** Whether the pictures' ground is left empty (PNG and SVG). */
    public BooleanProperty transparentProperty() {
        return transparent;
    }

    /** The page the pictures and the deck are laid out on: 16:9 (the default), 4:3 or A4. */
    public ObjectProperty<PictureSize> sizeProperty() {
        return size;
    }

    public void window() {
        files.save("the window", WINDOW, png(() -> PictureDrawing.snapshot(root, SCALE)));
    }

    public void comparison() {
        comparison(PictureFormat.PNG);
    }

    /** The comparison as {@code comparison.png}, {@code .svg} or {@code .pdf}. */
    public void comparison(PictureFormat format) {
        ComparisonModel.Comparison last = session.comparison().lastProperty().get();
        if (last == null) {
            session.status("Compare all levels first: the picture shows the comparison's figures.");
            return;
        }
        ExportFooter footer = ExportFooter.of(last.report());
        picture("the comparison", format.fileName(LadderExport.COMPARISON), format, "The blog feed, level by level",
                () -> new ComparisonView(last.report(), footer, sources.comparisonLogScale().getAsBoolean()));
    }

    public void card() {
        card(PictureFormat.PNG);
    }

    /** The selected level's card from the last comparison, as PNG, SVG or PDF. */
    public void card(PictureFormat format) {
        Level selected = session.selectedLevelProperty().get();
        ComparisonModel.Comparison last = session.comparison().lastProperty().get();
        Optional<LevelMeasurement> measurement = last == null ? Optional.empty() : last.of(selected.id());
        if (measurement.isEmpty()) {
            session.status("Compare all levels first: a card shows the level's figures from the comparison.");
            return;
        }
        ExportFooter footer = ExportFooter.of(last.report());
        picture("the card of level " + selected, format.fileName(LadderExport.cardName(selected)), format,
                "Level " + selected.number() + " " + selected.id(),
                () -> new LevelCard(measurement.get(), last.ladder().previous(selected).orElse(null), footer));
    }

    /** The latency chart's runs as the window shows them now, on its scale. */
    public void latency(PictureFormat format) {
        List<LatencyPicture.Series> runs = sources.latencyRuns().get();
        if (runs.isEmpty()) {
            session.status("Run a level first: the latency chart has no runs to draw.");
            return;
        }
        picture("the latency chart", format.fileName(LadderExport.LATENCY), format, "Latency per run",
                () -> new LatencyPicture("Latency per run", "One feed page of " + session.pageSizeProperty().get() + " posts, run after run",
                        runs, sources.latencyLogScale().getAsBoolean(), LatencyPicture.RunAxis.NUMBER, null));
    }

    /**
     * The selected level's code beside the level before's, as the window's code pair sets them: a
     * level of the user's beside the level it was copied from, in the text the editor holds now.
     */
    public void codePair(PictureFormat format) {
        Level selected = session.selectedLevelProperty().get();
        Optional<UserLevel> own = session.userLevels().of(selected);
        Optional<Level> previous = own.isPresent() ? Optional.ofNullable(own.get().origin())
                : session.ladder().previous(selected);
        if (previous.isEmpty()) {
            session.status("Level " + selected + " has no level before it: pick a later level to set its code beside one.");
            return;
        }
        String code = own.map(level -> level.textProperty().get()).orElseGet(() -> LevelSource.of(selected));
        String title = own.isPresent() ? selected.title() + " (yours)" : FxPictures.title(selected);
        int lines = pictures().codeLines();
        picture("the code of level " + selected, format.fileName(LadderExport.codeName(selected)), format,
                "Code of " + title + " beside " + FxPictures.title(previous.get()),
                () -> new CodePairPicture(FxPictures.title(previous.get()), LevelSource.of(previous.get()), title, code,
                        lines, null));
    }

    /** The last run's page query plan beside the level before's, asked of the database first. */
    public void planPair(PictureFormat format) {
        RunView run = session.lastRunProperty().get();
        if (run == null) {
            session.status("Run a level first: its page query's plan is set beside the level before's.");
            return;
        }
        session.status("Asking the database for both plans…");
        int lines = pictures().codeLines();
        PlanSource source = session.plans();
        source.pagePlans(run, plans -> picture("the plans of level " + run.level(),
                format.fileName(LadderExport.plansName(run.level())), format,
                "Plans of " + plans.rightTitle() + " beside " + plans.leftTitle(),
                () -> new PlanPairPicture(plans, lines, null)), session::status);
    }

    /** A talk's slides from the last comparison: the comparison, a page per ladder level, the settings. */
    public void deck() {
        ComparisonModel.Comparison last = session.comparison().lastProperty().get();
        if (last == null) {
            session.status("Compare all levels first: the deck shows the comparison's figures.");
            return;
        }
        PictureLook look = look();
        PictureSize page = size.get();
        files.save("the deck", DECK, drawn(() -> Deck.pdf(last.report(), last.ladder(), look, page)));
    }

    private PictureLook look() {
        return new PictureLook(theme.get(), transparent.get(), false);
    }

    private FxPictures pictures() {
        return new FxPictures(session.ladder(), false, SCALE, look(), size.get());
    }

    /** One of the pictures above: a PNG snapshot to encode later, or a vector picture drawn now. FX thread. */
    private void picture(String what, String name, PictureFormat format, String title, Supplier<Parent> view) {
        FxPictures pictures = pictures();
        files.save(what, name, format == PictureFormat.PNG ? png(() -> pictures.image(view.get()))
                : drawn(() -> pictures.vector(view.get(), title, format)));
    }

    /** A snapshot on the FX thread, encoded as PNG later, off it. */
    private static Supplier<Supplier<byte[]>> png(Supplier<WritableImage> picture) {
        return () -> {
            WritableImage image = picture.get();
            return () -> PictureDrawing.png(image);
        };
    }

    /** A vector picture: the views walked on the FX thread, the bytes ready when drawn. */
    private static Supplier<Supplier<byte[]>> drawn(Supplier<byte[]> picture) {
        return () -> {
            byte[] bytes = picture.get();
            return () -> bytes;
        };
    }

    /** How many files were written, for whoever waits for one (tests). */
    public ReadOnlyIntegerProperty savedProperty() {
        return files.savedProperty();
    }
}
