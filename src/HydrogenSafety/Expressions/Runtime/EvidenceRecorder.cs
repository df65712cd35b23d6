using HydrogenSafety.Evaluation;

namespace HydrogenSafety.Expressions.Runtime;

/// <summary>
/// Collects what an evaluation looked at: each comparison with its two sides and result, and each
/// table row used. One per rule activation; never shared between threads.
/// </summary>
internal sealed class EvidenceRecorder
{
    private readonly List<(string Text, Value Left, string Op, Value Right, Value Result)> _comparisons = [];
    private readonly List<(string Text, RowMatch Match)> _rows = [];

    /// <summary>
    /// False while an evaluation's evidence is not wanted (applicability, or a first pass that only needs the
    /// outcome): comparisons and rows are then not kept at all.
    /// </summary>
    public bool Recording { get; set; } = true;

    /// <summary>Keeps a comparison; its values are formatted only if the evidence is collected.</summary>
    public void Comparison(string text, Value left, string op, Value right, Value result)
    {
        if (Recording)
        {
            _comparisons.Add((text, left, op, right, result));
        }
    }

    public void TableRow(string text, RowMatch match)
    {
        if (Recording)
        {
            _rows.Add((text, match));
        }
    }

    public void Clear()
    {
        _comparisons.Clear();
        _rows.Clear();
    }

    /// <summary>Comparisons whose result matches <paramref name="which"/>, then the table rows used; duplicates removed.</summary>
    public IReadOnlyList<Evidence> Collect(Func<Value, bool> which)
    {
        var list = new List<Evidence>();
        foreach (var (text, left, op, right, result) in _comparisons)
        {
            if (!which(result))
            {
                continue;
            }

            var (l, r) = FormatPair(left, right);
            var e = new Evidence(text, l, op, r);
            if (!list.Contains(e))
            {
                list.Add(e);
            }
        }

        foreach (var (text, match) in _rows)
        {
            var e = new Evidence(text, Table: match.Table.Name, Row: match.Row.Describe());
            if (!list.Contains(e))
            {
                list.Add(e);
            }
        }

        return list;
    }

    /// <summary>
    /// Both sides in the unit each was written in; where the two units differ, each non-canonical side
    /// also shows its value in canonical units.
    /// </summary>
    private static (string, string) FormatPair(Value left, Value right)
    {
        var l = left.ToString();
        var r = right.ToString();
        if (left.Kind == RuntimeKind.Number && right.Kind == RuntimeKind.Number && left.Unit is not null && right.Unit is not null
            && !string.Equals(left.Unit, right.Unit, StringComparison.Ordinal))
        {
            var lc = left.ToCanonicalString();
            var rc = right.ToCanonicalString();
            if (!string.Equals(lc, l, StringComparison.Ordinal))
            {
                l = $"{l} ({lc})";
            }

            if (!string.Equals(rc, r, StringComparison.Ordinal))
            {
                r = $"{r} ({rc})";
            }
        }

        return (l, r);
    }
}
