namespace HydrogenSafety.Evaluation;

/// <summary>How many findings had each outcome.</summary>
public sealed record OutcomeCounts(int Violation, int Indeterminate, int Error, int Waived, int Pass, int NotApplicable)
{
    /// <summary>Counts the outcomes of some findings.</summary>
    public static OutcomeCounts Of(IEnumerable<Outcome> outcomes)
    {
        int v = 0, i = 0, e = 0, w = 0, p = 0, n = 0;
        foreach (var o in outcomes)
        {
            switch (o)
            {
                case Outcome.Violation: v++; break;
                case Outcome.Indeterminate: i++; break;
                case Outcome.Error: e++; break;
                case Outcome.Waived: w++; break;
                case Outcome.Pass: p++; break;
                default: n++; break;
            }
        }

        return new OutcomeCounts(v, i, e, w, p, n);
    }

    /// <summary>Total of all outcomes.</summary>
    public int Total => Violation + Indeterminate + Error + Waived + Pass + NotApplicable;
}
