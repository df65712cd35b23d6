namespace HydrogenSafety.Evaluation;

/// <summary>What kind of sentence an <see cref="EvidenceSentence"/> is.</summary>
internal enum EvidenceSentenceKind
{
    /// <summary>A comparison of a value with a limit: <c>expected ≥ 17 m, got 16.5 m</c>, with a gap when both are quantities.</summary>
    Comparison,

    /// <summary>A table row used: <c>band up to 10,000 m3: class1 17 m</c>.</summary>
    Row,

    /// <summary>Whether an attribute is recorded (<c>defined</c>): <c>expected D-1.fueling_protocol recorded, got not recorded</c>.</summary>
    Defined,

    /// <summary>Which components satisfy a condition (<c>exists</c>): <c>expected no compressor where pressure &gt; 82 MPa, found C-1</c>.</summary>
    Exists,
}

/// <summary>How the gap of a decided comparison of quantities reads.</summary>
internal enum EvidenceGap
{
    /// <summary>No gap (not a comparison of quantities, or not decided).</summary>
    None,

    /// <summary>A failed lower limit: the value is short by the gap.</summary>
    Short,

    /// <summary>A failed upper limit: the value exceeds it by the gap.</summary>
    Exceeds,

    /// <summary>A passed comparison: the value is inside the limit by the gap.</summary>
    Margin,
}

