package dev.ormplayground.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ormplayground.capture.CapturedStatement;
import dev.ormplayground.capture.StatementRepeats;
import dev.ormplayground.domain.CommentPreview;
import dev.ormplayground.domain.FeedItem;
import dev.ormplayground.run.Environment;
import dev.ormplayground.run.RunResult;
import dev.ormplayground.run.plan.StatementPlan;
import dev.ormplayground.run.StatementSource;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** One run as JSON: the feed items, the captured statements and the run's figures. */
public final class RunJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private RunJson() {
    }

    public static String format(RunResult run, String dataSet) {
        return format(run, dataSet, List.of());
    }

    /** With the database's plan of each statement shape, when asked for ({@code feed --explain}). */
    public static String format(RunResult run, String dataSet, List<StatementPlan> plans) {
        return format(run, dataSet, null, plans);
    }

    /** With the database that ran it, e.g. {@code PostgreSQL 15.18 at localhost:5432/mydb} (null: not said). */
    public static String format(RunResult run, String dataSet, String database, List<StatementPlan> plans) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("level", run.level().id());
        root.put("data_set", dataSet);
        if (database != null) {
            root.put("database", database);
        }
        root.put("network", run.connection().network().id());
        root.put("rtt_ms", run.connection().rttMillis());
        root.put("capture", run.connection().capture());
        root.put("page_size", run.pageSize());
        root.put("queries", run.queries());
        root.put("hibernate_statements", run.hibernateStatements());
        root.put("elapsed_ms", run.elapsedMillis());
        root.put("rows_read", run.rowsRead());
        root.put("allocated_kb", run.allocatedBytes() / 1024);
        root.put("correct", run.correct());
        if (!run.correct()) {
            root.put("difference", run.difference());
        }
        StatementRepeats repeats = StatementRepeats.of(run.statements());
        ObjectNode repeated = root.putObject("repeats");
        repeated.put("similar", repeats.similarStatements());
        repeated.put("duplicates", repeats.duplicateStatements());
        repeated.put("summary", repeats.summary());
        repeats.similarFix().ifPresent(fix -> repeated.put("similar_fix", fix));
        repeats.duplicateFix().ifPresent(fix -> repeated.put("duplicate_fix", fix));
        CacheJson.put(root, run.cache());
        root.set("environment", MAPPER.valueToTree(Environment.current()));
        ArrayNode items = root.putArray("items");
        for (FeedItem item : run.items()) {
            ObjectNode node = items.addObject();
            node.put("id", item.id());
            node.put("title", item.title());
            node.put("slug", item.slug());
            node.put("excerpt", item.excerpt());
            // Always with seconds, as in the CSV files (LocalDateTime.toString drops ":00").
            node.put("created_at", DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(item.createdAt()));
            node.put("author_name", item.authorName());
            node.put("author_avatar_url", item.authorAvatarUrl());
            node.put("comment_count", item.commentCount());
            node.put("like_count", item.likeCount());
            ArrayNode comments = node.putArray("newest_comments");
            for (CommentPreview comment : item.newestComments()) {
                comments.addArray().add(comment.commenterName()).add(comment.body());
            }
        }
        ArrayNode statements = root.putArray("statements");
        for (int i = 0; i < run.statements().size(); i++) {
            CapturedStatement statement = run.statements().get(i);
            ObjectNode node = statements.addObject();
            node.put("sql", statement.sql());
            node.put("sql_with_values", statement.sqlWithValues());
            node.put("elapsed_ms", statement.elapsedNanos() / 1_000_000.0);
            node.put("rows_read", statement.rowsRead());
            StatementSource source = run.sources().get(i);
            if (source.known()) {
                ObjectNode origin = node.putObject("source");
                origin.put("file", source.file());
                origin.put("line", source.line());
                origin.put("code", source.code());
            } else {
                node.putNull("source");
            }
        }
        if (!plans.isEmpty()) {
            ArrayNode shapes = root.putArray("plans");
            for (StatementPlan plan : plans) {
                ObjectNode node = shapes.addObject();
                node.put("sql", plan.group().sql());
                node.put("count", plan.group().count());
                node.put("n_plus_one", plan.group().nPlusOne());
                node.put("explained_with", plan.example().sqlWithValues());
                node.put("plan", plan.plan());
            }
        }
        return root.toPrettyString() + System.lineSeparator();
    }
}
