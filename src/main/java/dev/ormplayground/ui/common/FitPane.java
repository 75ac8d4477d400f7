package dev.ormplayground.ui.common;

import javafx.scene.Parent;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;
import javafx.scene.transform.Scale;

/**
 * Shows a view drawn for a slide (sizes in pixels) in whatever room the window has: laid out
 * at the slide's width, as in the exported picture, and at least a minimum height, then scaled
 * uniformly to fit and centred. On a small window no column is cut and no text overlaps; on a
 * big screen (a projector) the text grows, up to {@value #MAX_SCALE} times.
 */
public final class FitPane extends Region {

    static final double MAX_SCALE = 1.5;

    private final double minContentWidth;
    private final double minContentHeight;
    private final Scale scale = new Scale(1, 1, 0, 0);
    private Parent content;

    public FitPane(double minContentWidth, double minContentHeight) {
        this.minContentWidth = minContentWidth;
        this.minContentHeight = minContentHeight;
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);
        setMinSize(0, 0);
    }

    public void setContent(Parent view) {
        if (content != null) {
            content.getTransforms().remove(scale);
        }
        content = view;
        if (view == null) {
            getChildren().clear();
            return;
        }
        view.getTransforms().add(scale);
        getChildren().setAll(view);
        requestLayout();
    }

    @Override
    protected void layoutChildren() {
        if (content == null) {
            return;
        }
        double width = getWidth();
        double height = getHeight();
        double factor = Math.min(MAX_SCALE, Math.min(width / minContentWidth, height / minContentHeight));
        if (factor <= 0) {
            return;
        }
        scale.setX(factor);
        scale.setY(factor);
        content.resizeRelocate(Math.max(0, (width - minContentWidth * factor) / 2), 0, minContentWidth,
                height / factor);
    }

    @Override
    protected double computePrefWidth(double height) {
        return minContentWidth / 2;
    }

    @Override
    protected double computePrefHeight(double width) {
        return minContentHeight / 2;
    }
}
