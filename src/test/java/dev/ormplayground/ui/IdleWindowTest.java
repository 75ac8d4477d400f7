package dev.ormplayground.ui;

import static dev.ormplayground.ui.WindowFixture.fx;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * A window with nothing to do costs nothing: once its first run is drawn, nothing asks for
 * another pulse (no animation, no clock, no layout that undoes itself), so the FX thread and the
 * renderer sleep. Counted with the scene's own pulse listener, called for every pulse that
 * reaches the scene. Before, the feed list and the latency chart laid themselves out again on
 * every pulse: a quarter of a core, idle.
 */
@ExtendWith(ApplicationExtension.class)
class IdleWindowTest {

    private static final long SETTLE_GAP_MILLIS = 500;

    @RegisterExtension
    final WindowFixture fixture = WindowFixture.likeTheApp();

    @Test
    void anIdleWindowRunsNoPulseForASecond(FxRobot robot) throws Exception {
        fixture.waitUntilFirstRunShown();
        Scene scene = fx(() -> fixture.stage.getScene());
        AtomicLong lastPulse = new AtomicLong(System.nanoTime());
        AtomicLong quietFrom = new AtomicLong(Long.MAX_VALUE);
        AtomicReference<List<String>> waitingForLayout = new AtomicReference<>(List.of());
        CountDownLatch pulseWhileQuiet = new CountDownLatch(1);
        Runnable counter = () -> {
            long now = System.nanoTime();
            lastPulse.set(now);
            waitingForLayout.set(needingLayout(scene.getRoot(), new ArrayList<>()));
            if (now - quietFrom.get() > 0) {
                pulseWhileQuiet.countDown();
            }
        };
        fx(() -> {
            scene.addPreLayoutPulseListener(counter);
            return null;
        });
        try {
            try { // what the first run still had to draw is drawn: then half a second without a pulse
                WindowFixture.waitUntil(20, () -> System.nanoTime() - lastPulse.get()
                        > TimeUnit.MILLISECONDS.toNanos(SETTLE_GAP_MILLIS));
            } catch (TimeoutException e) {
                fail("never half a second without a pulse; laid out at each: " + waitingForLayout.get());
            }
            quietFrom.set(System.nanoTime());
            assertFalse(pulseWhileQuiet.await(1, TimeUnit.SECONDS),
                    "a pulse in a second of nothing happening; it laid out " + waitingForLayout.get());
        } finally {
            fx(() -> {
                scene.removePreLayoutPulseListener(counter);
                return null;
            });
        }
    }

    /** The parents waiting for a layout, each named with the ids above it: what a pulse was for. */
    private static List<String> needingLayout(Node node, List<String> found) {
        if (node instanceof Parent parent) {
            if (parent.isNeedsLayout() && found.size() < 10) {
                StringBuilder where = new StringBuilder(parent.getClass().getSimpleName());
                for (Parent up = parent.getParent(); up != null; up = up.getParent()) {
                    if (up.getId() != null) {
                        where.append(" < #").append(up.getId());
                    }
                }
                found.add(where.toString());
            }
            parent.getChildrenUnmodifiable().forEach(child -> needingLayout(child, found));
        }
        return found;
    }
}
