using HydrogenSafety.Evaluation;
using HydrogenSafety.Facilities;
using HydrogenSafety.Rules;

namespace HydrogenSafety.Benchmarks.Workloads;

/// <summary>Shared inputs of the benchmarks and of the smoke mode.</summary>
public static class Scenarios
{
    /// <summary>A fixed as-of date, so that results never depend on the day of the run.</summary>
    public static readonly EngineOptions Options = new() { AsOf = new DateOnly(2025, 6, 1) };

    /// <summary>The repository root (the folder holding HydrogenSafety.sln), found upwards from the working directory or the binaries.</summary>
    public static string RepoRoot { get; } = FindRoot();

    /// <summary>The built-in rule packs as files (<c>rules/</c>), re-parsed by the load benchmarks.</summary>
    public static string RulesDirectory => Path.Combine(RepoRoot, "rules");

    public static RuleSet TenRuleSet() => RuleSet.Parse(TenRules.Yaml, "ten-rules.yaml");

    public static RuleSet SyntheticRuleSet(int count) => RuleSet.Parse(SyntheticRules.Yaml(count), $"synthetic-{count}.yaml");

    /// <summary>Violations of our engine, as (rule id, subjects) like the baselines report them.</summary>
    public static List<Baselines.BaselineViolation> Violations(ComplianceReport report) =>
        report.Violations.Select(f => new Baselines.BaselineViolation(f.RuleId, f.BindingKey)).ToList();

    /// <summary>Throws unless the three implementations of the ten rules find the same violations on <paramref name="facility"/>.</summary>
    public static int CheckBaselinesAgree(Facility facility, ComplianceEngine tenRules, Baselines.RulesEngineTenRules rulesEngine)
    {
        var ours = Normalise(Violations(tenRules.Evaluate(facility)));
        var hand = Normalise(Baselines.HandWrittenTenRules.Evaluate(facility));
        var re = Normalise(rulesEngine.Evaluate(facility));
        Compare("hand-written C#", hand, "HydrogenSafety", ours, facility);
        Compare("hand-written C#", hand, "RulesEngine", re, facility);
        return hand.Count;
    }

    private static List<string> Normalise(IEnumerable<Baselines.BaselineViolation> v) =>
        v.Select(x => x.RuleId + " " + x.Subjects).Order(StringComparer.Ordinal).ToList();

    private static void Compare(string aName, List<string> a, string bName, List<string> b, Facility facility)
    {
        if (a.SequenceEqual(b, StringComparer.Ordinal))
        {
            return;
        }

        var onlyA = a.Except(b, StringComparer.Ordinal).Take(5);
        var onlyB = b.Except(a, StringComparer.Ordinal).Take(5);
        throw new InvalidOperationException(
            $"{facility.Id}: {aName} found {a.Count} violations, {bName} {b.Count}. Only {aName}: [{string.Join("; ", onlyA)}]; only {bName}: [{string.Join("; ", onlyB)}]");
    }

    private static string FindRoot()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "HydrogenSafety.sln")))
                {
                    return dir.FullName;
                }
            }
        }

        throw new InvalidOperationException("HydrogenSafety.sln not found above the working directory or the binaries");
    }
}
