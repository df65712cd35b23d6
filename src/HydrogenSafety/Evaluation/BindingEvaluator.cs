using HydrogenSafety.Compilation;
using HydrogenSafety.Evaluation.Facts;
using HydrogenSafety.Expressions.Runtime;

namespace HydrogenSafety.Evaluation;

/// <summary>
/// Decides the outcome of one binding, in one place (SPEC §4.2): a subject filter or <c>when</c> that is
/// unknown makes it indeterminate; a false requirement makes it a violation; an unknown one,
/// indeterminate; a failed evaluation, an error; otherwise it passes.
/// </summary>
internal static class BindingEvaluator
{
    /// <summary>
    /// Decides a binding. With <paramref name="deferPassDetails"/> (one-shot evaluations, whose facts no longer change),
    /// a pass or not-applicable finding renders its message and evidence only when first read.
    /// </summary>
    public static Finding Evaluate(RulePlan plan, EvalFrame frame, bool deferPassDetails)
    {
        try
        {
            return Decide(plan, frame, deferPassDetails);
        }
#pragma warning disable CA1031 // One binding's failure must not stop the other rules: it becomes an error outcome.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            return FindingFactory.Create(plan, frame, Outcome.Error, EvidenceLists.None, [], $"evaluation failed: {ex.Message}");
        }
    }

    public static Finding NotApplicable(RulePlan plan, EvalFrame frame, bool deferPassDetails) =>
        deferPassDetails
            ? FindingFactory.Deferred(plan, frame, Outcome.NotApplicable)
            : FindingFactory.Create(plan, frame, Outcome.NotApplicable, EvidenceLists.None, [], null);

    /// <summary>The message and evidence of a deferred pass or not-applicable finding, rendered on first read (any thread).</summary>
    internal static FindingDetail DeferredDetail(RulePlan plan, EvalFrame frame, Outcome outcome) =>
        outcome == Outcome.Pass
            ? PassDetail(plan, Fresh(frame))
            : FindingFactory.Detail(plan, Fresh(frame), Outcome.NotApplicable, EvidenceLists.None, null);

    /// <summary>The unambiguous identity of a match's binding (see <see cref="BindingIdentity"/>).</summary>
    public static string BindingKey(ComponentFact[] subjects) =>
        BindingIdentity.Of(subjects);

    private static Finding Decide(RulePlan plan, EvalFrame frame, bool deferPassDetails)
    {
        // Applicability needs no evidence (a finding shows the requirements' comparisons only): nothing is recorded.
        var recorder = frame.Recorder;
        if (recorder is not null)
        {
            recorder.Clear();
            recorder.Recording = false;
        }

        try
        {
            List<string>? missing = null;
            foreach (var filter in plan.SubjectFilters)
            {
                if (filter is null)
                {
                    continue;
                }

                var v = filter(frame);
                if (v.IsError)
                {
                    return FindingFactory.Create(plan, frame, Outcome.Error, EvidenceLists.None, [], v.ErrorMessage);
                }

                AddMissing(ref missing, v);
            }

            if (plan.When is { } when)
            {
                var w = when(frame);
                if (w.IsError)
                {
                    return FindingFactory.Create(plan, frame, Outcome.Error, EvidenceLists.None, [], w.ErrorMessage);
                }

                if (w.IsFalse)
                {
                    return NotApplicable(plan, frame, deferPassDetails);
                }

                AddMissing(ref missing, w);
            }

            if (missing is { Count: > 0 })
            {
                // Applicability is unknown, so the outcome is indeterminate whatever the requirement says; but the finding
                // lists everything the engineer must supply, including what the requirement would need too.
                missing.AddRange(RequirementMissing(plan, frame));
                return FindingFactory.Create(plan, frame, Outcome.Indeterminate, EvidenceLists.None, missing, null);
            }
        }
        finally
        {
            if (recorder is not null)
            {
                recorder.Recording = true;
            }
        }

        return DecideRequirements(plan, frame, deferPassDetails);
    }

    private static void AddMissing(ref List<string>? missing, Value v)
    {
        if (v.IsUnknown)
        {
            (missing ??= []).AddRange(v.Missing);
        }
    }

    private static Finding DecideRequirements(RulePlan plan, EvalFrame frame, bool deferPassDetails)
    {
        var recorder = frame.Recorder!;
        if (deferPassDetails && AllTrueUnrecorded(plan, frame, recorder))
        {
            // Most bindings pass, and a deferred pass renders its evidence later: nothing needs recording now.
            return FindingFactory.Deferred(plan, frame, Outcome.Pass);
        }

        EvidenceLists? violated = null;
        EvidenceLists? unknown = null;
        EvidenceLists? passed = null;
        List<string>? missing = null;
        string? error = null;
        foreach (var (text, evaluate) in plan.Requirements)
        {
            recorder.Clear();
            var v = evaluate(frame);
            if (v.IsError)
            {
                error ??= v.ErrorMessage;
            }
            else if (v.IsFalse)
            {
                (violated ??= new()).Add(text, v, recorder, r => r.IsFalse);
            }
            else if (v.IsUnknown)
            {
                (missing ??= []).AddRange(v.Missing);
                (unknown ??= new()).Add(text, v, recorder, r => r.IsUnknown);
            }
            else if (v.IsTrue)
            {
                if (!deferPassDetails)
                {
                    (passed ??= new()).Add(text, v, recorder, _ => true);
                }
            }
            else
            {
                error ??= $"'{text}' gave {Logic.Describe(v)}, not true or false";
            }
        }

        recorder.Clear();

        // A false requirement decides the binding even if another failed to evaluate (false and x is false).
        if (violated is not null)
        {
            return FindingFactory.Create(plan, frame, Outcome.Violation, violated, [], null);
        }

        if (error is not null)
        {
            return FindingFactory.Create(plan, frame, Outcome.Error, EvidenceLists.None, [], error);
        }

        if (unknown is not null)
        {
            return FindingFactory.Create(plan, frame, Outcome.Indeterminate, unknown, missing ?? [], null);
        }

        return deferPassDetails
            ? FindingFactory.Deferred(plan, frame, Outcome.Pass)
            : FindingFactory.Create(plan, frame, Outcome.Pass, passed ?? EvidenceLists.None, [], null);
    }

    /// <summary>
    /// True when every requirement is true, evaluated without recording evidence. Requirements are pure, so a binding
    /// that does not pass is decided again with recording by the caller (same values, same evidence, same exceptions).
    /// </summary>
    private static bool AllTrueUnrecorded(RulePlan plan, EvalFrame frame, EvidenceRecorder recorder)
    {
        recorder.Clear();
        recorder.Recording = false;
        try
        {
            foreach (var (_, evaluate) in plan.Requirements)
            {
                if (!evaluate(frame).IsTrue)
                {
                    return false;
                }
            }

            return true;
        }
        finally
        {
            recorder.Recording = true;
            recorder.Clear();
        }
    }

    /// <summary>What the requirements lack on this binding (nothing when they can be decided, or fail to evaluate).</summary>
    private static IEnumerable<string> RequirementMissing(RulePlan plan, EvalFrame frame)
    {
        var missing = new List<string>();
        foreach (var (_, evaluate) in plan.Requirements)
        {
            frame.Recorder?.Clear();
            var v = evaluate(frame);
            if (v.IsUnknown)
            {
                missing.AddRange(v.Missing);
            }
        }

        frame.Recorder?.Clear();
        return missing;
    }

    /// <summary>A passing binding's message and evidence, by evaluating its requirements again (they are all true).</summary>
    private static FindingDetail PassDetail(RulePlan plan, EvalFrame frame)
    {
        var recorder = frame.Recorder!;
        var passed = new EvidenceLists();
        foreach (var (text, evaluate) in plan.Requirements)
        {
            recorder.Clear();
            var v = evaluate(frame);
            passed.Add(text, v, recorder, _ => true);
        }

        return FindingFactory.Detail(plan, frame, Outcome.Pass, passed, null);
    }

    /// <summary>The same facts with a recorder of its own and no shared cache, for rendering later on any thread.</summary>
    private static EvalFrame Fresh(EvalFrame frame) => new(frame.Facility, frame.Subjects, frame.Aggregates, new EvidenceRecorder(), cache: null);
}
