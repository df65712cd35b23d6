using System.Text;

namespace HydrogenSafety.Reporting;

/// <summary>The site plan's symbols: a shape and colour per kind of component, and the legend that explains them.</summary>
public static partial class SitePlanSvg
{
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

    /// <summary>A kind category's legend text in English.</summary>
    internal static string CategoryName(KindCategory category) => category switch
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

    private static void AppendLegend(StringBuilder svg, List<KindCategory> categories, double x, double y, bool anyWaived, ReportStrings words)
    {
        svg.Append("<g class=\"legend\">\n");
        svg.Append(Inv($"<text x=\"{N(x)}\" y=\"{N(y + 12)}\" font-weight=\"bold\">{Esc(words.PlanLegend)}</text>\n"));
        var slot = 0;
        (double X, double Y) At(int i) => (x + (i % LegendColumns * LegendColumnWidth), y + 34 + (i / LegendColumns * 20));
        foreach (var category in categories)
        {
            var (ix, iy) = At(slot++);
            svg.Append(Shape(category, ix + 8, iy - 4, Symbol));
            svg.Append(Inv($"<text x=\"{N(ix + 24)}\" y=\"{N(iy)}\">{Esc(words.PlanCategory(category))}</text>\n"));
        }

        var (lx, ly) = At(slot++);
        svg.Append(Inv($"<line x1=\"{N(lx)}\" y1=\"{N(ly - 4)}\" x2=\"{N(lx + 16)}\" y2=\"{N(ly - 4)}\" stroke=\"{Red}\" stroke-width=\"2.5\"/>\n"));
        svg.Append(Inv($"<text x=\"{N(lx + 24)}\" y=\"{N(ly)}\">{Esc(words.PlanViolatedLegend)}</text>\n"));
        (lx, ly) = At(slot++);
        svg.Append(Inv($"<circle cx=\"{N(lx + 8)}\" cy=\"{N(ly - 4)}\" r=\"7\" fill=\"none\" stroke=\"{Red}\" stroke-dasharray=\"3 2\"/>\n"));
        svg.Append(Inv($"<text x=\"{N(lx + 24)}\" y=\"{N(ly)}\">{Esc(words.PlanClearanceLegend)}</text>\n"));
        if (anyWaived)
        {
            (lx, ly) = At(slot);
            svg.Append(Inv($"<line x1=\"{N(lx)}\" y1=\"{N(ly - 4)}\" x2=\"{N(lx + 16)}\" y2=\"{N(ly - 4)}\" stroke=\"{Amber}\" stroke-width=\"2.5\" stroke-dasharray=\"2 3\"/>\n"));
            svg.Append(Inv($"<text x=\"{N(lx + 24)}\" y=\"{N(ly)}\">{Esc(words.PlanWaivedLegend)}</text>\n"));
        }

        svg.Append("</g>\n");
    }
}
