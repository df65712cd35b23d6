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

        var c = y.Severity.CompareTo(x.Severity);
        if (c != 0)
        {
            return c;
        }

        c = string.CompareOrdinal(x.RuleId, y.RuleId);
        if (c != 0)
        {
            return c;
        }

        for (var i = 0; i < Math.Min(x.Subjects.Count, y.Subjects.Count); i++)
        {
            c = string.CompareOrdinal(x.Subjects[i].ComponentId, y.Subjects[i].ComponentId);
            if (c != 0)
            {
                return c;
            }
        }

        c = x.Subjects.Count.CompareTo(y.Subjects.Count);
        return c != 0 ? c : x.Outcome.CompareTo(y.Outcome);
    }
}
