package dev.ormplayground.ui.run;

import dev.ormplayground.domain.CommentPreview;
import dev.ormplayground.domain.FeedItem;
import dev.ormplayground.format.Words;
import dev.ormplayground.ui.common.WideOnly;
import dev.ormplayground.ui.session.PlaygroundSession;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The page the "template" renders from the last run, so the learner sees what the queries built.
 * A plain column in a scroll pane, not a ListView: a ListView with cells of varying height asks a
 * spare cell for each item's height on every layout, which laid the list out again on every
 * pulse and kept an idle window drawing (a quarter of a core). A page has at most 500 items, and
 * the column is rebuilt only when the feed changes.
 */
public final class FeedPreviewPane extends VBox {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.ROOT);

    private final VBox column = new VBox();
    private final ScrollPane scroll = new ScrollPane(column);
    private final Label note = new Label("Run a level to render the feed.");
    private List<FeedItem> shown = List.of();

    public FeedPreviewPane(PlaygroundSession session) {
        setId("feedPreviewPane");
        getStyleClass().addAll("panel", "feed-preview");
        Label title = WideOnly.panelTitle("THE FEED IT BUILT");
        note.getStyleClass().add("panel-note");
        note.setMinWidth(0);

        column.setId("feedPreview");
        column.getStyleClass().add("feed-list");
        column.getChildren().add(new Label("No feed yet."));
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setFocusTraversable(false);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().addAll(title, note, scroll);

        session.lastRunProperty().addListener((obs, old, run) -> {
            if (run == null) {
                return;
            }
            List<FeedItem> items = run.result().items();
            note.setText(items.size() + " posts, newest first · from run #" + run.runNumber());
            if (!items.equals(shown)) {
                show(items);
            }
        });
    }

    /** The feed items shown, in order: what the last run with another feed built. */
    public List<FeedItem> items() {
        return shown;
    }

    private void show(List<FeedItem> items) {
        shown = List.copyOf(items);
        List<Node> boxes = new ArrayList<>(items.size());
        for (FeedItem item : items) {
            boxes.add(box(item));
        }
        column.getChildren().setAll(boxes);
        scroll.setVvalue(0);
    }

    private static VBox box(FeedItem item) {
        Label title = new Label(item.title());
        title.getStyleClass().add("feed-title");
        title.setWrapText(true);
        Label meta = new Label(String.format(Locale.ROOT, "%s · %s · %s · %s", item.authorName(),
                item.createdAt() == null ? "" : DATE.format(item.createdAt()),
                Words.count(item.commentCount(), "comment", "comments"), Words.count(item.likeCount(), "like", "likes")));
        meta.getStyleClass().add("feed-meta");
        meta.setMinWidth(0);
        VBox comments = new VBox();
        comments.getStyleClass().add("feed-comments");
        for (CommentPreview comment : item.newestComments()) {
            Label line = new Label(comment.commenterName() + ": " + comment.body());
            line.getStyleClass().add("feed-comment");
            line.setMinWidth(0);
            comments.getChildren().add(line);
        }
        VBox box = new VBox(title, meta, comments);
        box.getStyleClass().add("feed-item");
        box.setMinWidth(0);
        return box;
    }
}
