package dev.ormplayground.ui.tour;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import org.junit.jupiter.api.Test;

/** Where a step's card goes: beside its target with room, else where it covers least; never outside the window. */
class CardPlacementTest {

    /** A card of 300 px wide and 150 high, twice as high at half the width (its text wraps), in a 1280x720 window. */
    private static final CardPlacement WINDOW = new CardPlacement(1280, 720, 300, 180, width -> 150 * 300 / width, 10);

    @Test
    void aCardGoesRightOfItsTargetWhenThereIsRoomAndLinesUpWithItsTop() {
        Bounds card = WINDOW.beside(box(10, 80, 230, 400));
        assertEquals(new BoundingBox(250, 80, 300, 150), card);
    }

    @Test
    void aTargetOnTheRightEdgeGetsItsCardOnTheLeft() {
        Bounds target = box(830, 190, 440, 200);
        Bounds card = WINDOW.beside(target);
        assertEquals(830 - 10 - 300, card.getMinX(), 1e-9);
        assertFalse(card.intersects(target));
    }

    @Test
    void aWideStripGetsItsCardBelow() {
        Bounds strip = box(250, 75, 1020, 110);
        Bounds card = WINDOW.beside(strip);
        assertEquals(new BoundingBox(250, 195, 300, 150), card);
    }

    @Test
    void aNarrowRoomTakesANarrowerTallerCardBeforeCoveringTheTarget() {
        CardPlacement narrow = new CardPlacement(600, 400, 300, 180, width -> 150 * 300 / width, 10);
        Bounds target = box(10, 10, 380, 380); // right of it 600 - 390, less a gap each side: 190 px
        Bounds card = narrow.beside(target);
        assertEquals(190, card.getWidth(), 1e-9);
        assertEquals(150 * 300 / 190.0, card.getHeight(), 1e-9);
        assertFalse(card.intersects(target));
        assertInside(card, 600, 400);
    }

    @Test
    void aTargetAsBigAsTheWindowGetsTheCardWhereItCoversLeastInsideTheWindow() {
        Bounds target = box(0, 300, 1280, 420);
        Bounds card = WINDOW.beside(target);
        assertFalse(card.intersects(target), "above it there is room: " + card);
        Bounds whole = box(0, 0, 1280, 720);
        assertInside(WINDOW.beside(whole), 1280, 720);
    }

    @Test
    void withoutATargetTheCardIsInTheMiddleAndAWindowSmallerThanTheCardKeepsItsTopLeftCorner() {
        Bounds card = WINDOW.centred();
        assertEquals(640, card.getCenterX(), 1e-9);
        assertEquals(360, card.getCenterY(), 1e-9);
        CardPlacement tiny = new CardPlacement(200, 100, 300, 180, width -> 150, 10);
        Bounds squeezed = tiny.centred();
        assertTrue(squeezed.getMinX() >= 0 && squeezed.getMinY() >= 0, squeezed.toString());
        assertInside(squeezed, 200, 100);
    }

    private static void assertInside(Bounds card, double width, double height) {
        assertTrue(card.getMinX() >= 0 && card.getMinY() >= 0 && card.getMaxX() <= width && card.getMaxY() <= height,
                card + " inside " + width + "x" + height);
    }

    private static Bounds box(double x, double y, double width, double height) {
        return new BoundingBox(x, y, width, height);
    }
}
