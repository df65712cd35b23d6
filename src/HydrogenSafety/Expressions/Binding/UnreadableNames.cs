using System.Collections.Frozen;

namespace HydrogenSafety.Expressions.Binding;

/// <summary>
/// Names that a rule file declares but whose declaration has an error of its own (already reported): a
/// parameter with an unreadable value, a table with broken rows. An expression that uses one binds to an
/// unknown value without a second error, so that one mistake is reported once (no cascade).
/// </summary>
/// <param name="AllParams">True when the whole <c>params:</c> could not be read: every parameter name is unreadable.</param>
/// <param name="Params">Parameter names with an unreadable value.</param>
/// <param name="Tables">Table names whose table could not be read.</param>
internal sealed record UnreadableNames(bool AllParams, IReadOnlySet<string> Params, IReadOnlySet<string> Tables)
{
    /// <summary>Nothing unreadable.</summary>
    public static UnreadableNames None { get; } = new(false, FrozenSet<string>.Empty, FrozenSet<string>.Empty);

    /// <summary>True when <paramref name="name"/> is a parameter declared with an error.</summary>
    public bool IsParam(string name) => AllParams || Params.Contains(name);

    /// <summary>The same names, with <paramref name="tables"/> as the unreadable tables.</summary>
    public UnreadableNames WithTables(IReadOnlySet<string> tables) => this with { Tables = tables };
}
