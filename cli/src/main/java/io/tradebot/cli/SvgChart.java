package io.tradebot.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An inline SVG line chart over a series indexed 0..n-1 (time runs left to right by bar, not by clock), with the
 * lowest and highest value and the first and last time as labels, and optional markers. Long series are thinned to
 * about {@link #MAX_POINTS} points, keeping each stretch's lowest and highest value so no spike is lost.
 */
final class SvgChart {

    static final int MAX_POINTS = 1600;
    private static final int WIDTH = 960;
    private static final int HEIGHT = 240;
    private static final int LEFT = 70;
    private static final int RIGHT = 10;
    private static final int TOP = 10;
    private static final int BOTTOM = 24;

    /** A marker at bar {@code index} and value {@code value}: an up or down triangle, or a circle. */
    record Marker(int index, double value, String shape, String color, String title) {
    }

    private SvgChart() {
    }

    static String line(double[] values, String firstLabel, String lastLabel, String color, boolean area,
            List<Marker> markers) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        for (Marker m : markers) {
            min = Math.min(min, m.value());
            max = Math.max(max, m.value());
        }
        if (max == min) {
            max = min + 1;
        }
        Scale scale = new Scale(values.length, min, max);
        StringBuilder svg = new StringBuilder();
        svg.append("<svg viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
                .append("\" role=\"img\">");
        svg.append("<rect x=\"").append(LEFT).append("\" y=\"").append(TOP).append("\" width=\"")
                .append(WIDTH - LEFT - RIGHT).append("\" height=\"").append(HEIGHT - TOP - BOTTOM)
                .append("\" fill=\"#fafafa\" stroke=\"#ccc\"/>");
        String points = points(values, scale);
        if (area) {
            svg.append("<polygon fill=\"").append(color).append("\" fill-opacity=\"0.25\" points=\"")
                    .append(fmt(scale.x(0))).append(',').append(fmt(scale.y(max))).append(' ').append(points)
                    .append(' ').append(fmt(scale.x(values.length - 1))).append(',').append(fmt(scale.y(max)))
                    .append("\"/>");
        }
        svg.append("<polyline fill=\"none\" stroke=\"").append(color).append("\" stroke-width=\"1.2\" points=\"")
                .append(points).append("\"/>");
        for (Marker m : markers) {
            svg.append(marker(m, scale));
        }
        label(svg, 4, scale.y(max) + 4, number(max), "start");
        label(svg, 4, scale.y(min), number(min), "start");
        label(svg, LEFT, HEIGHT - 6, firstLabel, "start");
        label(svg, WIDTH - RIGHT, HEIGHT - 6, lastLabel, "end");
        return svg.append("</svg>").toString();
    }

    private record Scale(int n, double min, double max) {
        double x(int index) {
            return LEFT + (n <= 1 ? 0 : (double) index / (n - 1) * (WIDTH - LEFT - RIGHT));
        }

        double y(double value) {
            return TOP + (max - value) / (max - min) * (HEIGHT - TOP - BOTTOM);
        }
    }

    private static String points(double[] values, Scale scale) {
        List<Integer> kept = thinned(values);
        StringBuilder points = new StringBuilder(kept.size() * 14);
        for (int i : kept) {
            if (!points.isEmpty()) {
                points.append(' ');
            }
            points.append(fmt(scale.x(i))).append(',').append(fmt(scale.y(values[i])));
        }
        return points.toString();
    }

    /** Indices to draw: all of a short series; of a long one, each stretch's lowest and highest in time order. */
    static List<Integer> thinned(double[] values) {
        List<Integer> kept = new ArrayList<>();
        int stretch = Math.max(1, (int) Math.ceil(values.length / (MAX_POINTS / 2.0)));
        for (int from = 0; from < values.length; from += stretch) {
            int to = Math.min(values.length, from + stretch);
            int low = from;
            int high = from;
            for (int i = from; i < to; i++) {
                low = values[i] < values[low] ? i : low;
                high = values[i] > values[high] ? i : high;
            }
            kept.add(Math.min(low, high));
            if (low != high) {
                kept.add(Math.max(low, high));
            }
        }
        if (kept.getLast() != values.length - 1) {
            kept.add(values.length - 1);
        }
        return kept;
    }

    private static String marker(Marker m, Scale scale) {
        double x = scale.x(m.index());
        double y = scale.y(m.value());
        String shape = switch (m.shape()) {
            case "up" -> "<polygon points=\"" + fmt(x) + "," + fmt(y - 6) + " " + fmt(x - 5) + "," + fmt(y + 3) + " "
                    + fmt(x + 5) + "," + fmt(y + 3) + "\"";
            case "down" -> "<polygon points=\"" + fmt(x) + "," + fmt(y + 6) + " " + fmt(x - 5) + "," + fmt(y - 3) + " "
                    + fmt(x + 5) + "," + fmt(y - 3) + "\"";
            default -> "<circle cx=\"" + fmt(x) + "\" cy=\"" + fmt(y) + "\" r=\"3.5\"";
        };
        return shape + " fill=\"" + m.color() + "\" stroke=\"#000\" stroke-width=\"0.5\"><title>"
                + Html.escape(m.title()) + "</title>" + (shape.startsWith("<circle") ? "</circle>" : "</polygon>");
    }

    private static void label(StringBuilder svg, double x, double y, String text, String anchor) {
        svg.append("<text x=\"").append(fmt(x)).append("\" y=\"").append(fmt(y))
                .append("\" font-size=\"11\" font-family=\"sans-serif\" text-anchor=\"").append(anchor).append("\">")
                .append(Html.escape(text)).append("</text>");
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, Math.abs(value) >= 1000 ? "%,.0f" : "%.4g", value);
    }

    private static String fmt(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
