package dev.seamgen.bench;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;

/**
 * Draws the scaling benchmark as a PNG with Java2D (headless): time and peak memory against spec
 * size, one line per tool, side by side.
 */
final class ScalingPlot {
  /** One tool's line: its measurements at the sizes, in the same order. */
  record Series(String name, Color color, List<Double> seconds, List<Double> megabytes) {}

  private static final int PANEL_WIDTH = 520;
  private static final int HEIGHT = 420;
  private static final int LEFT = 70;
  private static final int RIGHT = 20;
  private static final int TOP = 50;
  private static final int BOTTOM = 60;

  private ScalingPlot() {}

  static void write(
      Path png, String title, String sizeLabel, List<Double> sizes, List<Series> series)
      throws IOException {
    System.setProperty("java.awt.headless", "true");
    BufferedImage image = new BufferedImage(2 * PANEL_WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(
        RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, image.getWidth(), image.getHeight());
    g.setColor(Color.BLACK);
    g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
    g.drawString(title, LEFT, 24);
    panel(g, 0, "wall time (s)", sizeLabel, sizes, series, true);
    panel(g, PANEL_WIDTH, "peak memory (MB)", sizeLabel, sizes, series, false);
    g.dispose();
    ImageIO.write(image, "png", png.toFile());
  }

  private static void panel(
      Graphics2D g,
      int x0,
      String yLabel,
      String xLabel,
      List<Double> sizes,
      List<Series> series,
      boolean time) {
    int width = PANEL_WIDTH - LEFT - RIGHT;
    int height = HEIGHT - TOP - BOTTOM;
    double maxX = sizes.stream().mapToDouble(Double::doubleValue).max().orElse(1) * 1.05;
    double maxY = 0;
    for (Series s : series) {
      for (double v : time ? s.seconds() : s.megabytes()) {
        maxY = Double.isNaN(v) ? maxY : Math.max(maxY, v);
      }
    }
    maxY = maxY <= 0 ? 1 : maxY * 1.1;
    int left = x0 + LEFT;
    int bottom = TOP + height;
    g.setStroke(new BasicStroke(1f));
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
    for (int tick = 0; tick <= 5; tick++) {
      int y = bottom - tick * height / 5;
      int x = left + tick * width / 5;
      g.setColor(new Color(230, 230, 230));
      g.drawLine(left, y, left + width, y);
      g.setColor(Color.DARK_GRAY);
      g.drawString(number(maxY * tick / 5), left - 45, y + 4);
      g.drawString(number(maxX * tick / 5), x - 10, bottom + 16);
    }
    g.setColor(Color.BLACK);
    g.drawLine(left, bottom, left + width, bottom);
    g.drawLine(left, TOP, left, bottom);
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
    g.drawString(
        xLabel, left + width / 2 - g.getFontMetrics().stringWidth(xLabel) / 2, bottom + 38);
    AffineTransform saved = g.getTransform();
    g.rotate(-Math.PI / 2);
    g.drawString(yLabel, -(TOP + height / 2 + g.getFontMetrics().stringWidth(yLabel) / 2), x0 + 16);
    g.setTransform(saved);
    int legend = TOP + 8;
    for (Series s : series) {
      List<Double> values = time ? s.seconds() : s.megabytes();
      g.setColor(s.color());
      g.setStroke(new BasicStroke(2f));
      int[] previous = null;
      for (int i = 0; i < sizes.size(); i++) {
        if (Double.isNaN(values.get(i))) {
          previous = null;
          continue;
        }
        int px = left + (int) Math.round(sizes.get(i) / maxX * width);
        int py = bottom - (int) Math.round(values.get(i) / maxY * height);
        g.fillOval(px - 4, py - 4, 8, 8);
        if (previous != null) {
          g.drawLine(previous[0], previous[1], px, py);
        }
        previous = new int[] {px, py};
      }
      g.fillRect(left + 12, legend, 14, 4);
      g.setColor(Color.BLACK);
      g.drawString(s.name(), left + 32, legend + 6);
      legend += 18;
    }
  }

  private static String number(double value) {
    return value >= 100
        ? String.format(Locale.ROOT, "%.0f", value)
        : String.format(Locale.ROOT, "%.1f", value);
  }
}
