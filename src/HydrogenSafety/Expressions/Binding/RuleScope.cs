using HydrogenSafety.Facilities;
using HydrogenSafety.Rules;

namespace HydrogenSafety.Expressions.Binding;

/// <summary>What names a rule's expressions can use: its subjects, parameters, the tables, and the aggregate slots found so far.</summary>
internal sealed class RuleScope
{
    private readonly List<AggregateSlot> _slots = [];

    public RuleScope(RuleDefinition rule, IReadOnlyDictionary<string, LookupTable> tables, UnreadableNames? unreadable = null)
    {
        Unreadable = unreadable ?? UnreadableNames.None;
        Subjects = rule.Subjects;
        IsFacilityRule = rule.IsFacilityRule;
        Params = rule.Params;
        Tables = tables;
    }

    public IReadOnlyList<SubjectDeclaration> Subjects { get; }

    public bool IsFacilityRule { get; }

    public IReadOnlyDictionary<string, AttributeValue> Params { get; }

    public IReadOnlyDictionary<string, LookupTable> Tables { get; }

    /// <summary>Parameters and tables declared with an error of their own: using one is not a second error.</summary>
    public UnreadableNames Unreadable { get; }

    public IReadOnlyList<AggregateSlot> Slots => _slots;

    public int SubjectIndex(string name)
    {
        for (var i = 0; i < Subjects.Count; i++)
        {
            if (string.Equals(Subjects[i].Name, name, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The slot for a set of kinds, shared by every aggregate of the rule over the same set.</summary>
    public AggregateSlot SlotFor(IReadOnlyList<string> kinds)
    {
        var sorted = kinds.Distinct(StringComparer.Ordinal).OrderBy(k => k, StringComparer.Ordinal).ToList();
        foreach (var s in _slots)
        {
            if (s.Kinds.SequenceEqual(sorted, StringComparer.Ordinal))
            {
                return s;
            }
        }

        var slot = new AggregateSlot(_slots.Count, sorted);
        _slots.Add(slot);
        return slot;
    }
}
