namespace HydrogenSafety.Evaluation;

/// <summary>Report order: severity (highest first), rule id, then subject ids; ordinal throughout.</summary>
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
        return c != 0 ? c : ((int)x.Outcome).CompareTo((int)y.Outcome);
    }
}
