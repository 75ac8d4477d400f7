package dev.ormplayground.ui.run;

import dev.ormplayground.domain.CommentPreview;
import dev.ormplayground.domain.FeedItem;
import dev.ormplayground.format.Words;
import dev.ormplayground.ui.common.WideOnly;
import dev.ormplayground.ui.session.PlaygroundSession;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The page the "template" renders from the last run, so the learner sees what the queries built. */
public final class FeedPreviewPane extends VBox {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.ROOT);

    private final ListView<FeedItem> list = new ListView<>();
    private final Label note = new Label("Run a level to render the feed.");

    public FeedPreviewPane(PlaygroundSession session) {
        setId("feedPreviewPane");
        getStyleClass().addAll("panel", "feed-preview");
        Label title = WideOnly.panelTitle("THE FEED IT BUILT");
        note.getStyleClass().add("panel-note");
        note.setMinWidth(0);

        list.setId("feedPreview");
        list.setCellFactory(view -> new ItemCell());
        list.setPlaceholder(new Label("No feed yet."));
        list.setFocusTraversable(false);
        VBox.setVgrow(list, Priority.ALWAYS);
        getChildren().addAll(title, note, list);

        session.lastRunProperty().addListener((obs, old, run) -> {
            if (run == null) {
                return;
            }
            List<FeedItem> items = run.result().items();
            note.setText(items.size() + " posts, newest first · from run #" + run.runNumber());
            if (!items.equals(list.getItems())) {
                list.getItems().setAll(items);
                list.scrollTo(0);
            }
        });
    }

    private static final class ItemCell extends ListCell<FeedItem> {
        private final Label title = new Label();
        private final Label meta = new Label();
        private final VBox comments = new VBox();
        private final VBox box = new VBox(title, meta, comments);

        ItemCell() {
            title.getStyleClass().add("feed-title");
            title.setWrapText(true);
            meta.getStyleClass().add("feed-meta");
            comments.getStyleClass().add("feed-comments");
            box.getStyleClass().add("feed-item");
            box.setMinWidth(0);
            setPrefWidth(0); // follow the list's width, never widen it
        }

        @Override
        protected void updateItem(FeedItem item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            title.setText(item.title());
            meta.setText(String.format(Locale.ROOT, "%s · %s · %s · %s", item.authorName(),
                    item.createdAt() == null ? "" : DATE.format(item.createdAt()),
                    Words.count(item.commentCount(), "comment", "comments"), Words.count(item.likeCount(), "like", "likes")));
            comments.getChildren().clear();
            for (CommentPreview comment : item.newestComments()) {
                Label line = new Label(comment.commenterName() + ": " + comment.body());
                line.getStyleClass().add("feed-comment");
                line.setMinWidth(0);
                comments.getChildren().add(line);
            }
            setGraphic(box);
        }
    }
}
