package dev.ormplayground.play;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hibernate.query.SelectionQuery;
import org.hibernate.query.sqm.SqmSelectionQuery;
import org.hibernate.query.sqm.tree.select.SqmSelectStatement;
import org.hibernate.query.sqm.tree.select.SqmSelection;

/**
 * The column headers of an HQL query's rows: each selected item's alias, else its text as typed
 * ({@code p.title}), else its position. Read from Hibernate's parsed query, so a query that
 * returns no row still has its headers.
 */
final class HqlColumns {

    private HqlColumns() {
    }

    /** The headers as Hibernate parsed the query; empty when it does not say (then {@link #fit} numbers them). */
    static List<String> of(SelectionQuery<?> query, String hql) {
        List<String> names = new ArrayList<>();
        try {
            if (query instanceof SqmSelectionQuery<?> sqm && sqm.getSqmStatement() instanceof SqmSelectStatement<?> select) {
                String typed = squeezed(hql);
                for (SqmSelection<?> selection : select.getQuerySpec().getSelectClause().getSelections()) {
                    String alias = selection.getAlias();
                    String text = selection.getSelectableNode().toHqlString();
                    names.add(alias != null && !alias.startsWith("_") ? alias
                            : typed.contains(squeezed(text)) ? text : "#" + (names.size() + 1));
                }
            }
        } catch (RuntimeException notParsedThatWay) {
            return List.of(); // a union, or a shape this reading does not know: positions will do
        }
        return names;
    }

    /** {@code names} if there is one per column, else the positions {@code #1}, {@code #2}... */
    static List<String> fit(List<String> names, int width) {
        if (names.size() == width) {
            return names;
        }
        List<String> positions = new ArrayList<>(width);
        for (int i = 1; i <= width; i++) {
            positions.add("#" + i);
        }
        return positions;
    }

    /** Lower case without spaces: how Hibernate writes an item back need not match the user's spacing. */
    private static String squeezed(String text) {
        return text.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
    }
}
