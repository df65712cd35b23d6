using HydrogenSafety.Rules;

namespace HydrogenSafety.DependencyInjection;

/// <summary>Loads the rules the options name: the built-in packs, rule files and folders, or both checked together.</summary>
internal static class RuleSources
{
    /// <summary>Loads the rules; throws <see cref="Diagnostics.LoadException"/> with every diagnostic.</summary>
    public static RuleSet Load(HydrogenSafetyOptions options)
    {
        var paths = options.RulePaths.Select(Path.GetFullPath).ToArray();
        if (paths.Length == 0)
        {
            return RuleSet.BuiltIn;
        }

        return options.BuiltInRules ? RuleSet.LoadWithBuiltIn(paths) : RuleSet.Load(paths);
    }

    /// <summary>Names the sources for a log line: <c>built-in rules, /srv/rules/extra</c>.</summary>
    public static string Describe(HydrogenSafetyOptions options) =>
        string.Join(", ", (options.BuiltInRules ? ["built-in rules"] : Array.Empty<string>()).Concat(options.RulePaths.Select(Path.GetFullPath)));
}