/// <summary>
/// The structured form of an evidence statement, kept so that each report language words it on its own
/// (<see cref="Reporting.ReportStrings.Statement(EvidenceSentence)"/>); <see cref="Evidence.Statement"/> is its English
/// wording. The values are already written as reports print them (numbers and units are the same in every language).
/// </summary>
/// <param name="Kind">A comparison or a table row.</param>
/// <param name="Operator">
/// For a comparison, the relation of the value to the limit as the expression language writes it (<c>&gt;=</c>,
/// <c>==</c>, <c>in</c>, <c>not in</c>, <c>between</c>, …).
/// </param>
/// <param name="Limit">For a comparison, the limit (required value) as printed; for <c>between</c> the bounds <c>[a, b]</c>.</param>
/// <param name="Actual">For a comparison, the value as printed; null when it is not recorded.</param>
/// <param name="Gap">How the gap reads (<see cref="EvidenceGap.None"/> when there is none).</param>
/// <param name="GapText">The shortfall, excess or margin as printed, when there is a gap.</param>
/// <param name="Over">For a table row, the lower bound of the band as printed (exclusive), or null.</param>
/// <param name="UpTo">For a table row, the upper bound of the band as printed (inclusive), or null.</param>
/// <param name="Column">For a table row, the column read; for a comparison under <c>not</c>, the comparison as written.</param>
/// <param name="Cell">
/// For a table row, the cell as printed; null when the row has no value in the column. For an <c>in</c> or
/// <c>not in</c> under <c>not</c>, the list item the value matched (null when it matched none).
/// </param>
/// <param name="Negated">
/// For <c>defined</c> and <c>exists</c>: written under <c>not</c> (the attribute or component must be absent). For a
/// comparison: written under <c>not</c>, so <see cref="Operator"/> is the complement of the comparison as written
/// (the relation the value must have to the limit) and the gap is measured against that.
/// </param>
/// <param name="Holds">
/// For <c>defined</c> and <c>exists</c>: the requirement as written (negation included) holds. For a comparison
/// under <c>not</c>: the comparison as written (inside the <c>not</c>) held.
/// </param>
/// <param name="FoundCount">For <c>exists</c>: how many components satisfy the condition.</param>
/// <param name="Looked">For <c>exists</c>: how many components were looked at.</param>
internal sealed record EvidenceSentence(
    EvidenceSentenceKind Kind,
    string? Operator = null,
    string? Limit = null,
    string? Actual = null,
    EvidenceGap Gap = EvidenceGap.None,
    string? GapText = null,
    string? Over = null,
    string? UpTo = null,
    string? Column = null,
    string? Cell = null,
    bool Negated = false,
    bool Holds = false,
    int FoundCount = 0,
    int Looked = 0)
{
    /// <summary>A comparison sentence.</summary>
    public static EvidenceSentence Comparison(string op, string limit, string? actual, EvidenceGap gap = EvidenceGap.None, string? gapText = null) =>
        new(EvidenceSentenceKind.Comparison, op, limit, actual, gap, gapText);

    /// <summary>A table row sentence.</summary>
    public static EvidenceSentence Row(string? over, string? upTo, string column, string? cell) =>
        new(EvidenceSentenceKind.Row, Over: over, UpTo: upTo, Column: column, Cell: cell);

    /// <summary>
    /// A <c>defined</c> or <c>exists</c> sentence: <paramref name="subject"/> is the attribute or the kinds (in
    /// <see cref="Column"/>), <paramref name="condition"/> the <c>where</c> (in <see cref="Limit"/>) and
    /// <paramref name="found"/> the value or the components found (in <see cref="Actual"/>).
    /// </summary>
    public static EvidenceSentence Presence(bool exists, bool negated, bool holds, string subject, string? condition, string? found, int foundCount, int looked) =>
        new(exists ? EvidenceSentenceKind.Exists : EvidenceSentenceKind.Defined, Limit: condition, Actual: found, Column: subject,
            Negated: negated, Holds: holds, FoundCount: foundCount, Looked: looked);

    /// <summary>For <c>exists</c>: the kinds and the condition, <c>gas_detector where area == fc.area</c>.</summary>
    public string What(string whereWord) => Limit is null ? Column ?? string.Empty : $"{Column} {whereWord} {Limit}";

    /// <summary>For <c>exists</c>: the components found, with how many more when not all are named.</summary>
    public string FoundList(Func<int, string> more) =>
        (Actual ?? string.Empty) + (FoundCount > PresenceEvidenceLimit ? more(FoundCount - PresenceEvidenceLimit) : string.Empty);

    private const int PresenceEvidenceLimit = Expressions.Runtime.PresenceEvidence.MaxNamed;

    /// <summary>The relation that holds exactly when <paramref name="op"/> does not (<c>&gt;</c> and <c>&lt;=</c>, <c>in</c> and <c>not in</c>, …).</summary>
    public static string Complement(string op) => op switch
    {
        ">=" => "<",
        ">" => "<=",
        "<=" => ">",
        "<" => ">=",
        "==" => "!=",
        "!=" => "==",
        "in" => "not in",
        "not in" => "in",
        "between" => "not between",
        "not between" => "between",
        _ => op,
    };

    /// <summary>
    /// For a comparison under <c>not</c>: how the two sides stand, with the relation that actually holds between them
    /// (<c>7 MPa &gt; 5 MPa</c>, <c>3 MPa ≤ 5 MPa</c>); for <c>in</c>, the value and the list item it matched, worded by
    /// <paramref name="matches"/> (value, item) or <paramref name="matchesNone"/> (value).
    /// </summary>
    public string Sides(Func<string, string, string> matches, Func<string, string> matchesNone)
    {
        var actual = Actual ?? string.Empty;
        var relation = Holds ? Complement(Operator ?? string.Empty) : Operator ?? string.Empty;
        if (relation is "in" or "not in")
        {
            return Cell is { } item ? matches(actual, item) : matchesNone(actual);
        }

        return $"{actual} {Symbol(relation)} {Limit}";
    }

    /// <summary>The operator as a report prints it: <c>≥</c>, <c>≤</c>, <c>≠</c>, <c>=</c>, else as written.</summary>
    public static string Symbol(string? op) => op switch
    {
        ">=" => "≥",
        "<=" => "≤",
        "!=" => "≠",
        "==" => "=",
        _ => op ?? string.Empty,
    };

    /// <summary>The two bounds of a <c>between</c> limit <c>[a, b]</c>, else the whole limit and null.</summary>
    public (string Low, string? High) Bounds()
    {
        var text = (Limit ?? string.Empty).Trim('[', ']');
        var comma = text.IndexOf(", ", StringComparison.Ordinal);
        return comma < 0 ? (text, null) : (text[..comma], text[(comma + 2)..]);
    }
}
