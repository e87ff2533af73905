package org.tradewar.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Our SVG writer (which replaced the GPL JFreeSVG): the same chart gives the same bytes, the
 * document is SVG a parser reads, and what the chart draws (text, lines, filled areas, the hover
 * title of a reported point) is in it.
 */
class SvgGraphics2DTest {
  private static final String SVG_NS = "http://www.w3.org/2000/svg";

  /** A small chart with a line, a shaded interval (filled, translucent) and a reported point. */
  private static JFreeChart chart() {
    XYSeries s = new XYSeries("US tariff");
    for (int i = 0; i < 20; i++) {
      s.add(i, i * i / 10.0);
    }
    JFreeChart chart =
        ChartFactory.createXYLineChart(
            "Tariffs & <retaliation>", "week", "percent", new XYSeriesCollection(s));
    XYPlot plot = chart.getXYPlot();
    plot.getRenderer().setSeriesStroke(0, ChartTheme.DASHED);
    plot.addDomainMarker(new IntervalMarker(4, 8, ChartTheme.TRUCE_SHADE));
    plot.addAnnotation(
        new ReportedAnnotation(10, 10, "Articles (P1)", "P1: 25 percent tariffs - a.txt"));
    return chart;
  }

  private static Document parse(String svg) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    return f.newDocumentBuilder()
        .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
  }

  private static List<Element> elements(Document doc, String name) {
    NodeList nodes = doc.getElementsByTagNameNS(SVG_NS, name);
    List<Element> out = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      out.add((Element) nodes.item(i));
    }
    return out;
  }

  @Test
  void theSameChartGivesTheSameBytes() {
    String first = ChartFiles.svg(chart(), 800, 450, "c");
    String second = ChartFiles.svg(chart(), 800, 450, "c");
    assertEquals(first, second);
    // and drawing the same chart object again as well
    JFreeChart c = chart();
    assertEquals(ChartFiles.svg(c, 800, 450, "c"), ChartFiles.svg(c, 800, 450, "c"));
  }

  @Test
  void isAnSvgDocumentWithAViewBoxAndNoDoctype() throws Exception {
    String svg = ChartFiles.svg(chart(), 800, 450, "my chart");
    assertTrue(
        svg.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg "), svg.substring(0, 80));
    assertFalse(svg.contains("DOCTYPE"));
    Element root = parse(svg).getDocumentElement();
    assertEquals("svg", root.getLocalName());
    assertEquals(SVG_NS, root.getNamespaceURI());
    assertEquals("0 0 800 450", root.getAttribute("viewBox"));
    assertEquals("800", root.getAttribute("width"));
    // the ids carry the prefix, made safe for XML
    List<Element> clips = elements(parse(svg), "clipPath");
    assertFalse(clips.isEmpty());
    for (Element c : clips) {
      assertTrue(c.getAttribute("id").startsWith("my_chart-clip"), c.getAttribute("id"));
    }
  }

  @Test
  void theReportedPointCarriesItsHoverTitle() throws Exception {
    Document doc = parse(ChartFiles.svg(chart(), 800, 450, "c"));
    List<Element> titles = elements(doc, "title");
    assertEquals(1, titles.size(), "one title, on the star only");
    Element star = (Element) titles.get(0).getParentNode();
    assertEquals("path", star.getLocalName());
    assertEquals("none", star.getAttribute("fill"), "the star is hollow");
    assertEquals("P1: 25 percent tariffs - a.txt", titles.get(0).getTextContent());
  }

  @Test
  void textLinesAndFilledAreasAreThere() throws Exception {
    Document doc = parse(ChartFiles.svg(chart(), 800, 450, "c"));
    List<String> texts = elements(doc, "text").stream().map(Element::getTextContent).toList();
    assertTrue(texts.contains("Tariffs & <retaliation>"), texts.toString()); // escaped and decoded
    assertTrue(
        texts.contains("US tariff") && texts.contains("week") && texts.contains("Articles (P1)"),
        texts.toString());
    Element title =
        elements(doc, "text").stream()
            .filter(e -> e.getTextContent().equals("Tariffs & <retaliation>"))
            .findFirst()
            .orElseThrow();
    assertEquals("bold", title.getAttribute("font-weight"));
    assertTrue(
        title.getAttribute("font-family").endsWith("sans-serif"),
        title.getAttribute("font-family"));
    // the axis label "percent" is rotated
    Element percent =
        elements(doc, "text").stream()
            .filter(e -> e.getTextContent().equals("percent"))
            .findFirst()
            .orElseThrow();
    assertTrue(
        percent.getAttribute("transform").startsWith("matrix("), percent.getAttribute("transform"));

    List<Element> paths = elements(doc, "path");
    assertTrue(
        paths.stream()
            .anyMatch(
                p ->
                    p.getAttribute("fill").equals("none")
                        && p.getAttribute("stroke-dasharray").equals("16,8")
                        && p.getAttribute("stroke-width").equals("3.5")),
        "the dashed series line");
    assertTrue(
        paths.stream()
            .anyMatch(
                p ->
                    p.getAttribute("fill").equals("#9ec9a4")
                        && !p.getAttribute("fill-opacity").isEmpty()),
        "the translucent shaded interval");
    // every drawn element sits in a clipped group
    for (Element p : paths) {
      if (!p.getParentNode().getNodeName().equals("clipPath")) {
        assertTrue(
            ((Element) p.getParentNode()).getAttribute("clip-path").startsWith("url(#c-clip"));
      }
    }
  }

  @Test
  void drawsWhatJava2dSays() throws Exception {
    SvgGraphics2D g = new SvgGraphics2D(100, 50, "t");
    g.setPaint(new Color(255, 0, 0, 128));
    g.fill(new Rectangle2D.Double(0.125, 1, 10, 2.5));
    g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, 0.5f));
    g.setPaint(Color.BLUE);
    g.setStroke(new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_BEVEL));
    g.drawLine(0, 0, 10, 10);
    g.setComposite(AlphaComposite.SrcOver);
    g.clipRect(10, 10, 20, 20);
    g.translate(5, 5);
    g.setFont(new Font(Font.SERIF, Font.ITALIC, 12));
    g.drawString("a  b", 1f, 2f);
    String svg = g.document();
    assertTrue(
        svg.contains(
            "<path d=\"M0.13 1L10.13 1L10.13 3.5L0.13 3.5L0.13 1Z\" fill=\"#ff0000\""
                + " fill-opacity=\"0.502\"/>"),
        svg);
    assertTrue(
        svg.contains(
            "<path d=\"M0 0L10 10\" fill=\"none\" stroke=\"#0000ff\" stroke-opacity=\"0.5\""
                + " stroke-width=\"2\" stroke-linecap=\"round\" stroke-linejoin=\"bevel\"/>"),
        svg);
    assertTrue(
        svg.contains(
            "<clipPath id=\"t-clip0\"><path d=\"M10 10L30 10L30 30L10 30L10 10Z\"/></clipPath>"),
        svg);
    Element text = elements(parse(svg), "text").get(0);
    assertEquals("a  b", text.getTextContent());
    assertTrue(
        text.getAttribute("font-family").matches("('[^']+', )?serif"),
        text.getAttribute("font-family"));
    assertEquals("italic", text.getAttribute("font-style"));
    assertEquals("translate(5,5)", text.getAttribute("transform"));
    assertEquals("preserve", text.getAttributeNS("http://www.w3.org/XML/1998/namespace", "space"));
    // the clip is handed back in user space
    assertEquals(new Rectangle2D.Double(5, 5, 20, 20), g.getClip().getBounds2D());
  }

  @Test
  void numbersHaveOneFixedForm() {
    assertEquals("0", SvgGraphics2D.num(-0.001));
    assertEquals("-1.5", SvgGraphics2D.num(-1.5));
    assertEquals("1234567.89", SvgGraphics2D.num(1234567.891));
    assertEquals("0.05", SvgGraphics2D.num(0.05));
    assertEquals("0", SvgGraphics2D.num(1e-7));
  }
}
