package dev.ormplayground.render.vector;

import java.awt.Dimension;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import javafx.scene.Parent;
import org.apache.batik.dom.GenericDOMImplementation;
import org.apache.batik.svggen.SVGGeneratorContext;
import org.apache.batik.svggen.SVGGraphics2D;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * A view as SVG, through Batik's SVGGraphics2D: text as text (a slide author can search, copy and
 * retouch it) in the bundled fonts' names, or as outlines for PowerPoint, which ignores fonts an
 * SVG names or embeds. The view's accessible sentence is its title and description.
 */
public final class SvgPicture {

    private static final String SVG_NS = "http://www.w3.org/2000/svg";
    /** A family Batik names, e.g. {@code font-family:'JetBrains Mono'}; the logical ones it maps itself. */
    private static final Pattern FAMILY = Pattern.compile("font-family:'([^']+)'");

    private SvgPicture() {
    }

    /** {@code root}, laid out at {@code width} x {@code height}, as SVG bytes. FX thread. */
    public static byte[] of(Parent root, double width, double height, String title, String description, boolean outlines) {
        Document document = GenericDOMImplementation.getDOMImplementation().createDocument(SVG_NS, "svg", null);
        SVGGeneratorContext context = SVGGeneratorContext.createDefault(document);
        context.setEmbeddedFontsOn(false);
        context.setComment("ORM Playground");
        SVGGraphics2D g = new SVGGraphics2D(context, outlines);
        g.setSVGCanvasSize(new Dimension((int) Math.ceil(width), (int) Math.ceil(height)));
        NodeDrawing.draw(root, g, outlines ? AwtFonts::of : AwtFonts::named);
        Element svg = g.getRoot();
        svg.setAttributeNS(null, "viewBox", "0 0 " + (int) Math.ceil(width) + " " + (int) Math.ceil(height));
        svg.setAttributeNS(null, "role", "img");
        Element titleElement = document.createElementNS(SVG_NS, "title");
        titleElement.setTextContent(title);
        Element desc = document.createElementNS(SVG_NS, "desc");
        desc.setTextContent(description);
        svg.insertBefore(desc, svg.getFirstChild());
        svg.insertBefore(titleElement, svg.getFirstChild());
        StringWriter text = new StringWriter();
        try {
            g.stream(svg, text, true, false);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the SVG", e);
        }
        // A viewer without the bundled fonts falls back to their kind, not to its default serif.
        return FAMILY.matcher(text.toString()).replaceAll(family -> family.group() + ","
                + (family.group(1).contains("Mono") ? "monospace" : "sans-serif")).getBytes(StandardCharsets.UTF_8);
    }
}
