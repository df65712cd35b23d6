namespace HydrogenSafety.Evaluation;

/// <summary>Report order: severity (highest first), rule id, subject ids, outcome, then message; ordinal throughout.</summary>
internal sealed class FindingOrder : IComparer<Finding>
{
    public static FindingOrder Instance { get; } = new();

    public int Compare(Finding? x, Finding? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null || y is null)
        {
            return x is null ? -1 : 1;
        }

        // Enums compared as integers: Enum.CompareTo(object) would box both operands on every comparison.
        var c = ((int)y.Severity).CompareTo((int)x.Severity);
        if (c != 0)
        {
            return c;
        }

        c = string.CompareOrdinal(x.RuleId, y.RuleId);
        if (c != 0)
        {
            return c;
        }

        var xs = x.Subjects;
        var ys = y.Subjects;
        var n = Math.Min(xs.Count, ys.Count);
        for (var i = 0; i < n; i++)
        {
            c = string.CompareOrdinal(xs[i].ComponentId, ys[i].ComponentId);
            if (c != 0)
            {
                return c;
            }
        }

        c = xs.Count.CompareTo(ys.Count);
        if (c != 0)
        {
            return c;
        }

        c = ((int)x.Outcome).CompareTo((int)y.Outcome);
        // Last, the message: two findings of one rule with the same subjects and outcome (an error beside a facility
        // binding) still have one order, so that a sort and an incremental insertion agree.
        return c != 0 ? c : string.CompareOrdinal(x.Message, y.Message);
    }
}
