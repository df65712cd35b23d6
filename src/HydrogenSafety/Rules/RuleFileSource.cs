using System.Reflection;
using HydrogenSafety.Diagnostics;
using HydrogenSafety.Yaml;

namespace HydrogenSafety.Rules;

/// <summary>
/// Where rule files live, so that a path written in a rule file (a test's <c>facility:</c>) is resolved
/// next to it: on disk, or among the manifest resources of an assembly (<c>builtin:rules/…</c>).
/// </summary>
internal abstract class RuleFileSource
{
    /// <summary>The prefix of the names of built-in rule files.</summary>
    public const string BuiltInPrefix = "builtin:";

    /// <summary>Files on disk, relative paths resolved against the rule file's folder.</summary>
    public static RuleFileSource Disk { get; } = new DiskSource();

    /// <summary>The manifest resources of <paramref name="assembly"/>.</summary>
    public static RuleFileSource Embedded(Assembly assembly) => new EmbeddedSource(assembly);

    /// <summary>The name of the file <paramref name="relativePath"/> names, written in <paramref name="ruleFile"/>.</summary>
    public abstract string Resolve(string ruleFile, string relativePath);

    /// <summary>The text of a file named by <see cref="Resolve"/>, or <c>null</c> with <paramref name="problem"/> set.</summary>
    public abstract string? ReadText(string name, YamlLimits limits, out Diagnostic? problem);

    /// <summary>
    /// True for files under a folder named <c>fixtures</c> (test facilities), <c>profiles</c> (profiles) or
    /// <c>coverage</c> (clause lists, <see cref="Coverage.CoverageSet"/>): they live beside rule files but are not rule files.
    /// </summary>
    public static bool IsFixture(string relativeName) =>
        relativeName.Replace('\\', '/').Split('/').SkipLast(1).Any(p => p is "fixtures" or "profiles" or Coverage.CoverageSet.FolderName);

    private sealed class DiskSource : RuleFileSource
    {
        public override string Resolve(string ruleFile, string relativePath) =>
            Path.Combine(Path.GetDirectoryName(ruleFile) ?? string.Empty, relativePath);

        public override string? ReadText(string name, YamlLimits limits, out Diagnostic? problem) =>
            SourceFileReader.ReadText(name, limits, out problem);
    }

    private sealed class EmbeddedSource(Assembly assembly) : RuleFileSource
    {
        private readonly Dictionary<string, string> _resources = assembly.GetManifestResourceNames()
            .GroupBy(n => n.Replace('\\', '/'), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

        public override string Resolve(string ruleFile, string relativePath)
        {
            var resource = ruleFile.StartsWith(BuiltInPrefix, StringComparison.Ordinal) ? ruleFile[BuiltInPrefix.Length..] : ruleFile;
            var parts = resource.Replace('\\', '/').Split('/').SkipLast(1).ToList();
            foreach (var part in relativePath.Replace('\\', '/').Split('/'))
            {
                if (part == "..")
                {
                    if (parts.Count > 0)
                    {
                        parts.RemoveAt(parts.Count - 1);
                    }
                }
                else if (part is not ("." or ""))
                {
                    parts.Add(part);
                }
            }

            return BuiltInPrefix + string.Join('/', parts);
        }

        public override string? ReadText(string name, YamlLimits limits, out Diagnostic? problem)
        {
            problem = null;
            var key = name.StartsWith(BuiltInPrefix, StringComparison.Ordinal) ? name[BuiltInPrefix.Length..] : name;
            using var stream = _resources.TryGetValue(key, out var resource) ? assembly.GetManifestResourceStream(resource) : null;
            if (stream is null)
            {
                problem = Diagnostic.Error(DiagnosticCodes.FileNotFound, SourceSpan.Start(name), $"no built-in file `{name}`");
                return null;
            }

            return BoundedTextReader.Read(stream, name, limits.MaxFileSize, out problem);
        }

        /// <summary>The built-in rule files: resources under <c>rules/</c> ending .yaml, .yml or .json, fixtures left out, in ordinal order.</summary>
        public IEnumerable<string> RuleFiles() =>
            _resources.Keys
                .Where(n => n.StartsWith("rules/", StringComparison.Ordinal) && IsRuleFileName(n) && !IsFixture(n))
                .Order(StringComparer.Ordinal)
                .Select(n => BuiltInPrefix + n);
    }

    /// <summary>The built-in rule file names of <paramref name="source"/> (empty for a disk source).</summary>
    public static IEnumerable<string> BuiltInRuleFiles(RuleFileSource source) =>
        source is EmbeddedSource embedded ? embedded.RuleFiles() : [];

    /// <summary>True for names ending .yaml, .yml or .json (any case).</summary>
    public static bool IsRuleFileName(string name) =>
        name.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase)
        || name.EndsWith(".yml", StringComparison.OrdinalIgnoreCase)
        || name.EndsWith(".json", StringComparison.OrdinalIgnoreCase);
}
