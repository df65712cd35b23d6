using HydrogenSafety.Rules;

namespace HydrogenSafety.DependencyInjection;

/// <summary>
/// Loads the rules the options name. The library loads either its built-in packs or files and folders, not
/// both together; to load both, the built-in packs are written once per process to a temporary folder and
/// loaded with the others, so that rule ids and tables are checked across all of them.
/// </summary>
internal static class RuleSources
{
    private const string ResourcePrefix = "rules/";
    private static readonly Lazy<string> s_builtInFolder = new(ExtractBuiltIn, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Loads the rules; throws <see cref="Diagnostics.LoadException"/> with every diagnostic.</summary>
    public static RuleSet Load(HydrogenSafetyOptions options)
    {
        var paths = options.RulePaths.Select(Path.GetFullPath).ToList();
        if (paths.Count == 0)
        {
            return RuleSet.BuiltIn;
        }

        if (options.BuiltInRules)
        {
            paths.Insert(0, s_builtInFolder.Value);
        }

        return RuleSet.Load([.. paths]);
    }

    /// <summary>Names the sources for a log line: <c>built-in rules, /srv/rules/extra</c>.</summary>
    public static string Describe(HydrogenSafetyOptions options) =>
        string.Join(", ", (options.BuiltInRules ? ["built-in rules"] : Array.Empty<string>()).Concat(options.RulePaths.Select(Path.GetFullPath)));

    private static string ExtractBuiltIn()
    {
        var assembly = typeof(RuleSet).Assembly;
        var folder = Path.Combine(Path.GetTempPath(), $"hydrogensafety-builtin-rules-{assembly.ManifestModule.ModuleVersionId:N}-{Environment.ProcessId}");
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)))
        {
            var target = Path.Combine(folder, resource[ResourcePrefix.Length..].Replace('/', Path.DirectorySeparatorChar));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            using var input = assembly.GetManifestResourceStream(resource)!;
            using var output = File.Create(target);
            input.CopyTo(output);
        }

        AppDomain.CurrentDomain.ProcessExit += (_, _) => TryDelete(folder);
        return folder;
    }

    private static void TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A temporary folder left behind is harmless.
        }
        catch (UnauthorizedAccessException)
        {
            // Likewise.
        }
    }
}
