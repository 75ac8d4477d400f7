package dev.ormplayground.render;

import java.util.ArrayList;
import java.util.List;

/**
 * The look of an exported picture: its theme, whether its ground is transparent (PNG and SVG),
 * and whether an SVG's text is drawn as outlines (PowerPoint ignores the fonts an SVG names).
 */
public record PictureLook(PictureTheme theme, boolean transparent, boolean outlines) {

    /** What the export made before themes: light, on white, text as text. */
    public static final PictureLook DEFAULT = new PictureLook(PictureTheme.LIGHT, false, false);

    /** The stylesheets over the pictures' own, in order. */
    List<String> stylesheets() {
        List<String> sheets = new ArrayList<>();
        theme.stylesheet().ifPresent(sheets::add);
        if (transparent) {
            sheets.add(PictureTheme.TRANSPARENT);
        }
        return sheets;
    }
}
