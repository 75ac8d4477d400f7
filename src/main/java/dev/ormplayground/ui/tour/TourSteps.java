package dev.ormplayground.ui.tour;

import static dev.ormplayground.ui.tour.TourTarget.firstOf;
import static dev.ormplayground.ui.tour.TourTarget.tab;
import static dev.ormplayground.ui.tour.TourTarget.withIdStarting;

import java.util.List;

/**
 * The tour's steps, in the order a newcomer meets the window: one entry each, so a new part of
 * the window is one more entry. A target names the panel's id; where the compact layout moves a
 * panel into a tab that may not be showing, the tab's header comes second.
 */
public final class TourSteps {

    private TourSteps() {
    }

    /** The tour of the Run view, for a ladder of {@code levels} levels. */
    public static List<TourStep> standard(int levels) {
        return List.of(
                new TourStep(firstOf("#ladder"), "The ladder",
                        "Each of its " + levels + " levels builds the same blog feed, from the slowest to the fastest."
                                + " Pick one with a click or the keys 1-" + levels + "; Enter runs it."),
                new TourStep(firstOf("#numbers"), "The numbers",
                        "What the last run cost: the queries it sent, its median latency and the rows it read. \"JVM"
                                + " still warming up\" means the times are not steady yet: give it a few seconds."),
                new TourStep(firstOf("#sqlPane").or(tab("#sharedPanels", "SQL")), "The SQL it sent",
                        "Every statement Hibernate sent, those of the same shape grouped in one row. A red N+1 mark"
                                + " is the same query once per item: the classic slow loop."),
                new TourStep(firstOf(".line-badge-n-plus-one", ".line-badge-sent")
                        .or(withIdStarting(".code-view", "currentCode-")), "Badges on the code",
                        "After a run, a badge left of a line counts the statements that line sent (×20), red for"
                                + " an N+1. Click a badge to see only its statements in the SQL list."),
                new TourStep(firstOf("#codeCompare"), "The code pair",
                        "This level's code beside the previous level's, the changed lines marked. The Django tab"
                                + " shows the article's code for the same step."),
                new TourStep(firstOf("#latencyChart").or(tab("#sharedPanels", "Latency")), "The latency chart",
                        "Every run is a point, so you see a level get faster or slower. A grey ring is a run made"
                                + " while the JVM was still warming up."),
                new TourStep(firstOf(".edit-copy", "#copyLevel"), "Your own level",
                        "Press E to edit a copy of the selected level, then Ctrl+Enter to compile and run it."
                                + " Change a line and watch what the SQL does."),
                new TourStep(firstOf("#viewChallenges"), "Challenges",
                        "Nine problems from the ladder to solve yourself: the goal and hints beside your code, and a"
                                + " check (Ctrl+Enter) that runs it on a hidden data set too and says what holds."));
    }
}
