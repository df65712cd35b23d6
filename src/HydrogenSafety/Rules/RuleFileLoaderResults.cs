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

    /// <summary>Throws a <see cref="LoadException"/> carrying every diagnostic when there is any error.</summary>
    /// <exception cref="LoadException">Some file has an error.</exception>
    public RuleLoadResult ThrowIfErrors() => HasErrors ? throw new LoadException(Diagnostics) : this;
}
