package org.tradewar.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.Rectangle;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.PaintScale;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.CategoryItemRendererState;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.DefaultXYZDataset;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.jfree.svg.SVGGraphics2D;
import org.tradewar.io.AtomicFiles;
import org.tradewar.io.BadInputException;

/**
 * Charts of a finished sweep, drawn from its files (manifest.json, runs.csv, sensitivity.csv), never
 * from live runs, into {@code charts/} as PNG (1600x900) and SVG:
 * <ul>
 *   <li>{@code METRIC__vs__AXIS}: the metric against one axis, mean over the runs at each value (the
 *       other axes and replicates pooled) with its 95% confidence band; an axis with more than 25
 *       distinct values (sampled designs) is cut into 20 bins, logarithmic for a log range;</li>
 *   <li>{@code METRIC__heat__AXIS1__AXIS2}: the mean of the metric over the first two axes, with a
 *       colour legend;</li>
 *   <li>{@code METRIC__sobol}: first- and total-order Sobol indices per axis with their bootstrap 95%
 *       intervals (Sobol designs).</li>
 * </ul>
 */
public final class SweepCharts {
  static final int WIDTH = 1600;
  static final int HEIGHT = 900;
  private static final int MAX_LEVELS = 25;
  private static final int BINS = 20;
  /** A line chart draws one line per value of the other axis when it has at most this many. */
  private static final int MAX_LINES = 6;
  private static final Color[] PALETTE = {new Color(0x1f77b4), new Color(0xff7f0e), new Color(0x2ca02c),
      new Color(0xd62728), new Color(0x9467bd), new Color(0x8c564b)};

  private SweepCharts() {}

