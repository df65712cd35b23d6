using HydrogenSafety.Compilation;
using HydrogenSafety.Evaluation.Facts;
using HydrogenSafety.Facilities;
using HydrogenSafety.Rules;
using NRules;

namespace HydrogenSafety.Evaluation;

/// <summary>
/// One NRules session holding one facility's facts. <see cref="Apply"/> brings the session to a new
/// version of the facility by inserting, updating and retracting only the facts that changed, then
/// fires; the sink keeps the findings of the matches that exist now. Single-threaded.
/// </summary>
internal sealed class RuleSession
{
    private readonly CompiledRuleSet _compiled;
    private readonly RuleSet _rules;
    private readonly EngineOptions _options;
    private readonly DateOnly _asOf;
    private readonly string? _only;
    private readonly ISession _session;
    private readonly FindingSink _sink;
    private readonly Dictionary<string, ComponentFact> _components = new(StringComparer.Ordinal);
    private FacilityFact? _facilityFact;
    private bool[] _selected = [];
    private bool[] _joinAllowed = [];
    private readonly bool _oneShot;
    private IncrementalReport? _incremental;
    private readonly Proximity.ProximityFacts _proximity;
    private ComplianceReport? _report;

    /// <param name="compiled">The compiled rules.</param>
    /// <param name="rules">The rule set they were compiled from.</param>
    /// <param name="options">The engine options.</param>
    /// <param name="asOf">The date rules are selected for.</param>
    /// <param name="only">One rule id to evaluate regardless of selection (rule tests), or null.</param>
    /// <param name="oneShot">True when the session evaluates one facility once and is dropped (findings may render lazily).</param>
    public RuleSession(CompiledRuleSet compiled, RuleSet rules, EngineOptions options, DateOnly asOf, string? only, bool oneShot)
    {
        _compiled = compiled;
        _rules = rules;
        _options = options;
        _asOf = asOf;
        _only = only;
        _oneShot = oneShot;
        _sink = new FindingSink(compiled, deferDetails: oneShot);
        _proximity = new Proximity.ProximityFacts(compiled);
        if (!oneShot)
        {
            _sink.TrackChanges();
        }

        _session = compiled.Factory.CreateSession();
        var failed = new HashSet<string>(StringComparer.Ordinal);
        _session.Events.LhsExpressionFailedEvent += (_, e) =>
        {
            e.IsHandled = true;
            foreach (var rule in e.Rules)
            {
                if (failed.Add(rule.Name))
                {
                    _sink.RecordError(compiled.PlanOf(rule.Name), $"a condition failed: {e.Exception?.Message}", Facility?.Span);
                }
            }
        };
    }

    public Facility? Facility { get; private set; }

    /// <summary>Makes the session hold <paramref name="facility"/>: changed facts only, then fire.</summary>
    public void Apply(Facility facility)
    {
        var previous = Facility;
        Facility = facility;
        var joinAllowed = JoinLimit.Allowed(_compiled.Plans, facility);
        if (previous is null || !SameFacilityFacts(previous, facility) || !joinAllowed.AsSpan().SequenceEqual(_joinAllowed))
        {
            _joinAllowed = joinAllowed;
            _selected = Select(facility);
            var groups = new bool[_compiled.SelectionGroups];
            foreach (var plan in _compiled.Plans.Where(p => _selected[p.Index]))
            {
                groups[plan.SelectionGroup] = true;
            }

            var fact = new FacilityFact(facility, _asOf, groups, joinAllowed) { Sink = _sink };
            if (_facilityFact is null)
            {
                _session.Insert(fact);
            }
            else
            {
                _session.Update(fact);
            }

            _facilityFact = fact;
        }

        var incoming = facility.Components.ToDictionary(c => c.Id, StringComparer.Ordinal);
        var removed = _components.Keys.Where(id => !incoming.ContainsKey(id)).ToList();
        foreach (var id in removed)
        {
            _session.Retract(_components[id]);
            _components.Remove(id);
        }

        var inserted = new List<ComponentFact>();
        foreach (var component in facility.Components)
        {
            if (_components.TryGetValue(component.Id, out var existing))
            {
                if (!ReferenceEquals(existing.Component, component))
                {
                    var fact = new ComponentFact(component);
                    _session.Update(fact);
                    _components[component.Id] = fact;
                }
            }
            else
            {
                var fact = new ComponentFact(component);
                inserted.Add(fact);
                _components[component.Id] = fact;
            }
        }

        if (inserted.Count > 0)
        {
            _session.InsertAll(inserted);
        }

        if (_proximity.Any)
        {
            // Relation facts of the distance-gated rules, after the components they pair (see ProximityGate).
            var selected = _selected;
            var allowed = _joinAllowed;
            _proximity.Apply(_session, _facilityFact!, facility.Components.Select(c => _components[c.Id]).ToList(), k => selected[k] && allowed[k]);
        }

        _sink.ClearErrors();
        _sink.Cache.Clear();
        _session.Fire();
        _sink.Cache.Clear();
        _report = null;
    }

    /// <summary>
    /// After an <see cref="Apply"/> of an incremental session: the findings that left and entered the report, when the
    /// report was updated in place; null when it was rebuilt in full.
    /// </summary>
    public (List<Finding> Removed, List<Finding> Added)? LastChanges { get; private set; }

    /// <summary>The findings of the facility as it is now.</summary>
    public ComplianceReport Report()
    {
        if (_oneShot)
        {
            return FacilityEvaluator.BuildReport(_compiled, _rules, Facility!, _asOf, _selected, _joinAllowed, _sink, _options);
        }

        if (_report is null)
        {
            // An incremental session: the report is kept from the sink's changes while the selection, the join limits
            // and the waivers allow it (IncrementalReport), and rebuilt in full otherwise.
            var changes = _sink.DrainChanges();
            LastChanges = null;
            if (_incremental is { } state && state.Fits(_selected, _joinAllowed) && !IncrementalReport.WaiversMayApply(Facility!, _options)
                && state.Apply(Facility!, changes) is { } delta)
            {
                LastChanges = delta;
                _report = state.Report;
            }
            else
            {
                _report = FacilityEvaluator.BuildReport(_compiled, _rules, Facility!, _asOf, _selected, _joinAllowed, _sink, _options);
                _incremental = IncrementalReport.From(_compiled, Facility!, _selected, _joinAllowed, _sink, _options, _report);
            }
        }

        return _report;
    }

    private bool[] Select(Facility facility) => _compiled.Plans
        .Select(p => _only is null
            ? !_rules.Excluded.Contains(p.Definition.Id) && RuleSelection.IsSelected(p.Definition, facility, _asOf, _options)
            : string.Equals(p.Definition.Id, _only, StringComparison.Ordinal))
        .ToArray();

    /// <summary>True when the facility-level facts (header, attributes, distances) are the same objects.</summary>
    private static bool SameFacilityFacts(Facility a, Facility b) =>
        string.Equals(a.Id, b.Id, StringComparison.Ordinal) && string.Equals(a.Jurisdiction, b.Jurisdiction, StringComparison.Ordinal)
        && string.Equals(a.Type, b.Type, StringComparison.Ordinal) && string.Equals(a.Name, b.Name, StringComparison.Ordinal)
        && ReferenceEquals(a.Attributes, b.Attributes) && ReferenceEquals(a.Distances, b.Distances);
}
