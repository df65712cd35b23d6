using HydrogenSafety.Facilities;

namespace HydrogenSafety.Evaluation;

/// <summary>
/// A live evaluation of one facility for inspection tools: it keeps an NRules session open, and each
/// edit inserts, updates or retracts only the facts that changed, so the findings follow through the
/// Rete network instead of a full re-evaluation. Not thread-safe: one session per user or document. Dispose it when the document closes.
/// </summary>
public sealed class ComplianceSession : IDisposable
{
    private readonly RuleSession _session;
    private ComplianceReport _report;
    private bool _disposed;

    internal ComplianceSession(RuleSession session, Facility facility)
    {
        _session = session;
        _session.Apply(facility);
        _report = _session.Report();
    }

    /// <summary>Raised after an edit changed the findings.</summary>
    public event EventHandler<FindingsChangedEventArgs>? FindingsChanged;

    /// <summary>The facility as it is now.</summary>
    public Facility Facility => _session.Facility!;

    /// <summary>The report for the facility as it is now.</summary>
    public ComplianceReport Report => _report;

    /// <summary>The findings for the facility as it is now.</summary>
    public IReadOnlyList<Finding> Findings => _report.Findings;

    /// <summary>Adds a component, or replaces the component with the same id.</summary>
    public void Upsert(Component component)
    {
        ArgumentNullException.ThrowIfNull(component);
        var components = Facility.Components.ToList();
        var index = components.FindIndex(c => string.Equals(c.Id, component.Id, StringComparison.Ordinal));
        if (index < 0)
        {
            components.Add(component);
        }
        else
        {
            components[index] = component;
        }

        Apply(Facility.With(components: components));
    }

    /// <summary>Removes a component and the measured distances that name it; false when there is none.</summary>
    public bool Remove(string componentId)
    {
        if (!Facility.Components.Any(c => string.Equals(c.Id, componentId, StringComparison.Ordinal)))
        {
            return false;
        }

        var distances = Facility.Distances.Where(d => d.First != componentId && d.Second != componentId).ToList();
        Apply(Facility.With(
            components: Facility.Components.Where(c => !string.Equals(c.Id, componentId, StringComparison.Ordinal)).ToList(),
            distances: distances.Count == Facility.Distances.Count ? null : distances));
        return true;
    }

    /// <summary>Sets (adds or replaces) the measured distance between two components.</summary>
    /// <exception cref="ArgumentException">A component does not exist, or the distance is not a length.</exception>
    public void SetDistance(DistanceMeasurement distance)
    {
        ArgumentNullException.ThrowIfNull(distance);
        if (distance.Distance.Dimension != Units.Dimension.Length)
        {
            throw new ArgumentException($"a distance must be a length, not {distance.Distance}", nameof(distance));
        }

        foreach (var id in new[] { distance.First, distance.Second })
        {
            if (!Facility.Components.Any(c => string.Equals(c.Id, id, StringComparison.Ordinal)))
            {
                throw new ArgumentException($"no component '{id}' in facility {Facility.Id}", nameof(distance));
            }
        }

        var distances = Facility.Distances.Where(d => !SamePair(d, distance.First, distance.Second)).Append(distance).ToList();
        Apply(Facility.With(distances: distances));
    }

    /// <summary>Removes the measured distance between two components; false when there is none.</summary>
    public bool RemoveDistance(string first, string second)
    {
        var distances = Facility.Distances.Where(d => !SamePair(d, first, second)).ToList();
        if (distances.Count == Facility.Distances.Count)
        {
            return false;
        }

        Apply(Facility.With(distances: distances));
        return true;
    }

    /// <summary>Sets a facility-wide attribute, or removes it when <paramref name="value"/> is null.</summary>
    public void SetFacilityAttribute(string name, AttributeValue? value)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        var attributes = new Dictionary<string, AttributeValue>(Facility.Attributes, StringComparer.Ordinal);
        if (value is null)
        {
            attributes.Remove(name);
        }
        else
        {
            attributes[name] = value;
        }

        Apply(Facility.With(attributes: attributes));
    }

    /// <summary>Replaces the whole facility (the session updates only the facts that differ).</summary>
    public void Replace(Facility facility)
    {
        ArgumentNullException.ThrowIfNull(facility);
        Apply(facility);
    }

    private static bool SamePair(DistanceMeasurement d, string a, string b) =>
        (d.First == a && d.Second == b) || (d.First == b && d.Second == a);

    /// <summary>Ends the session: it releases its NRules session and refuses further edits.</summary>
    public void Dispose()
    {
        _disposed = true;
        FindingsChanged = null;
    }

    private void Apply(Facility facility)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        var before = _report;
        _session.Apply(facility);
        _report = _session.Report();
        if (FindingsChanged is not { } handler)
        {
            return;
        }

        // Only findings the session re-decided can differ: those the incremental report replaced, or (after a rebuild
        // in full) those that are not the same objects as before. They are compared by content.
        List<Finding> oldCandidates, newCandidates;
        if (_session.LastChanges is { } delta)
        {
            (oldCandidates, newCandidates) = (delta.Removed, delta.Added);
        }
        else
        {
            var unchanged = new HashSet<Finding>(before.Findings, ReferenceEqualityComparer.Instance);
            unchanged.IntersectWith(_report.Findings);
            oldCandidates = before.Findings.Where(f => !unchanged.Contains(f)).ToList();
            newCandidates = _report.Findings.Where(f => !unchanged.Contains(f)).ToList();
        }

        var key = (Finding f) => $"{f.RuleId}|{f.BindingIdentityKey}|{f.Outcome}|{f.Message}|{string.Join(";", f.Evidence)}|{string.Join(";", f.Missing)}";
        var oldKeys = oldCandidates.Select(key).ToHashSet(StringComparer.Ordinal);
        var newKeys = newCandidates.Select(key).ToHashSet(StringComparer.Ordinal);
        var added = newCandidates.Where(f => !oldKeys.Contains(key(f))).ToList();
        var removed = oldCandidates.Where(f => !newKeys.Contains(key(f))).ToList();
        if (added.Count > 0 || removed.Count > 0)
        {
            handler(this, new FindingsChangedEventArgs(_report, added, removed));
        }
    }
}
