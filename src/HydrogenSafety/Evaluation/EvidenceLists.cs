using HydrogenSafety.Expressions.Runtime;

namespace HydrogenSafety.Evaluation;

/// <summary>
/// The evidence of a binding's requirements as it is gathered: the deciding comparisons (what a finding shows) and
/// the full trace (every comparison of the outcome's kind, with each requirement's own line).
/// </summary>
internal sealed class EvidenceLists
{
    /// <summary>No evidence (an error outcome).</summary>
    public static EvidenceLists None { get; } = new();

    /// <summary>The comparisons and rows that decided the outcome; a requirement with none stands for itself.</summary>
    public List<Evidence> Deciding { get; } = [];

    /// <summary>Everything looked at, as <c>--explain</c> and the JSON <c>evidence_trace</c> show it.</summary>
    public List<Evidence> Trace { get; } = [];

    /// <summary>Adds what the recorder holds for one requirement with result <paramref name="result"/>.</summary>
    public void Add(string text, Value result, EvidenceRecorder recorder, Func<Value, bool> which)
    {
        var own = new Evidence(text.Trim(), Left: result.Display());
        var deciding = new List<Evidence>();
        var trace = new List<Evidence>();
        recorder.Collect(which, deciding, trace);
        if (deciding.Count == 0)
        {
            Deciding.Add(own);
        }
        else
        {
            Deciding.AddRange(deciding);
        }

        if (!HasExpression(trace, own.Expression))
        {
            Trace.Add(own);
        }

        Trace.AddRange(trace);
    }

    private static bool HasExpression(List<Evidence> evidence, string expression)
    {
        foreach (var e in evidence)
        {
            if (string.Equals(e.Expression, expression, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
