import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * The chart of {@code docs/benchmarks.md}: latency percentiles (p50, p90, p99, p99.9; medians of the runs) per
 * endpoint, grouped bars on a logarithmic scale, drawn with Java2D. Input: TSV lines {@code name p50 p90 p99 p999}
 * in milliseconds.
 *
 * <pre>java Chart.java medians.tsv out.png "title"</pre>
 */
public class Chart {

    private static final String[] SERIES = {"p50", "p90", "p99", "p99.9"};
    private static final Color[] COLORS = {new Color(0x6A, 0x9F, 0xD8), new Color(0x00, 0x63, 0xCB), new Color(0xE1, 0x00, 0x0F), new Color(0x6E, 0x44, 0x5A)};

    public static void main(String[] args) throws Exception {
        List<String[]> rows = Files.readAllLines(Path.of(args[0])).stream().filter(l -> !l.isBlank()).map(l -> l.split("\t")).toList();
        int width = Math.max(900, 140 * rows.size() + 160), height = 520, left = 80, right = 20, top = 60, bottom = 110;
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        double min = 0.1, max = 10;
        for (String[] r : rows) {
            for (int i = 1; i <= 4; i++) {
                max = Math.max(max, Double.parseDouble(r[i]));
            }
        }
        double lmin = Math.log10(min), lmax = Math.ceil(Math.log10(max));
        int plotH = height - top - bottom, plotW = width - left - right;
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
        g.setColor(Color.BLACK);
        g.drawString(args.length > 2 ? args[2] : "Latency percentiles per endpoint", left, 28);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        for (double d = lmin; d <= lmax + 1e-9; d++) {
            int y = top + plotH - (int) ((d - lmin) / (lmax - lmin) * plotH);
            g.setColor(new Color(0xDD, 0xDD, 0xDD));
            g.drawLine(left, y, width - right, y);
            g.setColor(Color.DARK_GRAY);
            double v = Math.pow(10, d);
            g.drawString((v < 1 ? String.valueOf(v) : String.valueOf((long) v)) + " ms", 8, y + 4);
        }
        int group = plotW / Math.max(1, rows.size()), bar = Math.max(6, (group - 24) / 4);
        for (int k = 0; k < rows.size(); k++) {
            String[] r = rows.get(k);
            int x0 = left + k * group + 12;
            for (int i = 0; i < 4; i++) {
                double v = Math.max(min, Double.parseDouble(r[i + 1]));
                int h = (int) ((Math.log10(v) - lmin) / (lmax - lmin) * plotH);
                g.setColor(COLORS[i]);
                g.fillRect(x0 + i * bar, top + plotH - h, bar - 2, h);
            }
            g.setColor(Color.BLACK);
            drawWrapped(g, r[0], x0, top + plotH + 16, group - 14);
        }
        g.setStroke(new BasicStroke(1));
        g.drawLine(left, top + plotH, width - right, top + plotH);
        for (int i = 0; i < 4; i++) {
            g.setColor(COLORS[i]);
            g.fillRect(width - right - 4 * 80 + i * 80, 14, 12, 12);
            g.setColor(Color.BLACK);
            g.drawString(SERIES[i], width - right - 4 * 80 + i * 80 + 16, 25);
        }
        g.dispose();
        ImageIO.write(image, "png", new File(args[1]));
    }

    private static void drawWrapped(Graphics2D g, String text, int x, int y, int width) {
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() > 0 && g.getFontMetrics().stringWidth(line + " " + word) > width) {
                g.drawString(line.toString(), x, y);
                y += 14;
                line.setLength(0);
            }
            line.append(line.length() == 0 ? "" : " ").append(word);
        }
        g.drawString(line.toString(), x, y);
    }
}