  /** Draws every chart of the sweep in {@code sweepDir}; returns the files written. */
  public static List<Path> write(Path sweepDir) {
    Path manifestFile = sweepDir.resolve(SweepRunner.MANIFEST);
    Path runs = sweepDir.resolve(RunsCsv.FILE);
    if (!Files.isRegularFile(manifestFile) || !Files.isRegularFile(runs)) {
      throw new BadInputException(sweepDir + ": not a sweep folder (no manifest.json and runs.csv)");
    }
    JsonNode manifest;
    try {
      manifest = new ObjectMapper().readTree(manifestFile.toFile());
    } catch (IOException e) {
      throw new BadInputException(manifestFile + ": cannot read: " + AtomicFiles.describe(e));
    }
    List<AxisInfo> axes = new ArrayList<>();
    for (JsonNode a : manifest.path("axes")) {
      axes.add(new AxisInfo(a.path("path").asText(), a.path("log").asBoolean(false),
          manifest.path("axes").size()));
    }
    List<String> metrics = new ArrayList<>();
    for (JsonNode m : manifest.path("metrics")) {
      metrics.add(m.path("name").asText());
    }
    String title = manifest.path("sweep").path("title").asText("sweep");
    Path charts = sweepDir.resolve("charts");
    List<Path> written = new ArrayList<>();
    try {
      Files.createDirectories(charts);
      List<String> header = Csv.split(firstLine(runs));
      int[] axisCol = new int[axes.size()];
      for (int i = 0; i < axes.size(); i++) {
        axisCol[i] = header.indexOf(axes.get(i).path);
      }
      int[] metricCol = new int[metrics.size()];
      for (int j = 0; j < metrics.size(); j++) {
        metricCol[j] = header.indexOf(metrics.get(j));
      }
      int statusCol = header.indexOf("status");
      // pass 1: the levels of every axis
      for (List<String> f : (Iterable<List<String>>) () -> rows(runs)) {
        for (int i = 0; i < axes.size(); i++) {
          axes.get(i).see(f.get(axisCol[i]));
        }
      }
      axes.forEach(AxisInfo::freeze);
      // A sweep of one point (every axis has one value) is a study of replications: its charts are
      // the distributions of the metrics, not lines against an axis that does not move.
      boolean onePoint = axes.stream().allMatch(a -> a.levels.size() == 1);
      List<List<Double>> samples = new ArrayList<>();
      metrics.forEach(m -> samples.add(new ArrayList<>()));
      // pass 2: statistics per (metric, axis, level) and per (metric, level1, level2)
      Map<String, SummaryStatistics> cells = new HashMap<>();
      for (List<String> f : (Iterable<List<String>>) () -> rows(runs)) {
        if (!"ok".equals(f.get(statusCol))) {
          continue;
        }
        int[] level = new int[axes.size()];
        for (int i = 0; i < axes.size(); i++) {
          level[i] = axes.get(i).level(f.get(axisCol[i]));
        }
        for (int j = 0; j < metrics.size(); j++) {
          double v = Csv.parse(f.get(metricCol[j]));
          if (Double.isNaN(v)) {
            continue;
          }
          if (onePoint) {
            samples.get(j).add(v);
          }
          for (int i = 0; i < axes.size(); i++) {
            cells.computeIfAbsent(j + "|" + i + "|" + level[i], x -> new SummaryStatistics()).addValue(v);
            if (axes.size() >= 2) {
              int o = i == 0 ? 1 : 0;
              cells.computeIfAbsent(j + "|" + i + "|" + level[i] + "|" + level[o],
                  x -> new SummaryStatistics()).addValue(v);
            }
          }
          if (axes.size() >= 2) {
            cells.computeIfAbsent(j + "|h|" + level[0] + "|" + level[1], x -> new SummaryStatistics())
                .addValue(v);
          }
        }
      }
      for (int j = 0; j < metrics.size(); j++) {
        if (onePoint) {
          double[] v = samples.get(j).stream().mapToDouble(Double::doubleValue).toArray();
          if (v.length > 0) {
            written.addAll(save(style(DistributionChart.of(title, metrics.get(j), v)), charts,
                safe(metrics.get(j)) + "__distribution"));
          }
          continue;
        }
        for (int i = 0; i < axes.size(); i++) {
          if (axes.get(i).levels.size() == 1) {
            continue; // a line against an axis that does not move is one dot
          }
          AxisInfo other = axes.size() >= 2 ? axes.get(i == 0 ? 1 : 0) : null;
          JFreeChart c = lineChart(title, metrics.get(j), axes.get(i), other, j, i, cells);
          written.addAll(save(c, charts, safe(metrics.get(j)) + "__vs__" + safe(axes.get(i).path)));
        }
        if (axes.size() >= 2) {
          JFreeChart c = heatMap(title, metrics.get(j), axes.get(0), axes.get(1), j, cells);
          written.addAll(save(c, charts, safe(metrics.get(j)) + "__heat__" + safe(axes.get(0).path)
              + "__" + safe(axes.get(1).path)));
        }
      }
      Path sensitivity = sweepDir.resolve(SweepRunner.SENSITIVITY);
      if (Files.isRegularFile(sensitivity)) {
        for (String metric : metrics) {
          JFreeChart c = sobolChart(title, metric, sensitivity);
          if (c != null) {
            written.addAll(save(c, charts, safe(metric) + "__sobol"));
          }
        }
      }
    } catch (IOException e) {
      throw new BadInputException("cannot draw charts in " + charts + ": " + AtomicFiles.describe(e));
    }
    return written;
  }

  /** The levels of one axis: its distinct values, or bins of a numeric range when there are many. */
  private static final class AxisInfo {
    final String path;
    final boolean log;
    final Set<String> distinct = new LinkedHashSet<>();
    boolean numeric = true;
    boolean binned;
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    List<String> levels = new ArrayList<>();
    double[] position;

    final int axisCount;

    AxisInfo(String path, boolean log, int axisCount) {
      this.path = path;
      this.log = log;
      this.axisCount = axisCount;
    }

    void see(String v) {
      if (distinct.size() <= MAX_LEVELS) {
        distinct.add(v);
      }
      try {
        double x = Double.parseDouble(v);
        min = Math.min(min, x);
        max = Math.max(max, x);
      } catch (NumberFormatException e) {
        numeric = false;
      }
    }

    void freeze() {
      binned = numeric && distinct.size() > MAX_LEVELS && max > min;
      if (!binned) {
        levels = new ArrayList<>(distinct);
        if (numeric) {
          levels.sort((a, b) -> Double.compare(Double.parseDouble(a), Double.parseDouble(b)));
        }
        position = new double[levels.size()];
        for (int i = 0; i < position.length; i++) {
          position[i] = numeric ? Double.parseDouble(levels.get(i)) : i;
        }
        return;
      }
      position = new double[BINS];
      for (int b = 0; b < BINS; b++) {
        double lo = edge(b);
        double hi = edge(b + 1);
        position[b] = useLog() ? Math.sqrt(lo * hi) : (lo + hi) / 2;
        levels.add(new java.math.BigDecimal(position[b]).round(new java.math.MathContext(3))
            .stripTrailingZeros().toPlainString());
      }
    }

