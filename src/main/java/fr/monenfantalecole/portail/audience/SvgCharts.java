package fr.monenfantalecole.portail.audience;

import java.util.List;
import java.util.Locale;
import org.springframework.web.util.HtmlUtils;

/**
 * Charts drawn on the server as SVG: no script, no third-party file, scaled to the width of the page
 * (a phone's 360 px included). The SVG is decorative for assistive technologies, which read the table
 * of the same figures printed beside it ({@code aria-hidden}).
 */
final class SvgCharts {

    /** A labelled value. */
    record Bar(String label, long value) {}

    private static final int WIDTH = 640;
    private static final int HEIGHT = 220;
    private static final int PAD = 28;

    private SvgCharts() {}

    /** A line of values over time, with its first and last labels under the axis. */
    static String line(List<Bar> points) {
        var svg = open(WIDTH, HEIGHT);
        long max = Math.max(1, points.stream().mapToLong(Bar::value).max().orElse(1));
        int n = points.size();
        double step = n > 1 ? (double) (WIDTH - 2 * PAD) / (n - 1) : 0;
        var path = new StringBuilder();
        for (int i = 0; i < n; i++) {
            double x = PAD + i * step;
            double y = HEIGHT - PAD - (double) points.get(i).value() / max * (HEIGHT - 2 * PAD);
            path.append(i == 0 ? "M" : "L").append(fmt(x)).append(',').append(fmt(y));
        }
        svg.append("<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#555\" stroke-width=\"1\"/>"
                .formatted(PAD, HEIGHT - PAD, WIDTH - PAD, HEIGHT - PAD));
        svg.append("<text x=\"%d\" y=\"%d\" font-size=\"13\" fill=\"#222\">%s</text>"
                .formatted(PAD, PAD - 10, number(max)));
        if (n > 0) {
            svg.append("<path d=\"").append(path).append("\" fill=\"none\" stroke=\"#1d5fa8\" stroke-width=\"2.5\"/>");
            svg.append("<text x=\"%d\" y=\"%d\" font-size=\"13\" fill=\"#222\">%s</text>"
                    .formatted(PAD, HEIGHT - 6, escape(points.getFirst().label())));
            svg.append("<text x=\"%d\" y=\"%d\" text-anchor=\"end\" font-size=\"13\" fill=\"#222\">%s</text>"
                    .formatted(WIDTH - PAD, HEIGHT - 6, escape(points.getLast().label())));
        }
        return svg.append("</svg>").toString();
    }

    /** Horizontal bars, one a line, the label above its bar so that long French labels fit on a phone. */
    static String bars(List<Bar> bars) {
        int line = 34;
        int height = Math.max(line, bars.size() * line);
        var svg = open(WIDTH, height);
        long max = Math.max(1, bars.stream().mapToLong(Bar::value).max().orElse(1));
        for (int i = 0; i < bars.size(); i++) {
            var bar = bars.get(i);
            int y = i * line;
            double w = Math.max(1, (double) bar.value() / max * (WIDTH - 90));
            svg.append("<text x=\"0\" y=\"%d\" font-size=\"13\" fill=\"#222\">%s</text>"
                    .formatted(y + 12, escape(bar.label())));
            svg.append(
                    "<rect x=\"0\" y=\"%d\" width=\"%s\" height=\"14\" fill=\"#1d5fa8\"/>".formatted(y + 16, fmt(w)));
            svg.append("<text x=\"%s\" y=\"%d\" font-size=\"13\" fill=\"#222\">%s</text>"
                    .formatted(fmt(w + 6), y + 28, number(bar.value())));
        }
        return svg.append("</svg>").toString();
    }

    private static StringBuilder open(int width, int height) {
        return new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\" width=\"100%%\""
                        .formatted(width, height))
                .append(" aria-hidden=\"true\" focusable=\"false\" preserveAspectRatio=\"xMinYMin meet\">");
    }

    static String number(long value) {
        return String.format(Locale.FRANCE, "%,d", value).replace('\u202f', ' ').replace('\u00a0', ' ');
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text);
    }
}
