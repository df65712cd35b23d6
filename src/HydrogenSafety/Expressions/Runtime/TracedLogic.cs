namespace HydrogenSafety.Expressions.Runtime;

/// <summary>
/// <c>and</c> and <c>or</c> where evidence is kept: the same results as <see cref="Logic"/>, and the evidence of a
/// side that did not decide the result is marked so (SPEC §4.2). A false <c>and</c> is decided by its first false
/// side; a true <c>or</c> by its first true side; a false <c>or</c> by every side (each failed alternative).
/// </summary>
internal static class TracedLogic
{
    /// <param name="start">The recorder's mark before the left side.</param>
    /// <param name="a">The left side.</param>
    /// <param name="middle">The recorder's mark between the sides.</param>
    /// <param name="b">The right side.</param>
    /// <param name="recorder">The recorder.</param>
    public static Value And(int start, Value a, int middle, Value b, EvidenceRecorder? recorder)
    {
        var result = Logic.And(a, b);
        if (recorder is not null && result.IsFalse)
        {
            if (a.IsFalse)
            {
                recorder.NotDeciding(middle, recorder.Count);
            }
            else
            {
                recorder.NotDeciding(start, middle);
            }
        }

        return result;
    }

    /// <inheritdoc cref="And"/>
    public static Value Or(int start, Value a, int middle, Value b, EvidenceRecorder? recorder)
    {
        var result = Logic.Or(a, b);
        if (recorder is not null && result.IsTrue)
        {
            if (a.IsTrue)
            {
                recorder.NotDeciding(middle, recorder.Count);
            }
            else
            {
                recorder.NotDeciding(start, middle);
            }
        }

        return result;
    }
}
