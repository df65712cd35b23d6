using HydrogenSafety.Facilities;
using HydrogenSafety.Rules;
using HydrogenSafety.Units;

namespace HydrogenSafety.Benchmarks.Workloads;

/// <summary>
/// Inputs of the consequence-pack overhead measurement (issue 13): the synthetic facility with a leak scenario on
/// every gas pressure component the <c>intl/consequence</c> rules select (storage vessels, tube trailers, cylinder
/// bundles, compressors, dispensers), so that the pack's rules apply instead of being not applicable; and the
/// built-in rules with and without that pack.
/// </summary>
public static class ConsequenceFacilities
{
    private static readonly HashSet<string> s_pressureKinds = new(StringComparer.Ordinal)
    {
        "storage_vessel", "tube_trailer", "cylinder_bundle", "compressor", "dispenser",
    };

    /// <summary>
    /// <see cref="SyntheticFacilities.Create"/> with, on each gas pressure component, <c>temperature: 288 K</c> and
    /// either <c>leak_diameter</c> (1, 2 or 3 mm in turn) or <c>pipe_inner_diameter: 6.223 mm</c> (every fourth).
    /// Pressures stay the synthetic ones (random, so nearly every component is its own release state).
    /// </summary>
    public static Facility Create(int components, int seed = 1)
    {
        var facility = SyntheticFacilities.Create(components, seed);
        var n = 0;
        var list = facility.Components.Select(c =>
        {
            if (!s_pressureKinds.Contains(c.Kind) || (c.Attributes.TryGetValue("phase", out var phase) && phase.Text == "liquid"))
            {
                return c;
            }

            var attributes = new Dictionary<string, AttributeValue>(c.Attributes, StringComparer.Ordinal)
            {
                ["temperature"] = AttributeValue.Of(Quantity.From(288, "K")),
            };
            if (n % 4 == 3)
            {
                attributes["pipe_inner_diameter"] = AttributeValue.Of(Quantity.From(6.223, "mm"));
            }
            else
            {
                attributes["leak_diameter"] = AttributeValue.Of(Quantity.From(1 + (n % 4), "mm"));
            }

            n++;
            return new Component { Id = c.Id, Kind = c.Kind, Area = c.Area, Position = c.Position, Attributes = attributes };
        }).ToList();
        return new Facility
        {
            Id = facility.Id + "-consequence",
            Name = facility.Name + " with leak scenarios",
            Type = facility.Type,
            Attributes = facility.Attributes,
            Components = list,
        };
    }

    /// <summary>How many components of the facility carry a leak scenario.</summary>
    public static int LeakScenarios(Facility facility) =>
        facility.Components.Count(c => c.Attributes.ContainsKey("leak_diameter") || c.Attributes.ContainsKey("pipe_inner_diameter"));

    /// <summary>The built-in packs from <c>rules/</c> without <c>rules/intl/consequence</c>.</summary>
    public static RuleSet WithoutConsequencePack()
    {
        var root = Scenarios.RulesDirectory;
        var intl = Path.Combine(root, "intl");
        var consequence = Path.Combine(intl, "consequence");
        var paths = Directory.EnumerateFileSystemEntries(root).Where(p => !FolderFiles.SamePath(p, intl))
            .Concat(Directory.EnumerateFileSystemEntries(intl).Where(p => !FolderFiles.SamePath(p, consequence)))
            .Where(p => Path.GetFileName(p) is not ("coverage" or "profiles")) // not rule files (the folder load skips them the same way)
            .Where(p => Directory.Exists(p) || p.EndsWith(".yaml", StringComparison.Ordinal) || p.EndsWith(".yml", StringComparison.Ordinal) || p.EndsWith(".json", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToArray();
        return RuleSet.Load(paths);
    }
}
