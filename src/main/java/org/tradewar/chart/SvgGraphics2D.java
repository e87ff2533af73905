package org.tradewar.chart;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Composite;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.GradientPaint;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.GraphicsConfiguration;
import java.awt.Image;
import java.awt.Paint;
import java.awt.Polygon;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.geom.AffineTransform;
import java.awt.geom.Arc2D;
import java.awt.geom.Area;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.NoninvertibleTransformException;
import java.awt.geom.Path2D;
import java.awt.geom.PathIterator;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.BufferedImageOp;
import java.awt.image.ImageObserver;
import java.awt.image.RenderedImage;
import java.awt.image.renderable.RenderableImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.AttributedCharacterIterator;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * A {@link Graphics2D} that writes SVG 1.1 for what JFreeChart draws: shapes as {@code <path>}
 * (solid and gradient paint, alpha, {@link BasicStroke} width, dash, cap and join), text as {@code
 * <text>}, clips as {@code <clipPath>}, transforms, images as base64 PNG. Our own code, so no GPL
 * library in the jar (docs/licenses.md). The output is deterministic: ids are numbered in drawing
 * order under a prefix and numbers have a fixed format, so the same chart gives the same bytes.
 *
 * <p>{@link #KEY_ELEMENT_TITLE} gives the next shape or text drawn a {@code <title>}, which
 * browsers show on hover.
 */
public final class SvgGraphics2D extends Graphics2D {

  /** Hint: a title (a String) for the next element drawn; used once, then cleared. */
  public static final RenderingHints.Key KEY_ELEMENT_TITLE = new TitleKey();

  private static final class TitleKey extends RenderingHints.Key {
    TitleKey() {
      super(0x54574731); // any int: the key's identity is this class and this number
    }

    @Override
    public boolean isCompatibleValue(Object val) {
      return val == null || val instanceof String;
    }

    @Override
    public String toString() {
      return "tradewar SVG element title";
    }
  }

  /** What every graphics made by {@link #create()} shares: the output and the defs. */
  private static final class Doc {
    final int width;
    final int height;
    final String prefix;
    final StringBuilder defs = new StringBuilder();
    final StringBuilder body = new StringBuilder();
    // the same clip (by its path data) or gradient (by its definition) is defined once
    final Map<String, String> clips = new HashMap<>();
    final Map<String, String> gradients = new HashMap<>();
    final Map<Font, Map<Integer, Character>> glyphs =
        new HashMap<>(); // by font: glyph code to char
    String openClip; // id of the clip of the open <g>, null if none is open
    // a raster graphics for font metrics only, so that text is laid out as in the PNG
    final Graphics2D metrics =
        new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB).createGraphics();

    Doc(int width, int height, String prefix) {
      this.width = width;
      this.height = height;
      this.prefix = prefix;
    }
  }

  private final Doc doc;
  private AffineTransform transform = new AffineTransform();
  private Shape clip; // device space; null means none
  private String clipId; // id of the defined clip, null if not defined yet (or no clip)
  private Paint paint = Color.BLACK;
  private Color color = Color.BLACK;
  private Color background = Color.WHITE;
  private Composite composite = AlphaComposite.SrcOver;
  private Stroke stroke = new BasicStroke(1f);
  private Font font = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
  private final RenderingHints hints = new RenderingHints(null);

  /**
   * A drawing surface of {@code width} x {@code height} user units; {@code idPrefix} (letters,
   * digits, '_', '-' kept; the rest becomes '_') starts every id, so two SVGs inlined in one page
   * do not clash.
   */
  public SvgGraphics2D(int width, int height, String idPrefix) {
    String p =
        (idPrefix == null || idPrefix.isEmpty() ? "tw" : idPrefix)
            .replaceAll("[^A-Za-z0-9_-]", "_");
    if (!Character.isLetter(p.charAt(0)) && p.charAt(0) != '_') {
      p = "_" + p; // an XML id starts with a letter or '_'
    }
    this.doc = new Doc(width, height, p);
  }

  private SvgGraphics2D(SvgGraphics2D g) {
    this.doc = g.doc;
    this.transform = new AffineTransform(g.transform);
    this.clip = g.clip;
    this.clipId = g.clipId;
    this.paint = g.paint;
    this.color = g.color;
    this.background = g.background;
    this.composite = g.composite;
    this.stroke = g.stroke;
    this.font = g.font;
    this.hints.putAll(g.hints);
  }

  /** The SVG document drawn so far: XML declaration, no DOCTYPE, a view box of the size. */
  public String document() {
    StringBuilder s = new StringBuilder(doc.defs.length() + doc.body.length() + 400);
    s.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        .append(
            "<svg xmlns=\"http://www.w3.org/2000/svg\""
                + " xmlns:xlink=\"http://www.w3.org/1999/xlink\"")
        .append(" width=\"")
        .append(doc.width)
        .append("\" height=\"")
        .append(doc.height)
        .append("\" viewBox=\"0 0 ")
        .append(doc.width)
        .append(' ')
        .append(doc.height)
        .append("\">\n");
    if (doc.defs.length() > 0) {
      s.append("<defs>\n").append(doc.defs).append("</defs>\n");
    }
    s.append(doc.body);
    if (doc.openClip != null) {
      s.append("</g>\n");
    }
    return s.append("</svg>\n").toString();
  }

  // ---- output

  /** Opens the element {@code <name}, inside a group with the current clip. */
  private StringBuilder open(String name) {
    String id = clipId();
    if (!java.util.Objects.equals(id, doc.openClip)) {
      if (doc.openClip != null) {
        doc.body.append("</g>\n");
      }
      if (id != null) {
        doc.body.append("<g clip-path=\"url(#").append(id).append(")\">\n");
      }
      doc.openClip = id;
    }
    return doc.body.append('<').append(name);
  }

  /** Ends the element opened by {@link #open}: with the title of the hint, if any, as a child. */
  private void close(String name, String content) {
    StringBuilder b = doc.body;
    transformAttribute(b, transform);
    if (hints.get(RenderingHints.KEY_ANTIALIASING) == RenderingHints.VALUE_ANTIALIAS_OFF
        && content == null) {
      b.append(
          " shape-rendering=\"crispEdges\""); // as the raster: JFreeChart turns it off on purpose
    }
    Object title = hints.get(KEY_ELEMENT_TITLE);
    if (title == null && content == null) {
      b.append("/>\n");
      return;
    }
    b.append('>');
    if (title != null) {
      hints.remove(KEY_ELEMENT_TITLE); // for the next element only, as JFreeSVG's hint was
      b.append("<title>").append(escape(title.toString())).append("</title>");
    }
    if (content != null) {
      b.append(escape(content));
    }
    b.append("</").append(name).append(">\n");
  }

  private String clipId() {
    if (clip == null) {
      return null;
    }
    if (clipId == null) {
      String d = pathData(clip);
      String id = doc.clips.get(d);
      if (id == null) {
        id = doc.prefix + "-clip" + doc.clips.size();
        doc.clips.put(d, id);
        doc.defs
            .append("<clipPath id=\"")
            .append(id)
            .append("\"><path d=\"")
            .append(d)
            .append("\"/></clipPath>\n");
      }
      clipId = id;
    }
    return clipId;
  }

  private static void transformAttribute(StringBuilder b, AffineTransform t) {
    if (t.isIdentity()) {
      return;
    }
    b.append(" transform=\"");
    if (t.getType() == AffineTransform.TYPE_TRANSLATION) {
      b.append("translate(")
          .append(num(t.getTranslateX()))
          .append(',')
          .append(num(t.getTranslateY()));
    } else {
      b.append("matrix(")
          .append(num6(t.getScaleX()))
          .append(',')
          .append(num6(t.getShearY()))
          .append(',')
          .append(num6(t.getShearX()))
          .append(',')
          .append(num6(t.getScaleY()))
          .append(',')
          .append(num(t.getTranslateX()))
          .append(',')
          .append(num(t.getTranslateY()));
    }
    b.append(")\"");
  }

  /** {@code s} as SVG path data, coordinates rounded to 1/100. */
  static String pathData(Shape s) {
    StringBuilder b = new StringBuilder();
    double[] c = new double[6];
    for (PathIterator it = s.getPathIterator(null); !it.isDone(); it.next()) {
      int type = it.currentSegment(c);
      switch (type) {
        case PathIterator.SEG_MOVETO -> points(b.append('M'), c, 1);
        case PathIterator.SEG_LINETO -> points(b.append('L'), c, 1);
        case PathIterator.SEG_QUADTO -> points(b.append('Q'), c, 2);
        case PathIterator.SEG_CUBICTO -> points(b.append('C'), c, 3);
        default -> b.append('Z');
      }
    }
    return b.toString();
  }

  private static void points(StringBuilder b, double[] c, int n) {
    for (int i = 0; i < 2 * n; i++) {
      if (i > 0) {
        b.append(' ');
      }
      b.append(num(c[i]));
    }
  }

  /** A number with at most 2 decimals, no exponent, no "-0": the same value gives the same text. */
  static String num(double v) {
    return fixed(v, 100);
  }

  private static String num6(double v) {
    return fixed(v, 1_000_000);
  }

  private static String fixed(double v, long scale) {
    if (!Double.isFinite(v)) {
      return "0";
    }
    long n = Math.round(v * scale);
    if (n == 0) {
      return "0";
    }
    StringBuilder b = new StringBuilder();
    if (n < 0) {
      b.append('-');
      n = -n;
    }
    b.append(n / scale);
    long frac = n % scale;
    if (frac != 0) {
      String f = Long.toString(frac + scale).substring(1); // zero-padded to the scale's digits
      int end = f.length();
      while (f.charAt(end - 1) == '0') {
        end--;
      }
      b.append('.').append(f, 0, end);
    }
    return b.toString();
  }

  static String escape(String s) {
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      switch (ch) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        default ->
            b.append(
                ch < 0x20 && ch != '\n' && ch != '\t' ? ' ' : ch); // no control chars in XML 1.0
      }
    }
    return b.toString();
  }

  private static String hex(Color c) {
    return String.format(java.util.Locale.ROOT, "#%06x", c.getRGB() & 0xFFFFFF);
  }

  private float compositeAlpha() {
    return composite instanceof AlphaComposite a ? a.getAlpha() : 1f;
  }

  /** {@code fill} or {@code stroke} attributes for the current paint. */
  private void paintAttributes(StringBuilder b, String what) {
    Color c;
    if (paint instanceof Color pc) {
      c = pc;
      b.append(' ').append(what).append("=\"").append(hex(c)).append('"');
    } else if (paint instanceof GradientPaint gp) {
      c = null;
      b.append(' ').append(what).append("=\"url(#").append(gradient(gp)).append(")\"");
    } else {
      c = color; // a paint SVG cannot say (not used by our charts): the last colour
      b.append(' ').append(what).append("=\"").append(hex(c)).append('"');
    }
    double alpha = (c == null ? 1 : c.getAlpha() / 255.0) * compositeAlpha();
    if (alpha < 1) {
      b.append(' ').append(what).append("-opacity=\"").append(fixed(alpha, 1000)).append('"');
    }
  }

  private String gradient(GradientPaint gp) {
    StringBuilder d = new StringBuilder();
    Point2D p1 = gp.getPoint1();
    Point2D p2 = gp.getPoint2();
    d.append(" gradientUnits=\"userSpaceOnUse\" x1=\"")
        .append(num(p1.getX()))
        .append("\" y1=\"")
        .append(num(p1.getY()))
        .append("\" x2=\"")
        .append(num(p2.getX()))
        .append("\" y2=\"")
        .append(num(p2.getY()))
        .append('"')
        .append(gp.isCyclic() ? " spreadMethod=\"reflect\"" : "")
        .append('>');
    stop(d, 0, gp.getColor1());
    stop(d, 1, gp.getColor2());
    String key = d.toString();
    String id = doc.gradients.get(key);
    if (id == null) {
      id = doc.prefix + "-grad" + doc.gradients.size();
      doc.gradients.put(key, id);
      doc.defs
          .append("<linearGradient id=\"")
          .append(id)
          .append('"')
          .append(key)
          .append("</linearGradient>\n");
    }
    return id;
  }

  private static void stop(StringBuilder d, int offset, Color c) {
    d.append("<stop offset=\"")
        .append(offset)
        .append("\" stop-color=\"")
        .append(hex(c))
        .append('"');
    if (c.getAlpha() < 255) {
      d.append(" stop-opacity=\"").append(fixed(c.getAlpha() / 255.0, 1000)).append('"');
    }
    d.append("/>");
  }

  // ---- drawing

  @Override
  public void fill(Shape s) {
    if (s == null) {
      return;
    }
    StringBuilder b = open("path").append(" d=\"").append(pathData(s)).append('"');
    paintAttributes(b, "fill");
    if (s.getPathIterator(null).getWindingRule() == PathIterator.WIND_EVEN_ODD) {
      b.append(" fill-rule=\"evenodd\"");
    }
    close("path", null);
  }

  @Override
  public void draw(Shape s) {
    if (s == null) {
      return;
    }
    if (!(stroke instanceof BasicStroke bs)) {
      fill(stroke.createStrokedShape(s)); // a stroke SVG cannot say: its outline
      return;
    }
    StringBuilder b = open("path").append(" d=\"").append(pathData(s)).append("\" fill=\"none\"");
    paintAttributes(b, "stroke");
    // width 0 is Java's thinnest line; SVG would draw nothing
    b.append(" stroke-width=\"")
        .append(bs.getLineWidth() == 0 ? "1" : num(bs.getLineWidth()))
        .append('"');
    switch (bs.getEndCap()) {
      case BasicStroke.CAP_ROUND -> b.append(" stroke-linecap=\"round\"");
      case BasicStroke.CAP_SQUARE -> b.append(" stroke-linecap=\"square\"");
      default -> {} // butt: SVG's default
    }
    switch (bs.getLineJoin()) {
      case BasicStroke.JOIN_ROUND -> b.append(" stroke-linejoin=\"round\"");
      case BasicStroke.JOIN_BEVEL -> b.append(" stroke-linejoin=\"bevel\"");
      default ->
          b.append(" stroke-miterlimit=\"")
              .append(num(Math.max(1, bs.getMiterLimit())))
              .append('"');
    }
    float[] dash = bs.getDashArray();
    if (dash != null && dash.length > 0) {
      b.append(" stroke-dasharray=\"");
      for (int i = 0; i < dash.length; i++) {
        b.append(i > 0 ? "," : "").append(num(dash[i]));
      }
      b.append('"');
      if (bs.getDashPhase() != 0) {
        b.append(" stroke-dashoffset=\"").append(num(bs.getDashPhase())).append('"');
      }
    }
    close("path", null);
  }

  @Override
  public void drawString(String str, float x, float y) {
    if (str == null || str.isEmpty()) {
      return;
    }
    AffineTransform saved = null;
    float tx = x;
    float ty = y;
    if (font.isTransformed()) {
      // a font with its own transform (rotated labels): draw at the origin of its transform
      saved = transform;
      transform = new AffineTransform(transform);
      transform.translate(x, y);
      transform.concatenate(font.getTransform());
      tx = 0;
      ty = 0;
    }
    StringBuilder b =
        open("text").append(" x=\"").append(num(tx)).append("\" y=\"").append(num(ty)).append('"');
    b.append(" font-family=\"")
        .append(escape(family(font)))
        .append("\" font-size=\"")
        .append(num(font.getSize2D()))
        .append('"');
    if (font.isBold()) {
      b.append(" font-weight=\"bold\"");
    }
    if (font.isItalic()) {
      b.append(" font-style=\"italic\"");
    }
    paintAttributes(b, "fill");
    // JFreeChart placed the text by the width Java measured; a viewer whose sans-serif is another
    // font (wider or narrower) fits the text to that width, so centred and right-aligned text stay
    // put
    Font measured =
        font.isTransformed()
            ? font.deriveFont(new AffineTransform())
            : font; // its transform is on the element
    double w = measured.getStringBounds(str, metrics().getFontRenderContext()).getWidth();
    b.append(" textLength=\"").append(num(w)).append("\" lengthAdjust=\"spacingAndGlyphs\"");
    if (!str.strip().equals(str) || str.contains("  ")) {
      b.append(" xml:space=\"preserve\""); // keep the spaces JFreeChart measured
    }
    close("text", str);
    if (saved != null) {
      transform = saved;
    }
  }

  /**
   * The CSS family of a Java font: the logical fonts as their generic families (a font Java lacks
   * is drawn, and measured, as Dialog, so it is sans-serif too).
   */
  private static String family(Font f) {
    return switch (f.getFamily()) {
      case Font.SANS_SERIF, Font.DIALOG -> LogicalFonts.SANS;
      case Font.SERIF -> LogicalFonts.SERIF;
      case Font.MONOSPACED, Font.DIALOG_INPUT -> LogicalFonts.MONO;
      default -> "'" + f.getFamily().replace("'", "") + "', sans-serif";
    };
  }

  /**
   * The generic families, each after the installed font Java draws it with (found by its widths),
   * so a viewer that has that font draws the text as the PNG does; the others fall back.
   */
  private static final class LogicalFonts {
    static final String SANS =
        physical(
            Font.SANS_SERIF,
            "sans-serif",
            "DejaVu Sans",
            "Liberation Sans",
            "Arial",
            "Helvetica",
            "Noto Sans",
            "Lucida Grande");
    static final String SERIF =
        physical(
            Font.SERIF,
            "serif",
            "DejaVu Serif",
            "Liberation Serif",
            "Times New Roman",
            "Times",
            "Noto Serif");
    static final String MONO =
        physical(
            Font.MONOSPACED,
            "monospace",
            "DejaVu Sans Mono",
            "Liberation Mono",
            "Courier New",
            "Menlo",
            "Noto Sans Mono");

    private static String physical(String logical, String generic, String... candidates) {
      FontRenderContext frc = new FontRenderContext(null, true, true);
      String sample = "Escalation timeline: 25% on $250B, Jan 2019 (W)";
      java.util.Set<String> installed =
          java.util.Set.of(
              java.awt.GraphicsEnvironment.getLocalGraphicsEnvironment()
                  .getAvailableFontFamilyNames(java.util.Locale.ROOT));
      for (String c : candidates) {
        if (installed.contains(c)
            && sameWidths(
                new Font(logical, Font.PLAIN, 100), new Font(c, Font.PLAIN, 100), sample, frc)
            && sameWidths(
                new Font(logical, Font.BOLD, 100), new Font(c, Font.BOLD, 100), sample, frc)) {
          return "'" + c + "', " + generic;
        }
      }
      return generic;
    }

    private static boolean sameWidths(Font a, Font b, String s, FontRenderContext frc) {
      return a.getStringBounds(s, frc).getWidth() == b.getStringBounds(s, frc).getWidth();
    }
  }

  @Override
  public void drawString(String str, int x, int y) {
    drawString(str, (float) x, (float) y);
  }

  @Override
  public void drawString(AttributedCharacterIterator it, float x, float y) {
    // the text, in the current font (JFreeChart draws attributed labels only when asked to)
    StringBuilder s = new StringBuilder();
    for (char ch = it.first(); ch != AttributedCharacterIterator.DONE; ch = it.next()) {
      s.append(ch);
    }
    drawString(s.toString(), x, y);
  }

  @Override
  public void drawString(AttributedCharacterIterator it, int x, int y) {
    drawString(it, (float) x, (float) y);
  }

  @Override
  public void drawGlyphVector(GlyphVector g, float x, float y) {
    // JFreeChart draws rotated labels through a TextLayout, which arrives here as glyphs: as text
    // if the glyphs are plainly those of a string in their font, else as their outlines
    String text = decode(g);
    if (text == null) {
      fill(g.getOutline(x, y));
      return;
    }
    Font saved = font;
    font = g.getFont();
    Point2D p = g.getGlyphPosition(0);
    drawString(text, (float) (x + p.getX()), (float) (y + p.getY()));
    font = saved;
  }

  /**
   * The string whose glyphs {@code g} is, or null if it is not one plain run of known characters.
   */
  private String decode(GlyphVector g) {
    int n = g.getNumGlyphs();
    if (n == 0) {
      return null;
    }
    Map<Integer, Character> chars =
        doc.glyphs.computeIfAbsent(g.getFont(), f -> glyphChars(f, g.getFontRenderContext()));
    StringBuilder s = new StringBuilder(n);
    for (int code : g.getGlyphCodes(0, n, null)) {
      Character c = chars.get(code);
      if (c == null) {
        return null;
      }
      s.append(c.charValue());
    }
    // the same glyphs again from the string: else kerning, ligatures or a lookalike glyph
    GlyphVector again = g.getFont().createGlyphVector(g.getFontRenderContext(), s.toString());
    return java.util.Arrays.equals(
            again.getGlyphCodes(0, again.getNumGlyphs(), null), g.getGlyphCodes(0, n, null))
        ? s.toString()
        : null;
  }

  /** Glyph code to character, for the Latin characters and common punctuation of {@code f}. */
  private static Map<Integer, Character> glyphChars(Font f, FontRenderContext frc) {
    StringBuilder all = new StringBuilder();
    for (char c = 0x20; c < 0x250; c++) {
      all.append(c);
    }
    all.append("\u2013\u2014\u2018\u2019\u201C\u201D\u2026\u2248\u2264\u2265\u2212\u20AC");
    Map<Integer, Character> out = new HashMap<>();
    int missing = f.getMissingGlyphCode();
    for (int i = 0; i < all.length(); i++) {
      char c = all.charAt(i);
      if (!Character.isDefined(c) || Character.isISOControl(c)) {
        continue;
      }
      int code = f.createGlyphVector(frc, new char[] {c}).getGlyphCode(0);
      if (code != missing) {
        out.putIfAbsent(code, c);
      }
    }
    return out;
  }

  @Override
  public boolean drawImage(Image img, AffineTransform xform, ImageObserver obs) {
    AffineTransform saved = transform;
    transform = new AffineTransform(transform);
    if (xform != null) {
      transform.concatenate(xform);
    }
    drawImage(img, 0, 0, obs);
    transform = saved;
    return true;
  }

  @Override
  public void drawImage(BufferedImage img, BufferedImageOp op, int x, int y) {
    drawImage(op == null ? img : op.filter(img, null), x, y, null);
  }

  @Override
  public void drawRenderedImage(RenderedImage img, AffineTransform xform) {
    if (img instanceof BufferedImage bi) {
      drawImage(bi, xform, null);
    }
  }

  @Override
  public void drawRenderableImage(RenderableImage img, AffineTransform xform) {
    drawRenderedImage(img.createDefaultRendering(), xform);
  }

  @Override
  public boolean drawImage(Image img, int x, int y, ImageObserver observer) {
    return img == null
        || drawImage(img, x, y, img.getWidth(observer), img.getHeight(observer), observer);
  }

  @Override
  public boolean drawImage(Image img, int x, int y, int width, int height, ImageObserver observer) {
    if (img == null || width <= 0 || height <= 0) {
      return true;
    }
    StringBuilder b =
        open("image")
            .append(" x=\"")
            .append(x)
            .append("\" y=\"")
            .append(y)
            .append("\" width=\"")
            .append(width)
            .append("\" height=\"")
            .append(height)
            .append("\" preserveAspectRatio=\"none\" xlink:href=\"data:image/png;base64,")
            .append(Base64.getEncoder().encodeToString(png(img)))
            .append('"');
    if (compositeAlpha() < 1) {
      b.append(" opacity=\"").append(fixed(compositeAlpha(), 1000)).append('"');
    }
    close("image", null);
    return true;
  }

  private static byte[] png(Image img) {
    BufferedImage bi;
    if (img instanceof BufferedImage b) {
      bi = b;
    } else {
      bi =
          new BufferedImage(
              Math.max(1, img.getWidth(null)),
              Math.max(1, img.getHeight(null)),
              BufferedImage.TYPE_INT_ARGB);
      Graphics2D g = bi.createGraphics();
      g.drawImage(img, 0, 0, null);
      g.dispose();
    }
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ImageIO.write(bi, "png", out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public boolean drawImage(Image img, int x, int y, Color bgcolor, ImageObserver observer) {
    return img == null
        || drawImage(img, x, y, img.getWidth(observer), img.getHeight(observer), bgcolor, observer);
  }

  @Override
  public boolean drawImage(
      Image img, int x, int y, int width, int height, Color bgcolor, ImageObserver observer) {
    if (bgcolor != null) {
      Paint saved = paint;
      setPaint(bgcolor);
      fillRect(x, y, width, height);
      setPaint(saved);
    }
    return drawImage(img, x, y, width, height, observer);
  }

  @Override
  public boolean drawImage(
      Image img,
      int dx1,
      int dy1,
      int dx2,
      int dy2,
      int sx1,
      int sy1,
      int sx2,
      int sy2,
      ImageObserver observer) {
    return drawImage(img, dx1, dy1, dx2, dy2, sx1, sy1, sx2, sy2, null, observer);
  }

  @Override
  public boolean drawImage(
      Image img,
      int dx1,
      int dy1,
      int dx2,
      int dy2,
      int sx1,
      int sy1,
      int sx2,
      int sy2,
      Color bgcolor,
      ImageObserver observer) {
    int sw = Math.abs(sx2 - sx1);
    int sh = Math.abs(sy2 - sy1);
    if (img == null || sw == 0 || sh == 0) {
      return true;
    }
    // the source rectangle as an image of its own, then drawn into the destination
    BufferedImage part = new BufferedImage(sw, sh, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = part.createGraphics();
    g.drawImage(img, 0, 0, sw, sh, sx1, sy1, sx2, sy2, null);
    g.dispose();
    return drawImage(
        part,
        Math.min(dx1, dx2),
        Math.min(dy1, dy2),
        Math.abs(dx2 - dx1),
        Math.abs(dy2 - dy1),
        bgcolor,
        observer);
  }

  // ---- Graphics primitives, as shapes

  @Override
  public void drawLine(int x1, int y1, int x2, int y2) {
    draw(new Line2D.Double(x1, y1, x2, y2));
  }

  @Override
  public void drawRect(int x, int y, int width, int height) {
    draw(new Rectangle(x, y, width, height));
  }

  @Override
  public void fillRect(int x, int y, int width, int height) {
    fill(new Rectangle(x, y, width, height));
  }

  @Override
  public void clearRect(int x, int y, int width, int height) {
    Paint savedPaint = paint;
    Composite savedComposite = composite;
    setPaint(background);
    composite = AlphaComposite.Src;
    fillRect(x, y, width, height);
    paint = savedPaint;
    composite = savedComposite;
  }

  @Override
  public void drawRoundRect(int x, int y, int width, int height, int arcWidth, int arcHeight) {
    draw(new RoundRectangle2D.Double(x, y, width, height, arcWidth, arcHeight));
  }

  @Override
  public void fillRoundRect(int x, int y, int width, int height, int arcWidth, int arcHeight) {
    fill(new RoundRectangle2D.Double(x, y, width, height, arcWidth, arcHeight));
  }

  @Override
  public void drawOval(int x, int y, int width, int height) {
    draw(new Ellipse2D.Double(x, y, width, height));
  }

  @Override
  public void fillOval(int x, int y, int width, int height) {
    fill(new Ellipse2D.Double(x, y, width, height));
  }

  @Override
  public void drawArc(int x, int y, int width, int height, int startAngle, int arcAngle) {
    draw(new Arc2D.Double(x, y, width, height, startAngle, arcAngle, Arc2D.OPEN));
  }

  @Override
  public void fillArc(int x, int y, int width, int height, int startAngle, int arcAngle) {
    fill(new Arc2D.Double(x, y, width, height, startAngle, arcAngle, Arc2D.PIE));
  }

  @Override
  public void drawPolyline(int[] xPoints, int[] yPoints, int nPoints) {
    if (nPoints < 1) {
      return;
    }
    Path2D p = new Path2D.Double();
    p.moveTo(xPoints[0], yPoints[0]);
    for (int i = 1; i < nPoints; i++) {
      p.lineTo(xPoints[i], yPoints[i]);
    }
    draw(p);
  }

  @Override
  public void drawPolygon(int[] xPoints, int[] yPoints, int nPoints) {
    draw(new Polygon(xPoints, yPoints, nPoints));
  }

  @Override
  public void fillPolygon(int[] xPoints, int[] yPoints, int nPoints) {
    fill(new Polygon(xPoints, yPoints, nPoints));
  }

  @Override
  public void copyArea(int x, int y, int width, int height, int dx, int dy) {
    // nothing to copy from in a vector document; JFreeChart does not ask for it
  }

  @Override
  public boolean hit(Rectangle rect, Shape s, boolean onStroke) {
    Shape user = onStroke ? stroke.createStrokedShape(s) : s;
    return transform.createTransformedShape(user).intersects(rect);
  }

  // ---- state

  @Override
  public Graphics create() {
    return new SvgGraphics2D(this);
  }

  @Override
  public void dispose() {
    // nothing held: the document lives on in the graphics that created this one
  }

  @Override
  public GraphicsConfiguration getDeviceConfiguration() {
    return doc.metrics.getDeviceConfiguration();
  }

  @Override
  public void setComposite(Composite comp) {
    if (comp != null) {
      composite = comp;
    }
  }

  @Override
  public Composite getComposite() {
    return composite;
  }

  @Override
  public void setPaint(Paint p) {
    if (p == null) {
      return;
    }
    paint = p;
    if (p instanceof Color c) {
      color = c;
    }
  }

  @Override
  public Paint getPaint() {
    return paint;
  }

  @Override
  public Color getColor() {
    return color;
  }

  @Override
  public void setColor(Color c) {
    setPaint(c);
  }

  @Override
  public void setBackground(Color c) {
    background = c;
  }

  @Override
  public Color getBackground() {
    return background;
  }

  @Override
  public void setStroke(Stroke s) {
    if (s != null) {
      stroke = s;
    }
  }

  @Override
  public Stroke getStroke() {
    return stroke;
  }

  @Override
  public void setPaintMode() {
    // SVG paints over: the only mode
  }

  @Override
  public void setXORMode(Color c) {
    // no XOR in SVG; JFreeChart does not use it
  }

  @Override
  public Font getFont() {
    return font;
  }

  @Override
  public void setFont(Font f) {
    if (f != null) {
      font = f;
    }
  }

  @Override
  public FontMetrics getFontMetrics(Font f) {
    return metrics().getFontMetrics(f);
  }

  @Override
  public FontRenderContext getFontRenderContext() {
    return metrics().getFontRenderContext();
  }

  /** The raster graphics that measures text, with this one's standard hints. */
  private Graphics2D metrics() {
    Graphics2D m = doc.metrics;
    for (Map.Entry<Object, Object> e : hints.entrySet()) {
      if (e.getKey() != KEY_ELEMENT_TITLE) {
        m.setRenderingHint((RenderingHints.Key) e.getKey(), e.getValue());
      }
    }
    return m;
  }

  @Override
  public void setRenderingHint(RenderingHints.Key key, Object value) {
    if (value == null) {
      hints.remove(key);
    } else {
      hints.put(key, value);
    }
  }

  @Override
  public Object getRenderingHint(RenderingHints.Key key) {
    return hints.get(key);
  }

  @Override
  public void setRenderingHints(Map<?, ?> h) {
    hints.clear();
    addRenderingHints(h);
  }

  @Override
  public void addRenderingHints(Map<?, ?> h) {
    hints.putAll(h);
  }

  @Override
  public RenderingHints getRenderingHints() {
    return (RenderingHints) hints.clone();
  }

  @Override
  public void translate(int x, int y) {
    transform.translate(x, y);
  }

  @Override
  public void translate(double tx, double ty) {
    transform.translate(tx, ty);
  }

  @Override
  public void rotate(double theta) {
    transform.rotate(theta);
  }

  @Override
  public void rotate(double theta, double x, double y) {
    transform.rotate(theta, x, y);
  }

  @Override
  public void scale(double sx, double sy) {
    transform.scale(sx, sy);
  }

  @Override
  public void shear(double shx, double shy) {
    transform.shear(shx, shy);
  }

  @Override
  public void transform(AffineTransform tx) {
    transform.concatenate(tx);
  }

  @Override
  public void setTransform(AffineTransform tx) {
    transform = tx == null ? new AffineTransform() : new AffineTransform(tx);
  }

  @Override
  public AffineTransform getTransform() {
    return new AffineTransform(transform);
  }

  // ---- clip: kept in device space, handed out in user space

  @Override
  public Shape getClip() {
    if (clip == null) {
      return null;
    }
    try {
      return device(clip, transform.createInverse());
    } catch (NoninvertibleTransformException e) {
      return null; // nothing is drawn through a singular transform anyway
    }
  }

  @Override
  public Rectangle getClipBounds() {
    Shape c = getClip();
    return c == null ? null : c.getBounds();
  }

  @Override
  public void clip(Shape s) {
    if (s == null) {
      setClip(null);
      return;
    }
    Shape d = device(s, transform);
    if (clip == null) {
      clip = d;
    } else if (clip instanceof Rectangle2D r1 && d instanceof Rectangle2D r2) {
      Rectangle2D r = r1.createIntersection(r2);
      clip = r.isEmpty() ? new Rectangle2D.Double(r.getX(), r.getY(), 0, 0) : r;
    } else {
      Area a = new Area(clip);
      a.intersect(new Area(d));
      clip = a;
    }
    clipId = null;
  }

  @Override
  public void clipRect(int x, int y, int width, int height) {
    clip(new Rectangle(x, y, width, height));
  }

  @Override
  public void setClip(int x, int y, int width, int height) {
    setClip(new Rectangle(x, y, width, height));
  }

  @Override
  public void setClip(Shape s) {
    clip = s == null ? null : device(s, transform);
    clipId = null;
  }

  /**
   * {@code s} through {@code t}; a rectangle stays a rectangle when {@code t} neither rotates nor
   * shears.
   */
  private static Shape device(Shape s, AffineTransform t) {
    if (s instanceof Rectangle2D r && t.getShearX() == 0 && t.getShearY() == 0) {
      Point2D a = t.transform(new Point2D.Double(r.getMinX(), r.getMinY()), null);
      Point2D b = t.transform(new Point2D.Double(r.getMaxX(), r.getMaxY()), null);
      Rectangle2D out = new Rectangle2D.Double();
      out.setFrameFromDiagonal(a, b);
      return out;
    }
    return t.createTransformedShape(s);
  }
}
