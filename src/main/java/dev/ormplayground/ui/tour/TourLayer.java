package dev.ormplayground.ui.tour;

import java.util.Optional;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.layout.Pane;
import javafx.scene.shape.ClosePath;
import javafx.scene.shape.FillRule;
import javafx.scene.shape.HLineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.Shape;
import javafx.scene.shape.VLineTo;

/**
 * What the tour draws over the window: a veil that dims all but the step's target, a ring around
 * the target, and the card beside it (or in the middle when the target is not on screen). Placed
 * anew in each layout, so it follows the window's size, font and arrangement. While it shows it
 * lies over the whole window and so takes every click: the window underneath is only looked at.
 */
final class TourLayer extends Pane {

    /** The card's width with room, its narrowest, the ring's distance from its target, the card's from both, in em. */
    private static final double CARD_EM = 26;
    private static final double MIN_CARD_EM = 15;
    private static final double RING_PAD_EM = 0.35;
    private static final double GAP_EM = 0.9;
    /** Half the ring's stroke (tour.css), kept from the window's edge. */
    private static final double RING_EDGE_EM = 0.15;

    private final Node window;
    private final TourCard card;
    private final Rectangle ring = new Rectangle();
    private final Path veil = new Path();
    private TourStep step;
    private int index;
    private int count;
    /** Where the target was at the last placement, to tell a move (a resize, a new arrangement) from none. */
    private Bounds placedAt;
    private Node target;

    TourLayer(Node window, TourCard card) {
        this.window = window;
        this.card = card;
        setId("tourLayer");
        getStyleClass().add("tour-layer");
        ring.setId("tourRing");
        ring.getStyleClass().add("tour-ring");
        ring.setManaged(false);
        ring.setMouseTransparent(true);
        veil.setId("tourVeil");
        veil.getStyleClass().add("tour-veil");
        veil.setManaged(false);
        veil.setStroke(null); // its edges are the window's and the ring's: nothing to outline
        card.setManaged(false);
        getChildren().addAll(veil, ring, card);
        setFocusTraversable(true); // takes the focus while it shows, so no editor below gets the typing
        setVisible(false);
        managedProperty().bind(visibleProperty()); // hidden, it takes no part in the window's layout
    }

    /** Points at {@code step}, the {@code index}-th (from 0) of {@code count}. */
    void point(TourStep step, int index, int count) {
        this.step = step;
        this.index = index;
        this.count = count;
        placedAt = null;
        requestLayout();
    }

    /** The node the ring is around, if the step's target is on screen. */
    Optional<Node> target() {
        return Optional.ofNullable(target);
    }

    /** Asks for a new placement if the target moved, came or went since the last one; to call after each layout. */
    void follow() {
        if (isVisible() && step != null) {
            Bounds now = targetBounds(step.target().find(window).orElse(null));
            if (!sameBounds(now, placedAt)) {
                requestLayout();
            }
        }
    }

    @Override
    protected void layoutChildren() {
        if (step == null) {
            return;
        }
        target = step.target().find(window).orElse(null);
        Bounds around = targetBounds(target);
        placedAt = around;
        card.show(step, index, count, target != null);
        card.applyCss();
        double em = card.em();
        CardPlacement placement = new CardPlacement(getWidth(), getHeight(), CARD_EM * em, MIN_CARD_EM * em,
                card::prefHeight, GAP_EM * em);
        Bounds hole = around == null ? null : ringAround(around, em);
        Bounds place = hole == null ? placement.centred() : placement.beside(hole);
        card.resizeRelocate(place.getMinX(), place.getMinY(), place.getWidth(), place.getHeight());
        drawVeilAndRing(hole, em);
    }

    /** A little outside the target, so the ring does not hide its edge; inside the window, so the ring is whole. */
    private Bounds ringAround(Bounds target, double em) {
        double pad = RING_PAD_EM * em;
        double edge = RING_EDGE_EM * em;
        double left = Math.max(edge, target.getMinX() - pad);
        double top = Math.max(edge, target.getMinY() - pad);
        double right = Math.min(getWidth() - edge, target.getMaxX() + pad);
        double bottom = Math.min(getHeight() - edge, target.getMaxY() + pad);
        return new BoundingBox(left, top, Math.max(0, right - left), Math.max(0, bottom - top));
    }

    /**
     * The veil over the whole layer with a hole where the ring is (rounded as the ring, tour.css);
     * no hole and no ring without a target. One veil node whose outline changes: a new node each
     * time would be drawn unstyled for a frame.
     */
    private void drawVeilAndRing(Bounds hole, double em) {
        ring.setVisible(hole != null);
        Shape dimmed = new Rectangle(getWidth(), getHeight());
        if (hole != null) {
            Rectangle cut = new Rectangle(hole.getMinX(), hole.getMinY(), hole.getWidth(), hole.getHeight());
            cut.setArcWidth(em);
            cut.setArcHeight(em);
            dimmed = Shape.subtract(dimmed, cut);
            ring.setX(hole.getMinX());
            ring.setY(hole.getMinY());
            ring.setWidth(hole.getWidth());
            ring.setHeight(hole.getHeight());
        }
        if (dimmed instanceof Path outline) { // what Shape.subtract gives
            veil.getElements().setAll(outline.getElements());
            veil.setFillRule(outline.getFillRule());
        } else {
            veil.getElements().setAll(new MoveTo(0, 0), new HLineTo(getWidth()), new VLineTo(getHeight()),
                    new HLineTo(0), new ClosePath());
            veil.setFillRule(FillRule.NON_ZERO);
        }
    }

    /** The target's bounds in the layer's coordinates, or null for none. */
    private Bounds targetBounds(Node node) {
        return node == null ? null : sceneToLocal(node.localToScene(node.getLayoutBounds()));
    }

    private static boolean sameBounds(Bounds a, Bounds b) {
        if (a == null || b == null) {
            return a == b;
        }
        return Math.abs(a.getMinX() - b.getMinX()) < 0.5 && Math.abs(a.getMinY() - b.getMinY()) < 0.5
                && Math.abs(a.getWidth() - b.getWidth()) < 0.5 && Math.abs(a.getHeight() - b.getHeight()) < 0.5;
    }
}
