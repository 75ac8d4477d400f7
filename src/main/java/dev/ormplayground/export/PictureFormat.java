package dev.ormplayground.export;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The formats a picture is written in: PNG (as before), SVG and PDF (vector, text kept as text). */
public enum PictureFormat {
    PNG, SVG, PDF;

    /** The file name's ending, e.g. {@code svg}. */
    public String extension() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** {@code name} with this format's ending in place of its own, e.g. {@code comparison.svg}. */
    public String fileName(String pngName) {
        return pngName.substring(0, pngName.lastIndexOf('.') + 1) + extension();
    }

    /**
     * The formats of a comma-separated list, e.g. {@code png,svg,pdf}, each once in the order given;
     * an IllegalArgumentException that names the wrong one and the valid ones.
     */
    public static List<PictureFormat> parse(String list) {
        List<PictureFormat> formats = new ArrayList<>();
        for (String word : list.split(",", -1)) {
            String name = word.strip().toUpperCase(Locale.ROOT);
            PictureFormat format = Arrays.stream(values()).filter(f -> f.name().equals(name)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("'" + word.strip() + "' is not a picture format; give "
                            + Arrays.stream(values()).map(PictureFormat::extension).collect(Collectors.joining(", "))
                            + ", comma separated"));
            if (!formats.contains(format)) {
                formats.add(format);
            }
        }
        return List.copyOf(formats);
    }
}
