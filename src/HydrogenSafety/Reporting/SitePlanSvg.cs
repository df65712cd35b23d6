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
public static partial class SitePlanSvg
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

    internal static Plan? Draw(Facility facility, ComplianceReport? report, string id, ReportStrings? words = null)
    {
        words ??= ReportStrings.English;
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

        var hazards = HazardExtents(placed);
        var frame = Frame.Fit(positions.Values, clearances.Select(c => (positions[c.FromId], c.Required)).Concat(HazardCircles(hazards)));
        var (planW, planH) = (frame.Width, frame.Height);

        var categories = placed.Select(c => Category(c.Kind)).Distinct().OrderBy(k => k).ToList();
        var anyWaived = drawable.Any(s => s.Waived);
        var legendItems = categories.Count + 2 + (anyWaived ? 1 : 0);
        var legendTop = Top + planH + Bottom;
        var legendRows = (legendItems + LegendColumns - 1) / LegendColumns;
        var width = Math.Max(Left + planW + Right, Left + (LegendColumns * LegendColumnWidth));
        var height = legendTop + 22 + (legendRows * 20) + 6 + (hazards.Count > 0 ? HazardLegendHeight : 0);

        var svg = new StringBuilder();
        svg.Append(Inv($"<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"{Esc(id)}\" class=\"site-plan\" role=\"img\" aria-labelledby=\"{Esc(id)}-title\" viewBox=\"0 0 {N(width)} {N(height)}\" width=\"{N(width)}\" height=\"{N(height)}\" font-family=\"sans-serif\" font-size=\"11\">\n"));
        svg.Append(Inv($"<title id=\"{Esc(id)}-title\">{Esc(words.PlanTitle(facility.Id, placed.Count, drawable.Count))}</title>\n"));
        svg.Append(Inv($"<rect x=\"{N(Left)}\" y=\"{N(Top)}\" width=\"{N(planW)}\" height=\"{N(planH)}\" fill=\"#fcfcf7\" stroke=\"#888\"/>\n"));

        AppendGrid(svg, frame, words);
        var barPx = AppendScaleAndNorth(svg, frame);

        // Labels are placed last, each where it covers no symbol and no label placed before it.
        var labels = new LabelPlacer(Left, Top, Left + planW, Top + planH);
        foreach (var c in placed)
        {
            var p = c.Position!;
            labels.Occupy(frame.X(p.X) - Symbol - 2, frame.Y(p.Y) - Symbol - 2, frame.X(p.X) + Symbol + 2, frame.Y(p.Y) + Symbol + 2);
        }

        labels.Occupy(Left + planW - 34, Top + 6, Left + planW - 10, Top + 52);
        labels.Occupy(Left + 8, Top + planH - 30, Left + 20 + barPx, Top + planH - 6);
        var labelText = new StringBuilder();
        AppendHazards(svg, frame, hazards);
        AppendClearances(svg, labels, labelText, frame, clearances, positions, words);
        AppendSeparations(svg, labels, labelText, frame, drawable, positions, words);
        AppendComponents(svg, labels, labelText, frame, placed, drawable, words);
        svg.Append("<g class=\"labels\">\n").Append(labelText).Append("</g>\n");

        AppendLegend(svg, categories, Left, legendTop, anyWaived, words);
        AppendHazardLegend(svg, Left, height - HazardLegendHeight - 2, hazards);
        svg.Append("</svg>\n");
        return new Plan(svg.ToString(), unplaced, drawable.Count);
    }

    private static string Metres(double value) => ReportFormatting.Number(value) + " m";

    /// <summary>A measured (computed) distance as the evidence prints it: <c>16.5 m</c> for 16.4924 m (see <see cref="Units.DisplayNumber"/>).</summary>
    private static string MeasuredMetres(double value) => Units.DisplayNumber.Format(value, computed: true) + " m";

    private static string N(double value) => (Math.Round(value, 2) + 0.0).ToString("0.##", CultureInfo.InvariantCulture);

    private static string Inv(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    /// <summary>Text escaped for XML and HTML (content and attribute values).</summary>
    internal static string Esc(string text) => WebUtility.HtmlEncode(ReportFormatting.XmlSafe(text));
}
