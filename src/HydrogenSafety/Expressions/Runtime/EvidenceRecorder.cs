using HydrogenSafety.Evaluation;

namespace HydrogenSafety.Expressions.Runtime;

/// <summary>
/// Collects what an evaluation looked at: each comparison with its two sides and result, and each
/// table row used, in evaluation order. <c>and</c> and <c>or</c> mark what did not decide their result
/// (<see cref="TracedLogic"/>), so that a finding shows the deciding comparisons while the full trace
/// stays available. One per rule activation; never shared between threads.
/// </summary>
internal sealed class EvidenceRecorder
{
    private readonly List<Entry> _entries;
    private readonly EvidenceRecorder _root;
    private readonly bool _negated;
    private EvidenceRecorder? _negation;
    private bool _recording = true;

    public EvidenceRecorder()
    {
        _entries = [];
        _root = this;
    }

    /// <summary>The view of <paramref name="other"/> under one more <c>not</c>: the same entries, each kept as negated.</summary>
    private EvidenceRecorder(EvidenceRecorder other)
    {
        _entries = other._entries;
        _root = other._root;
        _negated = !other._negated;
        _negation = other;
    }

    /// <summary>
    /// The recorder as seen from inside a <c>not (…)</c>: what is kept there is the same list, each entry marked as
    /// negated, so that a comparison that held under a violated <c>not</c> is evidence of the violation (and one that
    /// did not hold, of a pass). Null without a recorder. Two negations are the recorder itself.
    /// </summary>
    public static EvidenceRecorder? Negate(EvidenceRecorder? recorder) => recorder is null ? null : recorder._negation ??= new EvidenceRecorder(recorder);

    /// <summary>The number of entries so far, for <see cref="TracedLogic"/> to mark a range (0 without a recorder).</summary>
    public static int Mark(EvidenceRecorder? recorder) => recorder?._entries.Count ?? 0;

    /// <summary>The current end of the entries.</summary>
    public int Count => _entries.Count;

    /// <summary>
    /// False while an evaluation's evidence is not wanted (applicability, or a first pass that only needs the
    /// outcome): comparisons and rows are then not kept at all.
    /// </summary>
    public bool Recording
    {
        get => _root._recording;
        set => _root._recording = value;
    }

    /// <summary>Keeps a comparison; its values are formatted only if the evidence is collected.</summary>
    public void Comparison(string text, Value left, string op, Value right, Value result, bool limitFirst = false)
    {
        if (Recording)
        {
            _entries.Add(new Entry(text, left, op, right, result, null, null, limitFirst) { Negated = _negated });
        }
    }

    /// <summary>Keeps a table row used and the column read from it.</summary>
    public void TableRow(string text, RowMatch match, string column, Value cell)
    {
        if (Recording)
        {
            _entries.Add(new Entry(text, cell, column, default, Value.True, match, null, false));
        }
    }

    /// <summary>Keeps what a <c>defined</c> or <c>exists</c> (or its negation, whose result <paramref name="result"/> is) looked at.</summary>
    public void Presence(string text, Value result, PresenceFacts facts)
    {
        if (Recording)
        {
            // Under a further 'not' the presence reads as its own negation: 'not (exists(…) and …)' needs no such component.
            var (r, f) = _negated ? (Logic.Not(result), facts with { Negated = !facts.Negated }) : (result, facts);
            _entries.Add(new Entry(text, r, string.Empty, default, r, null, null, false) { Presence = f });
        }
    }

    /// <summary>Entries from <paramref name="from"/> up to <paramref name="to"/> did not decide the result of the expression that held them.</summary>
    public void NotDeciding(int from, int to)
    {
        for (var i = from; i < to && i < _entries.Count; i++)
        {
            _entries[i] = _entries[i] with { Deciding = false };
        }
    }

    public void Clear() => _entries.Clear();

    /// <summary>
    /// Comparisons whose result matches <paramref name="which"/> and the table rows used, in evaluation order, each
    /// turned into evidence once: <paramref name="trace"/> gets all of them (duplicates removed), <paramref name="deciding"/>
    /// only those that decided the result (a comparison with the same values as one already listed is left out too).
    /// </summary>
    public void Collect(Func<Value, bool> which, List<Evidence> deciding, List<Evidence> trace)
    {
        // A requirement records a handful of comparisons: a reused list searched in order is cheaper than a new hash set.
        var seen = _seen;
        seen.Clear();
        foreach (var entry in _entries)
        {
            if (entry.Row is null && !which(entry.Negated ? Logic.Not(entry.Result) : entry.Result))
            {
                continue;
            }

            if (entry.Presence is { } facts)
            {
                var p = EvidenceStatement.ForPresence(entry.Text, facts, entry.Result);
                if (!trace.Contains(p))
                {
                    trace.Add(p);
                }

                if (entry.Deciding != false && !deciding.Contains(p))
                {
                    deciding.Add(p);
                }

                continue;
            }

            var e = entry.Row is { } match
                ? EvidenceStatement.ForRow(entry.Text, match, entry.Op, entry.Left)
                : EvidenceStatement.ForComparison(entry.Text, entry.Left, entry.Op, entry.Right, entry.Result, entry.LimitFirst, entry.Negated);
            if (!trace.Contains(e))
            {
                trace.Add(e);
            }

            if (entry.Deciding != false && (entry.Row is not null || AddNew(seen, (e.Left, e.Operator, e.Right, e.Table))) && !deciding.Contains(e))
            {
                deciding.Add(e);
            }
        }
    }

    /// <summary>The compared values seen by <see cref="Collect"/> (kept to reuse its storage).</summary>
    private readonly List<(string?, string?, string?, string?)> _seen = [];

    /// <summary>Adds <paramref name="key"/> unless it is there already, as <c>HashSet.Add</c> would.</summary>
    private static bool AddNew(List<(string?, string?, string?, string?)> seen, (string?, string?, string?, string?) key)
    {
        if (seen.Contains(key))
        {
            return false;
        }

        seen.Add(key);
        return true;
    }

    private readonly record struct Entry(string Text, Value Left, string Op, Value Right, Value Result, RowMatch? Row, bool? Deciding, bool LimitFirst)
    {
        public PresenceFacts? Presence { get; init; }

        /// <summary>Kept under an odd number of <c>not</c>: the requirement is that the comparison does not hold.</summary>
        public bool Negated { get; init; }
    }
}
