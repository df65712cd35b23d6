using System.Text;
using HydrogenSafety.Consequences;
using HydrogenSafety.Facilities;
using HydrogenSafety.Units;

namespace HydrogenSafety.Reporting;

/// <summary>
/// The site plan's advisory hazard extents: around each pressure vessel whose pressure, temperature and leak (or
/// pipe) size are recorded, the 4.732 kW/m2 jet-flame distance and the 4 % (LFL) extent of the unignited jet,
/// drawn as circles (the jet may point any way) with a legend. Physics estimates (docs/consequences.md), not a
/// code-compliance determination.
/// </summary>
public static partial class SitePlanSvg
{
    private const string FlameColour = "#c2185b";
    private const string CloudColour = "#1565c0";
    private const double HazardLegendHeight = 44;

    private static readonly Quantity s_flameFlux = Quantity.From(4.732, "kW/m2");
    private static readonly Quantity s_lfl = Quantity.From(4, "%");

    /// <summary>One vessel's extents, metres.</summary>
    internal sealed record HazardExtent(Component Vessel, double Flame, double Cloud);

    /// <summary>The extents of the placed pressure vessels the models can work (others are left out silently).</summary>
    internal static List<HazardExtent> HazardExtents(IEnumerable<Component> placed)
    {
        var extents = new List<HazardExtent>();
        foreach (var c in placed)
        {
            if (c.Kind is not ("storage_vessel" or "tube_trailer" or "cylinder_bundle" or "cylinder") || TextOf(c, "phase") == "liquid"
                || QuantityOf(c, "pressure") is not { } p || QuantityOf(c, "temperature") is not { } t)
            {
                continue;
            }

            var leak = QuantityOf(c, "leak_diameter");
            var pipe = QuantityOf(c, "pipe_inner_diameter");
            try
            {
                var scenario = leak is { } l ? new ReleaseScenario(p, t, l)
                    : pipe is { } d ? ReleaseScenario.FromPipe(p, t, d, ReleaseScenario.Nfpa2LeakFraction)
                    : null;
                if (scenario is null)
                {
                    continue;
                }

                var estimate = HazardCalculator.Estimate(scenario);
                extents.Add(new HazardExtent(c, estimate.DistanceToHeatFlux(s_flameFlux).Value, estimate.DistanceTo(s_lfl).Advisory.Value));
            }
            catch (HazardInputException)
            {
                // Outside the models' validity: nothing to draw.
            }
        }

        return extents;
    }

    /// <summary>The circles the frame must hold.</summary>
    private static IEnumerable<(Position, double)> HazardCircles(List<HazardExtent> extents) =>
        extents.SelectMany(e => new[] { (e.Vessel.Position!, e.Flame), (e.Vessel.Position!, e.Cloud) });

    private static void AppendHazards(StringBuilder svg, Frame frame, List<HazardExtent> extents)
    {
        if (extents.Count == 0)
        {
            return;
        }

        svg.Append("<g class=\"hazard-extents\">\n");
        foreach (var e in extents)
        {
            var (cx, cy) = (frame.X(e.Vessel.Position!.X), frame.Y(e.Vessel.Position!.Y));
            svg.Append(Inv($"<circle class=\"hazard-cloud\" data-from=\"{Esc(e.Vessel.Id)}\" cx=\"{N(cx)}\" cy=\"{N(cy)}\" r=\"{N(e.Cloud * frame.Scale)}\" fill=\"{CloudColour}\" fill-opacity=\"0.05\" stroke=\"{CloudColour}\" stroke-width=\"1\" stroke-dasharray=\"2 3\"><title>4 % (LFL) extent of a leak from {Esc(e.Vessel.Id)}: {Esc(Metres(e.Cloud))} (advisory)</title></circle>\n"));
            svg.Append(Inv($"<circle class=\"hazard-flame\" data-from=\"{Esc(e.Vessel.Id)}\" cx=\"{N(cx)}\" cy=\"{N(cy)}\" r=\"{N(e.Flame * frame.Scale)}\" fill=\"{FlameColour}\" fill-opacity=\"0.06\" stroke=\"{FlameColour}\" stroke-width=\"1\" stroke-dasharray=\"8 3\"><title>4.732 kW/m2 jet-flame distance of a leak from {Esc(e.Vessel.Id)}: {Esc(Metres(e.Flame))} (advisory)</title></circle>\n"));
        }

        svg.Append("</g>\n");
    }

    private static void AppendHazardLegend(StringBuilder svg, double x, double y, List<HazardExtent> extents)
    {
        if (extents.Count == 0)
        {
            return;
        }

        svg.Append("<g class=\"hazard-legend\">\n");
        svg.Append(Inv($"<circle cx=\"{N(x + 8)}\" cy=\"{N(y + 14)}\" r=\"7\" fill=\"{FlameColour}\" fill-opacity=\"0.06\" stroke=\"{FlameColour}\" stroke-dasharray=\"8 3\"/>"));
        svg.Append(Inv($"<text x=\"{N(x + 22)}\" y=\"{N(y + 18)}\">Jet flame 4.732 kW/m2 distance of a leak (advisory physics estimate)</text>\n"));
        svg.Append(Inv($"<circle cx=\"{N(x + 8)}\" cy=\"{N(y + 34)}\" r=\"7\" fill=\"{CloudColour}\" fill-opacity=\"0.05\" stroke=\"{CloudColour}\" stroke-dasharray=\"2 3\"/>"));
        svg.Append(Inv($"<text x=\"{N(x + 22)}\" y=\"{N(y + 38)}\">Unignited jet 4 % (LFL) extent — advisory, not a code-compliance determination</text>\n"));
        svg.Append("</g>\n");
    }

    private static Quantity? QuantityOf(Component c, string name) =>
        c.Attributes.TryGetValue(name, out var v) && v.Kind == ValueKind.Quantity ? v.Quantity : null;

    private static string? TextOf(Component c, string name) =>
        c.Attributes.TryGetValue(name, out var v) && v.Kind == ValueKind.Text ? v.Text : null;
}
