namespace HydrogenSafety.Rules;

/// <summary>Where a requirement comes from.</summary>
/// <param name="Document">The document, e.g. <c>29 CFR 1910.103</c>.</param>
/// <param name="Edition">The edition or year.</param>
/// <param name="Clause">The clause, table or article.</param>
/// <param name="Url">A public address, when there is one.</param>
/// <param name="Confidence">How sure the author is of the source, when stated.</param>
public sealed record Citation(string Document, string? Edition = null, string? Clause = null, string? Url = null, SourceConfidence? Confidence = null)
{
    /// <summary>One line: document, edition, clause.</summary>
    public override string ToString() =>
        string.Join(", ", new[] { Document, Edition, Clause }.Where(s => !string.IsNullOrEmpty(s)));

    /// <summary>The letter written in rule files for a confidence: <c>H</c>, <c>M</c> or <c>L</c>.</summary>
    public static string ConfidenceLetter(SourceConfidence confidence) => confidence switch
    {
        SourceConfidence.High => "H",
        SourceConfidence.Medium => "M",
        _ => "L",
    };
}
