using System.Text;
using HydrogenSafety.Facilities;

namespace HydrogenSafety.Reporting;

/// <summary>The site plan's layers: required clearances, violated separations and the components.</summary>
public static partial class SitePlanSvg
{
    /// <summary>Required clearances, under everything else: a dashed circle of the required radius around the component.</summary>
    private static void AppendClearances(StringBuilder svg, LabelPlacer labels, StringBuilder labelText, Frame frame,
        List<Separation> clearances, Dictionary<string, Position> positions, ReportStrings words)
    {
        svg.Append("<g class=\"clearances\">\n");
        foreach (var c in clearances)
        {
            var p = positions[c.FromId];
            var colour = c.Waived ? Amber : Red;
            var r = c.Required * frame.Scale;
            var (cx, cy) = (frame.X(p.X), frame.Y(p.Y));
            svg.Append(Inv($"<circle class=\"clearance\" data-from=\"{Esc(c.FromId)}\" cx=\"{N(cx)}\" cy=\"{N(cy)}\" r=\"{N(r)}\" fill=\"{colour}\" fill-opacity=\"0.04\" stroke=\"{colour}\" stroke-width=\"1.2\" stroke-dasharray=\"6 4\"><title>{Esc(words.PlanClearanceTitle(c.FromId, Metres(c.Required), c.Finding.RuleId))}</title></circle>\n"));
            var text = $"r {Metres(c.Required)}";
            var candidates = s_aroundCircle
                .Select(a => (cx + (r * Math.Cos(a * Math.PI / 180)), cy + (r * Math.Sin(a * Math.PI / 180)) + 4));
            var (lx, ly) = labels.Place(text, candidates);
            labelText.Append(Inv($"<text class=\"clearance-label\" x=\"{N(lx)}\" y=\"{N(ly)}\" text-anchor=\"middle\" fill=\"{colour}\" stroke=\"#fff\" stroke-width=\"3\" paint-order=\"stroke\">{Esc(text)}</text>\n"));
        }

        svg.Append("</g>\n");
    }

    /// <summary>Violated separations: one line per pair of components, whatever the number of rules that found it too short.</summary>
    private static void AppendSeparations(StringBuilder svg, LabelPlacer labels, StringBuilder labelText, Frame frame,
        List<Separation> drawable, Dictionary<string, Position> positions, ReportStrings words)
    {
        svg.Append("<g class=\"separations\">\n");
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
            var waivedTag = $" ({words.Outcome(Evaluation.Outcome.Waived)})";
            var text = $"{MeasuredMetres(s.Measured)} < {required}{(waived ? waivedTag : string.Empty)}";
            var rules = string.Join(", ", group.Select(x => x.Finding.RuleId + (x.Waived ? waivedTag : string.Empty) + ": " + words.PlanRequired(x.RequiredText)).Distinct(StringComparer.Ordinal));
            var (x1, y1, x2, y2) = (frame.X(a.X), frame.Y(a.Y), frame.X(b.X), frame.Y(b.Y));
            svg.Append(Inv($"<line class=\"{(waived ? "separation waived" : "separation violated")}\" data-rule=\"{Esc(string.Join(" ", group.Select(x => x.Finding.RuleId).Distinct(StringComparer.Ordinal)))}\" data-from=\"{Esc(s.FromId)}\" data-to=\"{Esc(s.ToId)}\" x1=\"{N(x1)}\" y1=\"{N(y1)}\" x2=\"{N(x2)}\" y2=\"{N(y2)}\" stroke=\"{colour}\" stroke-width=\"2.5\"{dash}><title>{Esc(words.PlanSeparationTitle(s.FromId, s.ToId, MeasuredMetres(s.Measured), rules))}</title></line>\n"));
            var length = Math.Max(1, Math.Sqrt(((x2 - x1) * (x2 - x1)) + ((y2 - y1) * (y2 - y1))));
            var (nx, ny) = (-(y2 - y1) / length, (x2 - x1) / length);
            var candidates = s_alongLine
                .SelectMany(t => s_offLine.Select(o => (x1 + ((x2 - x1) * t) + (nx * o), y1 + ((y2 - y1) * t) + (ny * o) + 4)));
            var (lx, ly) = labels.Place(text, candidates);
            labelText.Append(Inv($"<text class=\"separation-label\" x=\"{N(lx)}\" y=\"{N(ly)}\" text-anchor=\"middle\" font-weight=\"bold\" fill=\"{colour}\" stroke=\"#fff\" stroke-width=\"3.5\" paint-order=\"stroke\">{Esc(text)}</text>\n"));
        }

        svg.Append("</g>\n");
    }

    /// <summary>The components: each a symbol of its kind, ringed when in an open violated separation.</summary>
    private static void AppendComponents(StringBuilder svg, LabelPlacer labels, StringBuilder labelText, Frame frame,
        List<Component> placed, List<Separation> drawable, ReportStrings words)
    {
        var involved = new HashSet<string>(drawable.Where(s => !s.Waived).SelectMany(s => new[] { s.FromId, s.ToId }), StringComparer.Ordinal);
        svg.Append("<g class=\"components\">\n");
        foreach (var c in placed)
        {
            var p = c.Position!;
            var cx = frame.X(p.X);
            var cy = frame.Y(p.Y);
            var category = Category(c.Kind);
            svg.Append(Inv($"<g class=\"component {CategoryClass(category)}\" data-id=\"{Esc(c.Id)}\" data-kind=\"{Esc(c.Kind)}\">"));
            svg.Append(Inv($"<title>{Esc(words.PlanComponentTitle(c.Id, c.Kind, ReportFormatting.Number(p.X), ReportFormatting.Number(p.Y)))}</title>"));
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

        svg.Append("</g>\n");
    }
}