    boolean useLog() {
      return log && min > 0;
    }

    double edge(int b) {
      double u = (double) b / BINS;
      return useLog() ? Math.exp(Math.log(min) + u * (Math.log(max) - Math.log(min))) : min + u * (max - min);
    }

    int level(String v) {
      if (!binned) {
        return levels.indexOf(v);
      }
      double x = Double.parseDouble(v);
      double u = useLog() ? (Math.log(x) - Math.log(min)) / (Math.log(max) - Math.log(min))
          : (x - min) / (max - min);
      return Math.max(0, Math.min(BINS - 1, (int) Math.floor(u * BINS)));
    }

    /** Levels as tick labels: short, so they fit under a heat map. */
    String[] labels() {
      return levels.toArray(new String[0]);
    }
  }

  private static JFreeChart lineChart(String title, String metric, AxisInfo axis, AxisInfo other,
      int j, int i, Map<String, SummaryStatistics> cells) {
    boolean byOther = other != null && other.levels.size() <= MAX_LINES;
    List<YIntervalSeries> all = new ArrayList<>();
    if (byOther) {
      for (int o = 0; o < other.levels.size(); o++) {
        all.add(band(other.path + " = " + other.levels.get(o), axis, j + "|" + i + "|", "|" + o, cells));
      }
    } else {
      all.add(band("mean " + metric + " (95% confidence band)", axis, j + "|" + i + "|", "", cells));
    }
    YIntervalSeriesCollection data = new YIntervalSeriesCollection();
    all.stream().filter(x -> x.getItemCount() > 0).forEach(data::addSeries);
    ValueAxis x;
    if (!axis.numeric) {
      x = new SymbolAxis(axis.path, axis.labels());
    } else if (axis.useLog()) {
      // Plain numbers at 1-2-5 steps on a log scale: economists read "4", not "10^0.60".
      org.jfree.chart.axis.LogarithmicAxis la = new org.jfree.chart.axis.LogarithmicAxis(axis.path);
      la.setStrictValuesFlag(false);
      la.setExpTickLabelsFlag(false);
      la.setLog10TickLabelsFlag(false);
      la.setAutoRangeNextLogFlag(false);
      x = la;
    } else {
      NumberAxis na = new NumberAxis(axis.path);
      na.setAutoRangeIncludesZero(false);
      x = na;
    }
    NumberAxis y = new NumberAxis(metric);
    y.setAutoRangeIncludesZero(false);
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (int k = 0; k < data.getSeriesCount(); k++) {
      for (int n = 0; n < data.getItemCount(k); n++) {
        lo = Math.min(lo, data.getStartYValue(k, n));
        hi = Math.max(hi, data.getEndYValue(k, n));
      }
    }
    if (Double.isFinite(lo) && hi - lo <= 1e-9 * Math.max(1, Math.abs(hi))) {
      double pad = Math.max(0.1, Math.abs(hi) * 0.1); // a flat line: show it mid-axis, not at 1E0 ticks
      y.setRange(lo - pad, hi + pad);
    }
    DeviationRenderer r = new DeviationRenderer(true, true);
    for (int k = 0; k < data.getSeriesCount(); k++) {
      Color c = PALETTE[k % PALETTE.length];
      r.setSeriesPaint(k, c);
      r.setSeriesFillPaint(k, c);
      r.setSeriesStroke(k, new BasicStroke(3f));
    }
    r.setAlpha(byOther ? 0.15f : 0.25f);
    XYPlot plot = new XYPlot(data, x, y, r);
    plot.setBackgroundPaint(Color.WHITE);
    plot.setDomainGridlinePaint(new Color(0xdddddd));
    plot.setRangeGridlinePaint(new Color(0xdddddd));
    JFreeChart chart = new JFreeChart(metric + " against " + axis.path, JFreeChart.DEFAULT_TITLE_FONT,
        plot, true);
    chart.addSubtitle(new TextTitle(title + ": mean and 95% confidence band"
        + (byOther ? (other.binned ? " per bin of " : " per value of ") + other.path : "")
        + ", over replicates" + (byOther ? (axis.axisCount > 2 ? " and the other axes" : "")
        : " and the other axes") + (axis.binned ? "; " + BINS + " bins, points at their centres" : "")));
    return style(chart);
  }

