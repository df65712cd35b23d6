using System.Globalization;
using System.Net;
using System.Text;
using HydrogenSafety.Evaluation;
using HydrogenSafety.Facilities;

namespace HydrogenSafety.Reporting;

/// <summary>
/// Draws a facility's site plan as SVG from the components' positions (x east, y north, metres; height
/// is ignored): each component as a labelled symbol whose shape and colour tell its kind (storage vessels,
/// transport, process equipment, dispensers, detectors, safety equipment, exposures); each violated
/// separation of the report as a red line between the two components labelled with the measured and the
/// required distance; each required clearance as a dashed circle of the required radius around the
/// component it is measured from; waived separations in amber. A grid with axes in metres, a scale bar and
/// a north arrow make it readable on paper. All text is escaped; the drawing is deterministic.
/// </summary>
public static class SitePlanSvg
{
    private const double PlanWidth = 960;
    private const double PlanHeight = 640;
    private const double Left = 60;
    private const double Right = 16;
    private const double Top = 16;
    private const double Bottom = 46;
    private const int LegendColumns = 3;
    private const double LegendColumnWidth = 320;
    private const double Symbol = 7;
    private const string Red = "#d32f2f";
    private const string Amber = "#e69500";

    // Where labels may go: along a separation line (fractions), off it (px), around a clearance circle (degrees).
    private static readonly double[] s_alongLine = [0.5, 0.35, 0.65, 0.2, 0.8];
    private static readonly double[] s_offLine = [9, -9, 18, -18];
    private static readonly double[] s_aroundCircle = [-45, -135, 45, 135, -90, 90, -20, -160];

    /// <summary>
    /// The site plan as an <c>&lt;svg&gt;</c> element, or null when no component has a position.
    /// </summary>
    /// <param name="facility">The facility (its components' positions).</param>
    /// <param name="report">The report whose violated separations are drawn; null draws the components only.</param>
    /// <param name="id">The <c>id</c> of the <c>svg</c> element.</param>
    public static string? Render(Facility facility, ComplianceReport? report = null, string id = "site-plan")
    {
        ArgumentNullException.ThrowIfNull(facility);
        ArgumentNullException.ThrowIfNull(id);
        return Draw(facility, report, id)?.Svg;
    }

    /// <summary>The drawing and the components of violated separations that could not be drawn (no position).</summary>
    internal sealed record Plan(string Svg, IReadOnlyList<string> Unplaced, int SeparationsDrawn);

