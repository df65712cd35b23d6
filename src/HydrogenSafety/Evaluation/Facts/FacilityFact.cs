using HydrogenSafety.Expressions.Runtime;
using HydrogenSafety.Facilities;

namespace HydrogenSafety.Evaluation.Facts;

/// <summary>
/// The facility as an NRules fact: its header attributes, the as-of date, and the measured
/// distances indexed by component pair (computed once when the facility is inserted).
/// </summary>
internal sealed class FacilityFact : NRules.RuleModel.IIdentityProvider
{
    private readonly Dictionary<(string, string), Value> _measured = new();
    private readonly bool[] _selected;
    private readonly bool[]? _joinAllowed;

    /// <param name="facility">The facility.</param>
    /// <param name="asOf">The as-of date.</param>
    /// <param name="selectedGroups">Whether each selection group is evaluated.</param>
    /// <param name="joinAllowed">By plan index, whether a join rule is within <see cref="JoinLimit"/> here (null: all are).</param>
    public FacilityFact(Facility facility, DateOnly asOf, bool[] selectedGroups, bool[]? joinAllowed = null)
    {
        Facility = facility;
        AsOf = asOf;
        _selected = selectedGroups;
        _joinAllowed = joinAllowed;
        var values = new Dictionary<string, Value>(facility.Attributes.Count + 4, StringComparer.Ordinal);
        foreach (var (name, value) in facility.Attributes)
        {
            values[name] = ValueConversion.From(value);
        }

        values["id"] = Value.Text(facility.Id);
        if (facility.Name is { } n)
        {
            values["name"] = Value.Text(n);
        }

        if (facility.Jurisdiction is { } j)
        {
            values["jurisdiction"] = Value.Text(j);
        }

        if (facility.Type is { } t)
        {
            values["type"] = Value.Text(t);
        }

        Values = values;
        foreach (var d in facility.Distances)
        {
            var v = Value.Of(d.Distance);
            _measured[(d.First, d.Second)] = v;
            _measured[(d.Second, d.First)] = v;
        }
    }

    public Facility Facility { get; }

    /// <summary>
    /// The session's finding sink, which the rule actions record into (null in a session that never fires). Carried by
    /// the facility fact, which every rule matches, so that an action needs no dependency resolution per activation.
    /// </summary>
    public FindingSink? Sink { get; init; }

    public DateOnly AsOf { get; }

    public IReadOnlyDictionary<string, Value> Values { get; }

    /// <summary>A measured distance between two components, if one was given.</summary>
    public bool TryGetMeasured(string a, string b, out Value distance) => _measured.TryGetValue((a, b), out distance);

    /// <summary>Whether the rules of this selection group are evaluated for this facility.</summary>
    public bool IsSelected(int selectionGroup) => _selected[selectionGroup];

    /// <summary>Whether the join rule with this plan index is run on this facility (see <see cref="JoinLimit"/>).</summary>
    public bool IsJoinAllowed(int planIndex) => _joinAllowed is null || _joinAllowed[planIndex];

    /// <summary>One facility per session: every facility fact has the same identity, so a new one replaces the old.</summary>
    public object GetIdentity() => "facility";

    public override string ToString() => Facility.Id;
}
