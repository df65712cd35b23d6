using HydrogenSafety.Diagnostics;

namespace HydrogenSafety.Rules;

/// <summary>The outcome of reading one rule file.</summary>
/// <param name="Rules">The rules, in file order; empty when the file has any error.</param>
/// <param name="Tables">The lookup tables, in file order; empty when the file has any error.</param>
/// <param name="Diagnostics">Every error and warning of the file (and of test facility files it names), in position order.</param>
internal sealed record RuleFileResult(IReadOnlyList<RuleDefinition> Rules, IReadOnlyList<LookupTable> Tables, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>True when any diagnostic is an error.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.IsError);

    /// <summary>What a file with errors still offers for checking (never for evaluation); empty for a file without errors.</summary>
    public CheckableParts Broken { get; init; } = CheckableParts.None;
}

/// <summary>
/// The outcome of loading several rule files: the rules and tables of the files without errors, and every
/// diagnostic of every file. When <see cref="HasErrors"/> is true the set is broken and must not be evaluated.
/// </summary>
/// <param name="Rules">The rules of the files without errors, duplicates left out, in load order.</param>
/// <param name="Tables">The tables of the files without errors, duplicates left out, in load order.</param>
/// <param name="Diagnostics">Every diagnostic, file by file in load order.</param>
internal sealed record RuleLoadResult(IReadOnlyList<RuleDefinition> Rules, IReadOnlyList<LookupTable> Tables, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>True when any diagnostic is an error.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.IsError);

    /// <summary>The rules and tables of files with errors (and rules left out as duplicates), to be checked but never evaluated.</summary>
    public CheckableParts Broken { get; init; } = CheckableParts.None;

    /// <summary>Throws a <see cref="LoadException"/> carrying every diagnostic when there is any error.</summary>
    /// <exception cref="LoadException">Some file has an error.</exception>
    public RuleLoadResult ThrowIfErrors() => HasErrors ? throw new LoadException(Diagnostics) : this;
}

/// <summary>
/// The parts of broken rule files that can still be checked, so that every error of every file is reported
/// at once (SPEC §4.1): a rule set with any of these has errors and is never evaluated.
/// </summary>
/// <param name="Rules">The rules as far as they could be read.</param>
/// <param name="Tables">The tables read without error.</param>
/// <param name="UnreadableTables">The names of tables with an error of their own.</param>
internal sealed record CheckableParts(IReadOnlyList<RuleDraft> Rules, IReadOnlyList<LookupTable> Tables, IReadOnlyList<string> UnreadableTables)
{
    /// <summary>Nothing.</summary>
    public static CheckableParts None { get; } = new([], [], []);
}
