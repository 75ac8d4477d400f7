package dev.ormplayground.ui.tour;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.DoubleUnaryOperator;
import java.util.stream.Stream;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;

/**
 * Where a step's card goes: beside its target, on the side with room for the card at its full
 * width (right, left, below, above), else narrower down to its least readable width; a target too
 * big for any side gets the card where it covers least of it. Always inside the window; with no
 * target, in the window's centre. Geometry only, in the window's coordinates.
 *
 * @param window    the window's width and height
 * @param prefWidth the card's width when it has room
 * @param minWidth  the narrowest card that still reads well
 * @param heightFor the card's height at a given width (its text wraps)
 * @param gap       between the target and the card, and between the card and the window's edge
 */
record CardPlacement(double windowWidth, double windowHeight, double prefWidth, double minWidth,
                     DoubleUnaryOperator heightFor, double gap) {

    private enum Side { RIGHT, LEFT, BELOW, ABOVE }

    /** The card in the middle of the window, as wide as it likes or the window allows. */
    Bounds centred() {
        double width = Math.min(prefWidth, windowWidth - 2 * gap);
        double height = Math.min(heightFor.applyAsDouble(width), windowHeight - 2 * gap);
        return inside((windowWidth - width) / 2, (windowHeight - height) / 2, width, height);
    }

    /** The card beside {@code target}. */
    Bounds beside(Bounds target) {
        return beside(target, prefWidth)
                .or(() -> beside(target, minWidth))
                .orElseGet(() -> coveringLeast(target));
    }

    /** The card on the first side where it fits, at least {@code width} wide, without touching the target. */
    private Optional<Bounds> beside(Bounds target, double width) {
        for (Side side : Side.values()) {
            Bounds room = room(side, target);
            double cardWidth = Math.min(prefWidth, room.getWidth());
            if (cardWidth < width) {
                continue;
            }
            double cardHeight = heightFor.applyAsDouble(cardWidth);
            if (cardHeight <= room.getHeight()) {
                return Optional.of(at(side, target, cardWidth, cardHeight, room));
            }
        }
        return Optional.empty();
    }

    /** The free part of the window on one side of the target, the gaps taken off. */
    private Bounds room(Side side, Bounds target) {
        double top = gap;
        double bottom = windowHeight - gap;
        double left = gap;
        double right = windowWidth - gap;
        return switch (side) {
            case RIGHT -> box(target.getMaxX() + gap, top, right, bottom);
            case LEFT -> box(left, top, target.getMinX() - gap, bottom);
            case BELOW -> box(left, target.getMaxY() + gap, right, bottom);
            case ABOVE -> box(left, top, right, target.getMinY() - gap);
        };
    }

    /**
     * Beside the target on that side, lined up with its top (right, left) or its left edge (below,
     * above), then moved into {@code area}.
     */
    private Bounds at(Side side, Bounds target, double width, double height, Bounds area) {
        return switch (side) {
            case RIGHT -> inside(target.getMaxX() + gap, target.getMinY(), width, height, area);
            case LEFT -> inside(target.getMinX() - gap - width, target.getMinY(), width, height, area);
            case BELOW -> inside(target.getMinX(), target.getMaxY() + gap, width, height, area);
            case ABOVE -> inside(target.getMinX(), target.getMinY() - gap - height, width, height, area);
        };
    }

    /** No side has room: of the four places beside the target, pushed into the window, the one covering least of it. */
    private Bounds coveringLeast(Bounds target) {
        double width = Math.min(prefWidth, windowWidth - 2 * gap);
        double height = Math.min(heightFor.applyAsDouble(width), windowHeight - 2 * gap);
        Bounds window = box(gap, gap, windowWidth - gap, windowHeight - gap);
        List<Bounds> places = Stream.of(Side.values()).map(side -> at(side, target, width, height, window)).toList();
        return places.stream().min(Comparator.comparingDouble(place -> overlap(place, target))).orElseThrow();
    }

    private Bounds inside(double x, double y, double width, double height) {
        return inside(x, y, width, height, box(gap, gap, windowWidth - gap, windowHeight - gap));
    }

    /** Moved into {@code area} as far as the card's size allows, and never past the window's top left. */
    private static Bounds inside(double x, double y, double width, double height, Bounds area) {
        double left = Math.max(0, Math.max(area.getMinX(), Math.min(x, area.getMaxX() - width)));
        double top = Math.max(0, Math.max(area.getMinY(), Math.min(y, area.getMaxY() - height)));
        return new BoundingBox(left, top, width, height);
    }

    private static double overlap(Bounds a, Bounds b) {
        double width = Math.min(a.getMaxX(), b.getMaxX()) - Math.max(a.getMinX(), b.getMinX());
        double height = Math.min(a.getMaxY(), b.getMaxY()) - Math.max(a.getMinY(), b.getMinY());
        return width > 0 && height > 0 ? width * height : 0;
    }

    private static Bounds box(double left, double top, double right, double bottom) {
        return new BoundingBox(left, top, Math.max(0, right - left), Math.max(0, bottom - top));
    }
}
