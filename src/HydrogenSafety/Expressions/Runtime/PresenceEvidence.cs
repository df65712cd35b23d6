using HydrogenSafety.Evaluation.Facts;

namespace HydrogenSafety.Expressions.Runtime;

/// <summary>
/// Evidence for <c>defined(path)</c> and <c>exists(KIND where …)</c>, and for their negations: which attribute is or
/// is not recorded, and which components satisfy the condition (or how many were looked at when none does), so that a
/// finding states what decided it instead of a bare <c>false</c>. The value passed in is already the result; these
/// only record it (and look at the components again only while evidence is being kept).
/// </summary>
internal static class PresenceEvidence
{
    /// <summary>At most this many components are named; the rest are counted.</summary>
    public const int MaxNamed = 5;

    public static Value Defined(Value result, ComponentFact c, string name, EvidenceRecorder? recorder, string text, bool negated)
    {
        if (recorder is { Recording: true })
        {
            var value = c.Values.TryGetValue(name, out var v) ? v : (Value?)null;
            recorder.Presence(text, result, new PresenceFacts(false, negated, $"{c.Id}.{name}", null, value?.Display(), 0, 0));
        }

        return result;
    }

    public static Value FacilityDefined(Value result, FacilityFact f, string name, EvidenceRecorder? recorder, string text, bool negated)
    {
        if (recorder is { Recording: true })
        {
            var value = f.Values.TryGetValue(name, out var v) ? v : (Value?)null;
            recorder.Presence(text, result, new PresenceFacts(false, negated, $"facility.{name}", null, value?.Display(), 0, 0));
        }

        return result;
    }

    public static Value Exists(Value result, IEnumerable<ComponentFact> items, Func<ComponentFact, Value>? where, EvidenceRecorder? recorder,
        string text, string kinds, string? condition, bool negated)
    {
        if (recorder is { Recording: true } && (result.IsTrue || result.IsFalse))
        {
            var found = new List<string>();
            var looked = 0;
            foreach (var it in items)
            {
                looked++;
                if ((where?.Invoke(it) ?? Value.True).IsTrue)
                {
                    found.Add(it.Id);
                }
            }

            found.Sort(StringComparer.Ordinal);
            var named = found.Count == 0 ? null : string.Join(", ", found.Take(MaxNamed));
            recorder.Presence(text, result, new PresenceFacts(true, negated, kinds, condition, named, found.Count, looked));
        }

        return result;
    }
}

/// <summary>
/// What a <c>defined</c> or <c>exists</c> looked at.
/// </summary>
/// <param name="Exists">An <c>exists</c> (else a <c>defined</c>).</param>
/// <param name="Negated">Written under <c>not</c>: the requirement is that the attribute or component is absent.</param>
/// <param name="Subject">The attribute (<c>TK-1.pressure</c>, <c>facility.staffed</c>) or the kinds looked at.</param>
/// <param name="Condition">The <c>where</c> condition as written, for an <c>exists</c> with one.</param>
/// <param name="Found">The recorded value as printed, or the ids of the components satisfying the condition (the first <see cref="PresenceEvidence.MaxNamed"/>); null when there is none.</param>
/// <param name="FoundCount">How many components satisfy the condition.</param>
/// <param name="Looked">How many components were looked at.</param>
internal sealed record PresenceFacts(bool Exists, bool Negated, string Subject, string? Condition, string? Found, int FoundCount, int Looked);