  private static YIntervalSeries band(String name, AxisInfo axis, String prefix, String suffix,
      Map<String, SummaryStatistics> cells) {
    YIntervalSeries series = new YIntervalSeries(name);
    for (int l = 0; l < axis.levels.size(); l++) {
      SummaryStatistics s = cells.get(prefix + l + suffix);
      if (s == null || s.getN() == 0) {
        continue;
      }
      double mean = s.getMean();
      double half = 0;
      if (s.getN() > 1) {
        half = new TDistribution(null, s.getN() - 1).inverseCumulativeProbability(0.975)
            * s.getStandardDeviation() / Math.sqrt(s.getN());
      }
      series.add(axis.position[l], mean, mean - half, mean + half);
    }
    return series;
  }

  private static JFreeChart heatMap(String title, String metric, AxisInfo ax, AxisInfo ay, int j,
      Map<String, SummaryStatistics> cells) {
    int nx = ax.levels.size();
    int ny = ay.levels.size();
    List<double[]> pts = new ArrayList<>();
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (int a = 0; a < nx; a++) {
      for (int b = 0; b < ny; b++) {
        SummaryStatistics s = cells.get(j + "|h|" + a + "|" + b);
        if (s != null && s.getN() > 0) {
          pts.add(new double[] {a, b, s.getMean()});
          lo = Math.min(lo, s.getMean());
          hi = Math.max(hi, s.getMean());
        }
      }
    }
    double[][] series = new double[3][pts.size()];
    for (int p = 0; p < pts.size(); p++) {
      for (int d = 0; d < 3; d++) {
        series[d][p] = pts.get(p)[d];
      }
    }
    DefaultXYZDataset data = new DefaultXYZDataset();
    data.addSeries(metric, series);
    if (!Double.isFinite(lo)) {
      lo = 0;
      hi = 1;
    }
    double constant = Double.NaN;
    if (Double.isFinite(lo) && hi - lo <= 1e-9 * Math.max(1, Math.abs(hi))) {
      constant = hi;
      // Every cell alike: a legend around the value, not below zero for a non-negative metric.
      double pad = Math.max(0.1, Math.abs(hi) * 0.1);
      lo = lo >= 0 ? Math.max(0, lo - pad) : lo - pad;
      hi += pad;
    }
    Viridis scale = new Viridis(lo, hi);
    XYBlockRenderer r = new XYBlockRenderer();
    r.setPaintScale(scale);
    r.setBlockWidth(1);
    r.setBlockHeight(1);
    SymbolAxis x = new SymbolAxis(ax.path, ax.labels());
    SymbolAxis y = new SymbolAxis(ay.path, ay.labels());
    x.setGridBandsVisible(false);
    y.setGridBandsVisible(false);
    x.setRange(-0.5, nx - 0.5);
    y.setRange(-0.5, ny - 0.5);
    if (nx > 8) {
      x.setVerticalTickLabels(true);
    }
    XYPlot plot = new XYPlot(data, x, y, r);
    plot.setBackgroundPaint(new Color(0xeeeeee));
    plot.setDomainGridlinesVisible(false);
    plot.setRangeGridlinesVisible(false);
    JFreeChart chart = new JFreeChart("mean " + metric + " over " + ax.path + " and " + ay.path,
        JFreeChart.DEFAULT_TITLE_FONT, plot, false);
    chart.addSubtitle(new TextTitle(title + ": mean over replicates" + (ax.binned || ay.binned
        ? " (sampled axes cut into bins, labelled by their centres; grey: no run)" : "")));
    if (!Double.isNaN(constant)) {
      chart.addSubtitle(new TextTitle(String.format(java.util.Locale.ROOT,
          "%s is %s at every point: these parameters do not move it here", metric,
          org.tradewar.output.Numbers.format(constant))));
    }
    NumberAxis legendAxis = new NumberAxis(metric);
    legendAxis.setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 18));
    legendAxis.setTickLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 16));
    PaintScaleLegend legend = new PaintScaleLegend(scale, legendAxis);
    legend.setPosition(RectangleEdge.RIGHT);
    legend.setAxisLocation(AxisLocation.TOP_OR_RIGHT);
    legend.setMargin(new RectangleInsets(40, 10, 40, 10));
    legend.setStripWidth(30);
    legend.setSubdivisionCount(256);
    chart.addSubtitle(legend);
    return style(chart);
  }

  private static JFreeChart sobolChart(String title, String metric, Path sensitivity) throws IOException {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    Map<String, double[]> intervals = new HashMap<>();
    int rows = 0;
    double top = 0;
    double bottom = 0;
    try (BufferedReader in = Files.newBufferedReader(sensitivity, StandardCharsets.UTF_8)) {
      List<String> h = Csv.split(in.readLine());
      String line;
      while ((line = in.readLine()) != null) {
        List<String> f = Csv.split(line);
        if (!f.get(h.indexOf("metric")).equals(metric)) {
          continue;
        }
        String axis = f.get(h.indexOf("axis"));
        rows = Integer.parseInt(f.get(h.indexOf("rows")));
        for (String kind : List.of("S1", "ST")) {
          double v = Csv.parse(f.get(h.indexOf(kind)));
          String label = kind.equals("S1") ? "first order S1" : "total order ST";
          data.addValue(Double.isNaN(v) ? null : v, label, axis);
          double lo = Csv.parse(f.get(h.indexOf(kind + "_ci95_low")));
          double hi = Csv.parse(f.get(h.indexOf(kind + "_ci95_high")));
          intervals.put(label + "|" + axis, new double[] {lo, hi});
          for (double x : new double[] {v, lo, hi}) {
            if (Double.isFinite(x)) {
              top = Math.max(top, x);
              bottom = Math.min(bottom, x);
            }
          }
        }
      }
    }
    if (data.getColumnCount() == 0) {
      return null;
    }
    CategoryAxis x = new CategoryAxis("parameter");
    NumberAxis y = new NumberAxis("Sobol index (share of output variance)");
    double pad = 0.05 * Math.max(1e-9, top - bottom);
    y.setRange(bottom < 0 ? bottom - pad : 0, top + pad);
    BarRenderer r = new WhiskerBarRenderer(intervals);
    r.setBarPainter(new StandardBarPainter());
    r.setShadowVisible(false);
    r.setSeriesPaint(0, new Color(0x1f, 0x77, 0xb4));
    r.setSeriesPaint(1, new Color(0xff, 0x7f, 0x0e));
    r.setItemMargin(0.05);
    CategoryPlot plot = new CategoryPlot(data, x, y, r);
    plot.setOrientation(PlotOrientation.VERTICAL);
    plot.setBackgroundPaint(Color.WHITE);
    plot.setRangeGridlinePaint(new Color(0xdddddd));
    if (data.getColumnCount() > 6) {
      x.setCategoryLabelPositions(org.jfree.chart.axis.CategoryLabelPositions.UP_45);
    }
    JFreeChart chart = new JFreeChart("Sobol indices of " + metric, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
    chart.addSubtitle(new TextTitle(title + ": whiskers are 95% bootstrap intervals; " + rows
        + " design rows"));
    return style(chart);
  }

  /** Bars with a whisker from the low to the high end of each bar's interval. */
  private static final class WhiskerBarRenderer extends BarRenderer {
    private static final long serialVersionUID = 1L;
    private final Map<String, double[]> intervals;

    WhiskerBarRenderer(Map<String, double[]> intervals) {
      this.intervals = intervals;
    }

    @Override
    public void drawItem(Graphics2D g2, CategoryItemRendererState state, Rectangle2D dataArea,
        CategoryPlot plot, CategoryAxis domainAxis, ValueAxis rangeAxis, CategoryDataset dataset,
        int row, int column, int pass) {
      super.drawItem(g2, state, dataArea, plot, domainAxis, rangeAxis, dataset, row, column, pass);
      double[] iv = intervals.get(dataset.getRowKey(row) + "|" + dataset.getColumnKey(column));
      if (iv == null || Double.isNaN(iv[0]) || Double.isNaN(iv[1]) || dataset.getValue(row, column) == null) {
        return;
      }
      double w0 = calculateBarW0(plot, plot.getOrientation(), dataArea, domainAxis, state, row, column);
      double xc = w0 + state.getBarWidth() / 2;
      double y0 = rangeAxis.valueToJava2D(iv[0], dataArea, plot.getRangeAxisEdge());
      double y1 = rangeAxis.valueToJava2D(iv[1], dataArea, plot.getRangeAxisEdge());
      double cap = state.getBarWidth() / 4;
      g2.setPaint(Color.BLACK);
      g2.setStroke(new BasicStroke(2f));
      g2.draw(new Line2D.Double(xc, y0, xc, y1));
      g2.draw(new Line2D.Double(xc - cap, y0, xc + cap, y0));
      g2.draw(new Line2D.Double(xc - cap, y1, xc + cap, y1));
    }
  }

  /** A perceptually uniform colour scale (viridis, by its key colours), readable in greyscale. */
  static final class Viridis implements PaintScale {
    private static final int[] KEYS = {0x440154, 0x482878, 0x3e4989, 0x31688e, 0x26828e, 0x1f9e89,
        0x35b779, 0x6ece58, 0xb5de2b, 0xfde725};
    private final double lo;
    private final double hi;

    Viridis(double lo, double hi) {
      this.lo = lo;
      this.hi = hi;
    }

    @Override
    public double getLowerBound() {
      return lo;
    }

    @Override
    public double getUpperBound() {
      return hi;
    }

    @Override
    public Paint getPaint(double value) {
      double u = Math.max(0, Math.min(1, (value - lo) / (hi - lo)));
      double pos = u * (KEYS.length - 1);
      int i = Math.min((int) pos, KEYS.length - 2);
      double t = pos - i;
      Color a = new Color(KEYS[i]);
      Color b = new Color(KEYS[i + 1]);
      return new Color((int) Math.round(a.getRed() + t * (b.getRed() - a.getRed())),
          (int) Math.round(a.getGreen() + t * (b.getGreen() - a.getGreen())),
          (int) Math.round(a.getBlue() + t * (b.getBlue() - a.getBlue())));
    }
  }

  private static JFreeChart style(JFreeChart chart) {
    chart.setBackgroundPaint(Color.WHITE);
    chart.getTitle().setFont(new Font(Font.SANS_SERIF, Font.BOLD, 30));
    for (int i = 0; i < chart.getSubtitleCount(); i++) {
      if (chart.getSubtitle(i) instanceof TextTitle t) {
        t.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 20));
      } else if (chart.getSubtitle(i) instanceof LegendTitle l) {
        l.setItemFont(new Font(Font.SANS_SERIF, Font.PLAIN, 20));
        l.setFrame(BlockBorder.NONE);
      }
    }
    Font label = new Font(Font.SANS_SERIF, Font.PLAIN, 22);
    Font tick = new Font(Font.SANS_SERIF, Font.PLAIN, 18);
    if (chart.getPlot() instanceof XYPlot p) {
      p.getDomainAxis().setLabelFont(label);
      p.getDomainAxis().setTickLabelFont(tick);
      p.getRangeAxis().setLabelFont(label);
      p.getRangeAxis().setTickLabelFont(tick);
    } else if (chart.getPlot() instanceof CategoryPlot p) {
      p.getDomainAxis().setLabelFont(label);
      p.getDomainAxis().setTickLabelFont(tick);
      p.getRangeAxis().setLabelFont(label);
      p.getRangeAxis().setTickLabelFont(tick);
    }
    chart.setPadding(new RectangleInsets(10, 10, 10, 20));
    return chart;
  }

  private static List<Path> save(JFreeChart chart, Path dir, String stem) throws IOException {
    Path png = dir.resolve(stem + ".png");
    Path svg = dir.resolve(stem + ".svg");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ChartUtils.writeChartAsPNG(bytes, chart, WIDTH, HEIGHT);
    AtomicFiles.write(png, bytes.toByteArray());
    SVGGraphics2D g = new SVGGraphics2D(WIDTH, HEIGHT);
    chart.draw(g, new Rectangle(0, 0, WIDTH, HEIGHT));
    AtomicFiles.writeString(svg, g.getSVGDocument());
    return List.of(png, svg);
  }

  private static String safe(String name) {
    return name.replaceAll("[^A-Za-z0-9_.-]", "_");
  }

  private static String firstLine(Path file) throws IOException {
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String l = in.readLine();
      if (l == null) {
        throw new BadInputException(file + ": empty");
      }
      return l;
    }
  }

  /** The data rows of a CSV file, read lazily. */
  private static java.util.Iterator<List<String>> rows(Path file) {
    try {
      BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
      in.readLine();
      return new java.util.Iterator<>() {
        String next = in.readLine();

        @Override
        public boolean hasNext() {
          if (next == null) {
            try {
              in.close();
            } catch (IOException e) {
              // nothing to do: the file was read
            }
          }
          return next != null;
        }

        @Override
        public List<String> next() {
          List<String> f = Csv.split(next);
          try {
            next = in.readLine();
          } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
          return f;
        }
      };
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