    internal static Plan? Draw(Facility facility, ComplianceReport? report, string id)
    {
        var placed = facility.Components.Where(c => c.Position is not null).ToList();
        if (placed.Count == 0)
        {
            return null;
        }

        var positions = new Dictionary<string, Position>(StringComparer.Ordinal);
        foreach (var c in placed)
        {
            positions.TryAdd(c.Id, c.Position!);
        }

        var separations = report is null
            ? []
            : report.Findings.Select(Separation.Of).OfType<Separation>().ToList();
        var drawable = separations.Where(s => positions.ContainsKey(s.FromId) && positions.ContainsKey(s.ToId)).ToList();
        var unplaced = separations.SelectMany(s => new[] { s.FromId, s.ToId })
            .Where(c => !positions.ContainsKey(c)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();

        // Required clearances: one circle per component and radius (open violations win over waived ones).
        var clearances = drawable
            .OrderBy(s => s.Waived)
            .GroupBy(s => (s.FromId, Math.Round(s.Required, 3)))
            .Select(g => g.First())
            .ToList();

        // Bounds over the components and the clearance circles, with a margin.
        double minX = double.MaxValue, minY = double.MaxValue, maxX = double.MinValue, maxY = double.MinValue;
        void Include(double x, double y)
        {
            minX = Math.Min(minX, x);
            minY = Math.Min(minY, y);
            maxX = Math.Max(maxX, x);
            maxY = Math.Max(maxY, y);
        }

        foreach (var p in positions.Values)
        {
            Include(p.X, p.Y);
        }

        foreach (var c in clearances)
        {
            var p = positions[c.FromId];
            Include(p.X - c.Required, p.Y - c.Required);
            Include(p.X + c.Required, p.Y + c.Required);
        }

        var pad = Math.Max(2, 0.06 * Math.Max(maxX - minX, maxY - minY));
        minX -= pad;
        minY -= pad;
        maxX += pad;
        maxY += pad;
        var scale = Math.Min(PlanWidth / (maxX - minX), PlanHeight / (maxY - minY));
        var planW = (maxX - minX) * scale;
        var planH = (maxY - minY) * scale;
        double X(double x) => Left + ((x - minX) * scale);
        double Y(double y) => Top + ((maxY - y) * scale);

        var categories = placed.Select(c => Category(c.Kind)).Distinct().OrderBy(k => k).ToList();
        var anyWaived = drawable.Any(s => s.Waived);
        var legendItems = categories.Count + 2 + (anyWaived ? 1 : 0);
        var legendTop = Top + planH + Bottom;
        var legendRows = (legendItems + LegendColumns - 1) / LegendColumns;
        var width = Math.Max(Left + planW + Right, Left + (LegendColumns * LegendColumnWidth));
        var height = legendTop + 22 + (legendRows * 20) + 6;

        var svg = new StringBuilder();
        svg.Append(Inv($"<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"{Esc(id)}\" class=\"site-plan\" role=\"img\" aria-labelledby=\"{Esc(id)}-title\" viewBox=\"0 0 {N(width)} {N(height)}\" width=\"{N(width)}\" height=\"{N(height)}\" font-family=\"sans-serif\" font-size=\"11\">\n"));
        svg.Append(Inv($"<title id=\"{Esc(id)}-title\">Site plan of {Esc(facility.Id)}: {placed.Count} components, {drawable.Count} violated separations</title>\n"));
        svg.Append(Inv($"<rect x=\"{N(Left)}\" y=\"{N(Top)}\" width=\"{N(planW)}\" height=\"{N(planH)}\" fill=\"#fcfcf7\" stroke=\"#888\"/>\n"));

        AppendGrid(svg, minX, minY, maxX, maxY, X, Y, planW, planH);
        var barPx = AppendScaleAndNorth(svg, scale, planW, planH);

        // Labels are placed last, each where it covers no symbol and no label placed before it.
        var labels = new LabelPlacer(Left, Top, Left + planW, Top + planH);
        foreach (var c in placed)
        {
            var p = c.Position!;
            labels.Occupy(X(p.X) - Symbol - 2, Y(p.Y) - Symbol - 2, X(p.X) + Symbol + 2, Y(p.Y) + Symbol + 2);
        }

        labels.Occupy(Left + planW - 34, Top + 6, Left + planW - 10, Top + 52);
        labels.Occupy(Left + 8, Top + planH - 30, Left + 20 + barPx, Top + planH - 6);
        var labelText = new StringBuilder();

        // Clearance circles under everything else.
        svg.Append("<g class=\"clearances\">\n");
        foreach (var c in clearances)
        {
            var p = positions[c.FromId];
            var colour = c.Waived ? Amber : Red;
            var r = c.Required * scale;
            var (cx, cy) = (X(p.X), Y(p.Y));
            svg.Append(Inv($"<circle class=\"clearance\" data-from=\"{Esc(c.FromId)}\" cx=\"{N(cx)}\" cy=\"{N(cy)}\" r=\"{N(r)}\" fill=\"{colour}\" fill-opacity=\"0.04\" stroke=\"{colour}\" stroke-width=\"1.2\" stroke-dasharray=\"6 4\"><title>Required clearance around {Esc(c.FromId)}: {Esc(Metres(c.Required))} ({Esc(c.Finding.RuleId)})</title></circle>\n"));
            var text = $"r {Metres(c.Required)}";
            var candidates = s_aroundCircle
                .Select(a => (cx + (r * Math.Cos(a * Math.PI / 180)), cy + (r * Math.Sin(a * Math.PI / 180)) + 4));
            var (lx, ly) = labels.Place(text, candidates);
            labelText.Append(Inv($"<text class=\"clearance-label\" x=\"{N(lx)}\" y=\"{N(ly)}\" text-anchor=\"middle\" fill=\"{colour}\" stroke=\"#fff\" stroke-width=\"3\" paint-order=\"stroke\">{Esc(text)}</text>\n"));
        }

        svg.Append("</g>\n");

        // Violated separations.
        svg.Append("<g class=\"separations\">\n");
        // One line per pair of components, whatever the number of rules that found it too short.
        var pairs = drawable
            .GroupBy(s => string.CompareOrdinal(s.FromId, s.ToId) <= 0 ? (s.FromId, s.ToId) : (s.ToId, s.FromId))
            .Select(g => g.OrderBy(s => s.Waived).ThenBy(s => s.Finding.RuleId, StringComparer.Ordinal).ToList())
            .OrderBy(g => g.All(s => s.Waived) ? 0 : 1)
            .ToList();
        foreach (var group in pairs)
        {
            var s = group[0];
            var waived = group.All(x => x.Waived);
            var a = positions[s.FromId];
            var b = positions[s.ToId];
            var colour = waived ? Amber : Red;
            var dash = waived ? " stroke-dasharray=\"2 3\"" : string.Empty;
            var required = string.Join(" / ", group.Select(x => x.Required).Distinct().Order().Select(Metres));
            var text = $"{Metres(s.Measured)} < {required}{(waived ? " (waived)" : string.Empty)}";
            var rules = string.Join(", ", group.Select(x => x.Finding.RuleId + (x.Waived ? " (waived)" : string.Empty) + ": " + x.RequiredText + " required").Distinct(StringComparer.Ordinal));
            var (x1, y1, x2, y2) = (X(a.X), Y(a.Y), X(b.X), Y(b.Y));
            svg.Append(Inv($"<line class=\"{(waived ? "separation waived" : "separation violated")}\" data-rule=\"{Esc(string.Join(" ", group.Select(x => x.Finding.RuleId).Distinct(StringComparer.Ordinal)))}\" data-from=\"{Esc(s.FromId)}\" data-to=\"{Esc(s.ToId)}\" x1=\"{N(x1)}\" y1=\"{N(y1)}\" x2=\"{N(x2)}\" y2=\"{N(y2)}\" stroke=\"{colour}\" stroke-width=\"2.5\"{dash}><title>{Esc(s.FromId)} to {Esc(s.ToId)} is {Esc(Metres(s.Measured))}; {Esc(rules)}</title></line>\n"));
            var length = Math.Max(1, Math.Sqrt(((x2 - x1) * (x2 - x1)) + ((y2 - y1) * (y2 - y1))));
            var (nx, ny) = (-(y2 - y1) / length, (x2 - x1) / length);
            var candidates = s_alongLine
                .SelectMany(t => s_offLine.Select(o => (x1 + ((x2 - x1) * t) + (nx * o), y1 + ((y2 - y1) * t) + (ny * o) + 4)));
            var (lx, ly) = labels.Place(text, candidates);
            labelText.Append(Inv($"<text class=\"separation-label\" x=\"{N(lx)}\" y=\"{N(ly)}\" text-anchor=\"middle\" font-weight=\"bold\" fill=\"{colour}\" stroke=\"#fff\" stroke-width=\"3.5\" paint-order=\"stroke\">{Esc(text)}</text>\n"));
        }

        svg.Append("</g>\n");

        // Components.
        var involved = new HashSet<string>(drawable.Where(s => !s.Waived).SelectMany(s => new[] { s.FromId, s.ToId }), StringComparer.Ordinal);
        svg.Append("<g class=\"components\">\n");
        foreach (var c in placed)
        {
            var p = c.Position!;
            var cx = X(p.X);
            var cy = Y(p.Y);
            var category = Category(c.Kind);
            svg.Append(Inv($"<g class=\"component {CategoryClass(category)}\" data-id=\"{Esc(c.Id)}\" data-kind=\"{Esc(c.Kind)}\">"));
            svg.Append(Inv($"<title>{Esc(c.Id)} ({Esc(c.Kind)}) at x {Esc(ReportFormatting.Number(p.X))} m, y {Esc(ReportFormatting.Number(p.Y))} m</title>"));
            if (involved.Contains(c.Id))
            {
                svg.Append(Inv($"<circle cx=\"{N(cx)}\" cy=\"{N(cy)}\" r=\"{N(Symbol + 4)}\" fill=\"none\" stroke=\"{Red}\" stroke-width=\"2\"/>"));
            }

            svg.Append(Shape(category, cx, cy, Symbol));
            svg.Append("</g>\n");
            var d = Symbol + 3;
            var (lx, ly) = labels.Place(c.Id, [
                (cx + d, cy - 3, "start"), (cx + d, cy + 13, "start"), (cx - d, cy - 3, "end"), (cx - d, cy + 13, "end"),
                (cx, cy - d - 2, "middle"), (cx, cy + d + 11, "middle"), (cx + d, cy + 4, "start"), (cx - d, cy + 4, "end"),
            ], out var anchor);
            labelText.Append(Inv($"<text class=\"component-label\" x=\"{N(lx)}\" y=\"{N(ly)}\" text-anchor=\"{anchor}\" fill=\"#222\" stroke=\"#fff\" stroke-width=\"3\" paint-order=\"stroke\">{Esc(c.Id)}</text>\n"));
        }

        svg.Append("</g>\n<g class=\"labels\">\n").Append(labelText).Append("</g>\n");

        AppendLegend(svg, categories, Left, legendTop, anyWaived);
        svg.Append("</svg>\n");
        return new Plan(svg.ToString(), unplaced, drawable.Count);
    }

    /// <summary>
    /// Places labels greedily: the first candidate position whose box (text width estimated from its
    /// length) stays inside the plan and overlaps nothing placed before; the first candidate when none fits.
    /// </summary>
    private sealed class LabelPlacer(double left, double top, double right, double bottom)
    {
        private readonly List<(double X1, double Y1, double X2, double Y2)> _taken = [];

        public void Occupy(double x1, double y1, double x2, double y2) => _taken.Add((x1, y1, x2, y2));

        public (double X, double Y) Place(string text, IEnumerable<(double X, double Y)> candidates) =>
            Place(text, candidates.Select(c => (c.X, c.Y, "middle")), out _);

        public (double X, double Y) Place(string text, IEnumerable<(double X, double Y, string Anchor)> candidates, out string anchor)
        {
            var width = (text.Length * 6.2) + 4;
            (double X, double Y, string Anchor)? first = null;
            foreach (var c in candidates)
            {
                first ??= c;
                var x1 = c.Anchor switch { "start" => c.X - 2, "end" => c.X - width + 2, _ => c.X - (width / 2) };
                var box = (x1, c.Y - 11, x1 + width, c.Y + 3);
                if (box.x1 < left || box.Item3 > right || box.Item2 < top || box.Item4 > bottom || _taken.Any(t => Overlaps(t, box)))
                {
                    continue;
                }

                _taken.Add(box);
                anchor = c.Anchor;
                return (c.X, c.Y);
            }

            var fallback = first ?? (left, top, "start");
            anchor = fallback.Anchor;
            return (fallback.X, fallback.Y);
        }

        private static bool Overlaps((double X1, double Y1, double X2, double Y2) a, (double X1, double Y1, double X2, double Y2) b) =>
            a.X1 < b.X2 && b.X1 < a.X2 && a.Y1 < b.Y2 && b.Y1 < a.Y2;
    }

    private static void AppendGrid(StringBuilder svg, double minX, double minY, double maxX, double maxY,
        Func<double, double> x, Func<double, double> y, double planW, double planH)
    {
        var step = NiceStep(Math.Max(maxX - minX, maxY - minY) / 8);
        svg.Append("<g class=\"grid\" stroke=\"#e2e2da\" stroke-width=\"1\">\n");
        for (var gx = Math.Ceiling(minX / step) * step; gx <= maxX; gx += step)
        {
            svg.Append(Inv($"<line x1=\"{N(x(gx))}\" y1=\"{N(Top)}\" x2=\"{N(x(gx))}\" y2=\"{N(Top + planH)}\"/>\n"));
        }

        for (var gy = Math.Ceiling(minY / step) * step; gy <= maxY; gy += step)
        {
            svg.Append(Inv($"<line x1=\"{N(Left)}\" y1=\"{N(y(gy))}\" x2=\"{N(Left + planW)}\" y2=\"{N(y(gy))}\"/>\n"));
        }

        svg.Append("</g>\n<g class=\"axes\" fill=\"#555\">\n");
        for (var gx = Math.Ceiling(minX / step) * step; gx <= maxX; gx += step)
        {
            svg.Append(Inv($"<text x=\"{N(x(gx))}\" y=\"{N(Top + planH + 14)}\" text-anchor=\"middle\">{Esc(ReportFormatting.Number(gx))}</text>\n"));
        }

        for (var gy = Math.Ceiling(minY / step) * step; gy <= maxY; gy += step)
        {
            svg.Append(Inv($"<text x=\"{N(Left - 6)}\" y=\"{N(y(gy) + 4)}\" text-anchor=\"end\">{Esc(ReportFormatting.Number(gy))}</text>\n"));
        }

        svg.Append(Inv($"<text x=\"{N(Left + (planW / 2))}\" y=\"{N(Top + planH + 32)}\" text-anchor=\"middle\">x, east (m)</text>\n"));
        svg.Append(Inv($"<text x=\"14\" y=\"{N(Top + (planH / 2))}\" text-anchor=\"middle\" transform=\"rotate(-90 14 {N(Top + (planH / 2))})\">y, north (m)</text>\n"));
        svg.Append("</g>\n");
    }

    private static double AppendScaleAndNorth(StringBuilder svg, double scale, double planW, double planH)
    {
        // A scale bar of a round length about a sixth of the plan's width, bottom left inside the plan.
        var length = NiceStep(planW / scale / 6);
        var barPx = length * scale;
        var x0 = Left + 12;
        var y0 = Top + planH - 14;
        svg.Append("<g class=\"scale-bar\" stroke=\"#222\" stroke-width=\"1.5\">\n");
        svg.Append(Inv($"<rect x=\"{N(x0 - 4)}\" y=\"{N(y0 - 16)}\" width=\"{N(barPx + 8)}\" height=\"24\" fill=\"#fff\" fill-opacity=\"0.85\" stroke=\"none\"/>\n"));
        svg.Append(Inv($"<line x1=\"{N(x0)}\" y1=\"{N(y0)}\" x2=\"{N(x0 + barPx)}\" y2=\"{N(y0)}\"/>\n"));
        svg.Append(Inv($"<line x1=\"{N(x0)}\" y1=\"{N(y0 - 5)}\" x2=\"{N(x0)}\" y2=\"{N(y0 + 5)}\"/>\n"));
        svg.Append(Inv($"<line x1=\"{N(x0 + barPx)}\" y1=\"{N(y0 - 5)}\" x2=\"{N(x0 + barPx)}\" y2=\"{N(y0 + 5)}\"/>\n"));
        svg.Append(Inv($"<text x=\"{N(x0 + (barPx / 2))}\" y=\"{N(y0 - 5)}\" text-anchor=\"middle\" stroke=\"none\" fill=\"#222\">{Esc(ReportFormatting.Number(length))} m</text>\n"));
        svg.Append("</g>\n");

        var nx = Left + planW - 22;
        var ny = Top + 14;
        svg.Append("<g class=\"north-arrow\" fill=\"#222\">\n");
        svg.Append(Inv($"<path d=\"M {N(nx)} {N(ny)} L {N(nx - 7)} {N(ny + 20)} L {N(nx)} {N(ny + 15)} L {N(nx + 7)} {N(ny + 20)} Z\"/>\n"));
        svg.Append(Inv($"<text x=\"{N(nx)}\" y=\"{N(ny + 34)}\" text-anchor=\"middle\" font-weight=\"bold\">N</text>\n"));
        svg.Append("</g>\n");
        return barPx;
    }

    private static void AppendLegend(StringBuilder svg, List<KindCategory> categories, double x, double y, bool anyWaived)
    {
        svg.Append("<g class=\"legend\">\n");
        svg.Append(Inv($"<text x=\"{N(x)}\" y=\"{N(y + 12)}\" font-weight=\"bold\">Legend</text>\n"));
        var slot = 0;
        (double X, double Y) At(int i) => (x + (i % LegendColumns * LegendColumnWidth), y + 34 + (i / LegendColumns * 20));
        foreach (var category in categories)
        {
            var (ix, iy) = At(slot++);
            svg.Append(Shape(category, ix + 8, iy - 4, Symbol));
            svg.Append(Inv($"<text x=\"{N(ix + 24)}\" y=\"{N(iy)}\">{Esc(CategoryName(category))}</text>\n"));
        }

        var (lx, ly) = At(slot++);
        svg.Append(Inv($"<line x1=\"{N(lx)}\" y1=\"{N(ly - 4)}\" x2=\"{N(lx + 16)}\" y2=\"{N(ly - 4)}\" stroke=\"{Red}\" stroke-width=\"2.5\"/>\n"));
        svg.Append(Inv($"<text x=\"{N(lx + 24)}\" y=\"{N(ly)}\">violated separation: measured &lt; required</text>\n"));
        (lx, ly) = At(slot++);
        svg.Append(Inv($"<circle cx=\"{N(lx + 8)}\" cy=\"{N(ly - 4)}\" r=\"7\" fill=\"none\" stroke=\"{Red}\" stroke-dasharray=\"3 2\"/>\n"));
        svg.Append(Inv($"<text x=\"{N(lx + 24)}\" y=\"{N(ly)}\">required clearance (r = radius)</text>\n"));
        if (anyWaived)
        {
            (lx, ly) = At(slot);
            svg.Append(Inv($"<line x1=\"{N(lx)}\" y1=\"{N(ly - 4)}\" x2=\"{N(lx + 16)}\" y2=\"{N(ly - 4)}\" stroke=\"{Amber}\" stroke-width=\"2.5\" stroke-dasharray=\"2 3\"/>\n"));
            svg.Append(Inv($"<text x=\"{N(lx + 24)}\" y=\"{N(ly)}\">waived separation</text>\n"));
        }

        svg.Append("</g>\n");
    }

    private static string Shape(KindCategory category, double cx, double cy, double r) => category switch
    {
        KindCategory.Vessel => Inv($"<circle class=\"symbol\" cx=\"{N(cx)}\" cy=\"{N(cy)}\" r=\"{N(r)}\" fill=\"#1e88e5\" stroke=\"#0d47a1\" stroke-width=\"1.5\"/>"),
        KindCategory.Transport => Inv($"<rect class=\"symbol\" x=\"{N(cx - (1.4 * r))}\" y=\"{N(cy - (0.8 * r))}\" width=\"{N(2.8 * r)}\" height=\"{N(1.6 * r)}\" rx=\"3\" fill=\"#26a69a\" stroke=\"#00695c\" stroke-width=\"1.5\"/>"),
        KindCategory.Process => Inv($"<rect class=\"symbol\" x=\"{N(cx - r)}\" y=\"{N(cy - r)}\" width=\"{N(2 * r)}\" height=\"{N(2 * r)}\" fill=\"#8e24aa\" stroke=\"#4a148c\" stroke-width=\"1.5\"/>"),
        KindCategory.Dispenser => Inv($"<path class=\"symbol\" d=\"M {N(cx)} {N(cy - (1.3 * r))} L {N(cx + (1.3 * r))} {N(cy)} L {N(cx)} {N(cy + (1.3 * r))} L {N(cx - (1.3 * r))} {N(cy)} Z\" fill=\"#fb8c00\" stroke=\"#e65100\" stroke-width=\"1.5\"/>"),
        KindCategory.Detector => Inv($"<path class=\"symbol\" d=\"M {N(cx)} {N(cy - (1.2 * r))} L {N(cx + r)} {N(cy + (0.8 * r))} L {N(cx - r)} {N(cy + (0.8 * r))} Z\" fill=\"#43a047\" stroke=\"#1b5e20\" stroke-width=\"1.5\"/>"),
        KindCategory.Safety => Inv($"<path class=\"symbol\" d=\"{Hexagon(cx, cy, r)}\" fill=\"#fdd835\" stroke=\"#827717\" stroke-width=\"1.5\"/>"),
        KindCategory.Exposure => Inv($"<g class=\"symbol\"><rect x=\"{N(cx - r)}\" y=\"{N(cy - r)}\" width=\"{N(2 * r)}\" height=\"{N(2 * r)}\" fill=\"#efebe9\" stroke=\"#5d4037\" stroke-width=\"1.5\"/><path d=\"M {N(cx - r)} {N(cy - r)} L {N(cx + r)} {N(cy + r)} M {N(cx + r)} {N(cy - r)} L {N(cx - r)} {N(cy + r)}\" stroke=\"#5d4037\" stroke-width=\"1.5\"/></g>"),
        _ => Inv($"<circle class=\"symbol\" cx=\"{N(cx)}\" cy=\"{N(cy)}\" r=\"{N(r * 0.6)}\" fill=\"#9e9e9e\" stroke=\"#424242\" stroke-width=\"1\"/>"),
    };

    private static string Hexagon(double cx, double cy, double r)
    {
        var d = new StringBuilder();
        for (var i = 0; i < 6; i++)
        {
            var angle = Math.PI / 3 * i;
            d.Append(i == 0 ? "M " : " L ").Append(N(cx + (r * Math.Cos(angle)))).Append(' ').Append(N(cy + (r * Math.Sin(angle))));
        }

        return d.Append(" Z").ToString();
    }

    internal enum KindCategory
    {
        Vessel,
        Transport,
        Process,
        Dispenser,
        Detector,
        Safety,
        Exposure,
        Other,
    }

    internal static KindCategory Category(string kind) => kind switch
    {
        "storage_vessel" or "liquid_tank" or "cylinder_bundle" or "cylinder" => KindCategory.Vessel,
        "tube_trailer" or "liquid_tanker" or "vehicle" or "pipeline" => KindCategory.Transport,
        "electrolyzer" or "reformer" or "hydrogen_extractor" or "purifier" or "compressor" or "fuel_cell" => KindCategory.Process,
        "dispenser" => KindCategory.Dispenser,
        "gas_detector" or "flame_detector" => KindCategory.Detector,
        "emergency_shutdown" or "vent_stack" or "fire_wall" or "ventilation" or "enclosure" => KindCategory.Safety,
        "lot_line" or "building" or "building_opening" or "air_intake" or "ignition_source" or "combustible_material"
            or "flammable_liquid_storage" or "flammable_gas_storage" or "oxidizer_storage" or "public_road" or "railway"
            or "assembly_area" or "protected_facility" or "overhead_power_line" => KindCategory.Exposure,
        _ => KindCategory.Other,
    };

    private static string CategoryName(KindCategory category) => category switch
    {
        KindCategory.Vessel => "storage vessel, tank, cylinders",
        KindCategory.Transport => "trailer, tanker, vehicle, pipeline",
        KindCategory.Process => "electrolyser, compressor, fuel cell …",
        KindCategory.Dispenser => "dispenser",
        KindCategory.Detector => "gas or flame detector",
        KindCategory.Safety => "shutdown, vent, wall, ventilation",
        KindCategory.Exposure => "exposure (lot line, building, intake …)",
        _ => "other",
    };

    private static string CategoryClass(KindCategory category) => "kind-" + category.ToString().ToLowerInvariant();

    /// <summary>A round step (1, 2 or 5 times a power of ten) not smaller than <paramref name="rough"/>.</summary>
    private static double NiceStep(double rough)
    {
        if (!(rough > 0) || !double.IsFinite(rough))
        {
            return 1;
        }

        var power = Math.Pow(10, Math.Floor(Math.Log10(rough)));
        foreach (var m in new[] { 1.0, 2.0, 5.0, 10.0 })
        {
            if (m * power >= rough)
            {
                return m * power;
            }
        }

        return 10 * power;
    }

    private static string Metres(double value) => ReportFormatting.Number(value) + " m";

    private static string N(double value) => (Math.Round(value, 2) + 0.0).ToString("0.##", CultureInfo.InvariantCulture);

    private static string Inv(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    /// <summary>Text escaped for XML and HTML (content and attribute values).</summary>
    internal static string Esc(string text) => WebUtility.HtmlEncode(ReportFormatting.XmlSafe(text));
}
