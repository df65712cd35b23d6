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
    /// Decides a binding. With <paramref name="deferDetails"/> (one-shot evaluations, whose facts no longer change),
    /// a pass, not-applicable, violation or indeterminate finding decided by the requirements renders its message and
    /// evidence only when first read.
    /// </summary>
    public static Finding Evaluate(RulePlan plan, EvalFrame frame, bool deferDetails)
    {
        try
        {
            return Decide(plan, frame, deferDetails);
        }
#pragma warning disable CA1031 // One binding's failure must not stop the other rules: it becomes an error outcome.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            return FindingFactory.Create(plan, frame, Outcome.Error, EvidenceLists.None, [], $"evaluation failed: {ex.Message}");
        }
    }

    public static Finding NotApplicable(RulePlan plan, EvalFrame frame, bool deferDetails) =>
        deferDetails
            ? FindingFactory.Deferred(plan, frame, Outcome.NotApplicable)
            : FindingFactory.Create(plan, frame, Outcome.NotApplicable, EvidenceLists.None, [], null);

    /// <summary>
    /// The message and evidence of a deferred finding (a pass, not-applicable, violation or indeterminate one of a
    /// one-shot evaluation), rendered on first read (any thread): its requirements evaluated again with recording give
    /// the evidence its decision would have recorded.
    /// </summary>
    internal static FindingDetail DeferredDetail(RulePlan plan, EvalFrame frame, Outcome outcome)
    {
        var fresh = Fresh(frame);
        if (outcome == Outcome.NotApplicable)
        {
            return FindingFactory.Detail(plan, fresh, Outcome.NotApplicable, EvidenceLists.None, null);
        }

        var gathered = Gather(plan, fresh, fresh.Recorder!, recordPasses: outcome == Outcome.Pass);
        var evidence = outcome switch
        {
            Outcome.Violation => gathered.Violated,
            Outcome.Indeterminate => gathered.Unknown,
            _ => gathered.Passed,
        };
        return FindingFactory.Detail(plan, fresh, outcome, evidence ?? EvidenceLists.None, null);
    }

    /// <summary>The unambiguous identity of a match's binding (see <see cref="BindingIdentity"/>).</summary>
    public static string BindingKey(ComponentFact[] subjects) =>
        BindingIdentity.Of(subjects);

    private static Finding Decide(RulePlan plan, EvalFrame frame, bool deferDetails)
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
                    return NotApplicable(plan, frame, deferDetails);
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

        return DecideRequirements(plan, frame, deferDetails);
    }

    private static void AddMissing(ref List<string>? missing, Value v)
    {
        if (v.IsUnknown)
        {
            (missing ??= []).AddRange(v.Missing);
        }
    }

    private static Finding DecideRequirements(RulePlan plan, EvalFrame frame, bool deferDetails)
    {
        var recorder = frame.Recorder!;
        if (deferDetails)
        {
            return DecideUnrecorded(plan, frame, recorder);
        }

        var gathered = Gather(plan, frame, recorder, recordPasses: true);

        // A false requirement decides the binding even if another failed to evaluate (false and x is false).
        if (gathered.Violated is { } violated)
        {
            return FindingFactory.Create(plan, frame, Outcome.Violation, violated, [], null);
        }

        if (gathered.Error is { } error)
        {
            return FindingFactory.Create(plan, frame, Outcome.Error, EvidenceLists.None, [], error);
        }

        if (gathered.Unknown is { } unknown)
        {
            return FindingFactory.Create(plan, frame, Outcome.Indeterminate, unknown, gathered.Missing ?? [], null);
        }

        return FindingFactory.Create(plan, frame, Outcome.Pass, gathered.Passed ?? EvidenceLists.None, [], null);
    }

    /// <summary>
    /// A one-shot evaluation's decision: the outcome and what is missing from one evaluation of the requirements without
    /// recording evidence, the same decision as <see cref="Gather"/>'s (requirements are pure: recording changes no
    /// value, and the same exceptions are thrown). The message and evidence of a pass, violation or indeterminate
    /// finding are rendered on first read (<see cref="DeferredDetail"/> gathers them again); an error is rendered now.
    /// </summary>
    private static Finding DecideUnrecorded(RulePlan plan, EvalFrame frame, EvidenceRecorder recorder)
    {
        var violated = false;
        var unknown = false;
        List<string>? missing = null;
        string? error = null;
        recorder.Clear();
        recorder.Recording = false;
        try
        {
            foreach (var (text, evaluate) in plan.Requirements)
            {
                var v = evaluate(frame);
                if (v.IsError)
                {
                    error ??= v.ErrorMessage;
                }
                else if (v.IsFalse)
                {
                    violated = true;
                }
                else if (v.IsUnknown)
                {
                    unknown = true;
                    (missing ??= []).AddRange(v.Missing);
                }
                else if (!v.IsTrue)
                {
                    error ??= NotBoolean(text, v);
                }
            }
        }
        finally
        {
            recorder.Recording = true;
            recorder.Clear();
        }

        if (violated)
        {
            return FindingFactory.Deferred(plan, frame, Outcome.Violation);
        }

        if (error is not null)
        {
            return FindingFactory.Create(plan, frame, Outcome.Error, EvidenceLists.None, [], error);
        }

        return unknown
            ? FindingFactory.Deferred(plan, frame, Outcome.Indeterminate, missing ?? [])
            : FindingFactory.Deferred(plan, frame, Outcome.Pass);
    }

    private static string NotBoolean(string text, Value v) => $"'{text}' gave {Logic.Describe(v)}, not true or false";

    /// <summary>
    /// Evaluates every requirement with recording: the evidence of the false ones, of the unknown ones (with what they
    /// lack) and, with <paramref name="recordPasses"/>, of the true ones; and the first failure, in requirement order.
    /// </summary>
    private static Gathered Gather(RulePlan plan, EvalFrame frame, EvidenceRecorder recorder, bool recordPasses)
    {
        var gathered = new Gathered();
        foreach (var (text, evaluate) in plan.Requirements)
        {
            recorder.Clear();
            var v = evaluate(frame);
            if (v.IsError)
            {
                gathered.Error ??= v.ErrorMessage;
            }
            else if (v.IsFalse)
            {
                (gathered.Violated ??= new()).Add(text, v, recorder, r => r.IsFalse);
            }
            else if (v.IsUnknown)
            {
                (gathered.Missing ??= []).AddRange(v.Missing);
                (gathered.Unknown ??= new()).Add(text, v, recorder, r => r.IsUnknown);
            }
            else if (v.IsTrue)
            {
                if (recordPasses)
                {
                    (gathered.Passed ??= new()).Add(text, v, recorder, _ => true);
                }
            }
            else
            {
                gathered.Error ??= NotBoolean(text, v);
            }
        }

        recorder.Clear();
        return gathered;
    }

    /// <summary>What <see cref="Gather"/> collected over a binding's requirements.</summary>
    private sealed class Gathered
    {
        public EvidenceLists? Violated { get; set; }

        public EvidenceLists? Unknown { get; set; }

        public EvidenceLists? Passed { get; set; }

        public List<string>? Missing { get; set; }

        public string? Error { get; set; }
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

    /// <summary>The same facts with a recorder of its own and no shared cache, for rendering later on any thread.</summary>
    private static EvalFrame Fresh(EvalFrame frame) => new(frame.Facility, frame.Subjects, frame.Aggregates, new EvidenceRecorder(), cache: null);
}
