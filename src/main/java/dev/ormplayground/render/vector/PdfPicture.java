package dev.ormplayground.render.vector;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import javafx.scene.Parent;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;

/**
 * A view as a one-page PDF, through PDFBox's Graphics2D bridge: the text selectable and
 * searchable, in the bundled fonts, embedded; the view's accessible sentence is the document's
 * title and subject. On a slide one CSS pixel is one PDF point (a 1280x720 slide is 1280 x 720
 * pt); on paper {@code pointsPerPixel} is 0.75, 96 pixels to the inch, so A4 prints as A4.
 */
public final class PdfPicture {

    private PdfPicture() {
    }

    /** {@code root}, laid out at {@code width} x {@code height}, as PDF bytes. FX thread. */
    public static byte[] of(Parent root, double width, double height, double pointsPerPixel, String title,
                            String description) {
        return pages(List.of(root), width, height, pointsPerPixel, title, description);
    }

    /** Each view, laid out at {@code width} x {@code height}, on a page of its own, in one PDF. FX thread. */
    public static byte[] pages(List<? extends Parent> views, double width, double height, double pointsPerPixel,
                               String title, String description) {
        float pageWidth = (float) (width * pointsPerPixel);
        float pageHeight = (float) (height * pointsPerPixel);
        try (PDDocument document = new PDDocument(); PdfBoxGraphics2DFontTextDrawer fonts = new PdfBoxGraphics2DFontTextDrawer()) {
            for (AwtFonts.Face face : AwtFonts.faces()) {
                try (InputStream in = face.open()) {
                    fonts.registerFont(AwtFonts.base(face).getFontName(), in);
                }
            }
            for (Parent view : views) {
                PDPage page = new PDPage(new PDRectangle(pageWidth, pageHeight));
                document.addPage(page);
                PdfBoxGraphics2D g = new PdfBoxGraphics2D(document, pageWidth, pageHeight);
                g.setFontTextDrawer(fonts);
                g.scale(pointsPerPixel, pointsPerPixel);
                NodeDrawing.draw(view, g, AwtFonts::of);
                g.dispose();
                PDFormXObject drawing = g.getXFormObject();
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.drawForm(drawing);
                }
            }
            document.getDocumentInformation().setTitle(title);
            document.getDocumentInformation().setSubject(description);
            document.getDocumentInformation().setCreator("ORM Playground");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the PDF", e);
        }
    }
}
