using HydrogenSafety.Diagnostics;

namespace HydrogenSafety.Rules;

/// <summary>
/// A checked set of rules and tables: every expression parsed, every name resolved, every type and
/// dimension checked. A rule set with any error is never built: loading throws a
/// <see cref="LoadException"/> that carries every diagnostic.
/// </summary>
public sealed class RuleSet
{
    private static readonly Lazy<RuleSet> s_builtIn = new(() => FromLoad(RuleFileLoader.LoadEmbedded(typeof(RuleSet).Assembly)));
    private static readonly Lazy<RuleSet> s_builtInForEvaluation = new(() => FromLoad(RuleFileLoader.LoadEmbedded(typeof(RuleSet).Assembly, skipTests: true)));

    internal RuleSet(IReadOnlyList<CheckedRule> rules, IReadOnlyList<LookupTable> tables, IReadOnlyList<Diagnostic> warnings, string digest,
        string? profile = null, IReadOnlySet<string>? excluded = null)
    {
        Profile = profile;
        Excluded = excluded ?? new HashSet<string>(StringComparer.Ordinal);
        Checked = rules;
        Rules = rules.Select(r => r.Definition).ToList();
        Tables = tables;
        Warnings = warnings;
        Digest = digest;
    }

    /// <summary>The built-in rule packs shipped inside the library.</summary>
    /// <exception cref="LoadException">The shipped rules are broken (a packaging defect).</exception>
    public static RuleSet BuiltIn => s_builtIn.Value;

    /// <summary>
    /// The built-in rule packs without their inline tests: the same rules, tables, warnings and <see cref="Digest"/>
    /// as <see cref="BuiltIn"/>, and the same reports, but every <see cref="RuleDefinition.Tests"/> is empty because the
    /// rules' <c>tests:</c> blocks are not read, which makes loading cheaper. For callers that only evaluate; use
    /// <see cref="BuiltIn"/> to run or list the rules' tests.
    /// </summary>
    /// <exception cref="LoadException">The shipped rules are broken (a packaging defect).</exception>
    public static RuleSet BuiltInForEvaluation => s_builtInForEvaluation.Value;

    /// <summary>The rules, ordered by id.</summary>
    public IReadOnlyList<RuleDefinition> Rules { get; }

    /// <summary>The lookup tables.</summary>
    public IReadOnlyList<LookupTable> Tables { get; }

    /// <summary>Warnings found while loading (errors never reach a built rule set).</summary>
    public IReadOnlyList<Diagnostic> Warnings { get; }

    /// <summary>A digest of the rule content, <c>sha256:…</c>, stable across machines.</summary>
    public string Digest { get; }

    /// <summary>The name of the profile this set was tailored with, if any.</summary>
    public string? Profile { get; }

    /// <summary>Ids of rules the profile leaves out (they are counted as not selected).</summary>
    public IReadOnlySet<string> Excluded { get; }

    internal IReadOnlyList<CheckedRule> Checked { get; }

    /// <summary>
    /// This rule set tailored by a profile: the rules it leaves out are not evaluated, and its severity
    /// and parameter overrides apply. An unknown rule id, tag, jurisdiction or parameter in the profile
    /// is an error.
    /// </summary>
    /// <exception cref="LoadException">The profile does not fit this rule set; every diagnostic is attached.</exception>
    public RuleSet Tailor(Profiles.Profile profile) => Profiles.ProfileTailoring.Apply(this, profile);

    /// <summary>Loads rule files and folders (every *.yaml, *.yml and *.json in a folder, recursively).</summary>
    /// <exception cref="LoadException">Any file has an error; every diagnostic of every file is attached.</exception>
    public static RuleSet Load(params string[] paths) => FromLoad(RuleFileLoader.LoadPaths(paths));

    /// <summary>
    /// The built-in rule packs together with more rule files and folders, checked as one set (rule ids
    /// and table names unique across all of them).
    /// </summary>
    /// <exception cref="LoadException">Any file has an error; every diagnostic of every file is attached.</exception>
    public static RuleSet LoadWithBuiltIn(params string[] paths) =>
        paths.Length == 0 ? BuiltIn : FromLoad(RuleFileLoader.LoadEmbeddedAndPaths(typeof(RuleSet).Assembly, paths));

    /// <summary>Parses one rule file's text; <paramref name="name"/> names it in diagnostics.</summary>
    /// <exception cref="LoadException">The text has an error; every diagnostic is attached.</exception>
    public static RuleSet Parse(string yaml, string name)
    {
        var file = RuleFileLoader.Read(yaml, name);
        return RuleSetBuilder.Build(file.Rules, file.Tables, file.Diagnostics, file.Broken);
    }

    private static RuleSet FromLoad(RuleLoadResult result) => RuleSetBuilder.Build(result.Rules, result.Tables, result.Diagnostics, result.Broken);
}
