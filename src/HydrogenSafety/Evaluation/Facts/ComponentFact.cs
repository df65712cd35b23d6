using HydrogenSafety.Expressions.Runtime;
using HydrogenSafety.Facilities;

namespace HydrogenSafety.Evaluation.Facts;

/// <summary>
/// A component as an NRules fact: its attributes converted once to runtime values. Its NRules identity
/// is its id, so that an edited component replaces the old one with <c>Update</c>.
/// </summary>
internal sealed class ComponentFact : NRules.RuleModel.IIdentityProvider
{
    public ComponentFact(Component component)
    {
        Component = component;
        Id = component.Id;
        Kind = component.Kind;
        var values = new Dictionary<string, Value>(component.Attributes.Count + 4, StringComparer.Ordinal);
        foreach (var (name, value) in component.Attributes)
        {
            values[name] = ValueConversion.From(value);
        }

        values["id"] = Value.Text(component.Id);
        values["kind"] = Value.Text(component.Kind);
        if (component.Stage is { } stage)
        {
            values["stage"] = Value.Text(stage.ToString().ToLowerInvariant());
        }

        if (component.Area is { } area)
        {
            values["area"] = Value.Text(area);
        }

        Values = values;
    }

    public Component Component { get; }

    public string Id { get; }

    public string Kind { get; }

    public IReadOnlyDictionary<string, Value> Values { get; }

    public object GetIdentity() => "component:" + Id;

    // The component's binding under the subject names it was last bound as (two slots: most components are bound under
    // one or two names), each a one-element array whose element also serves pairs. Each slot is one reference read
    // and written atomically, so a race only builds an equal copy.
    private SubjectBinding[]? _boundAs0;
    private SubjectBinding[]? _boundAs1;

    /// <summary>The one-subject binding of this component under <paramref name="name"/>, shared by every finding that has it (never modified).</summary>
    public SubjectBinding[] BoundAs(string name)
    {
        if (_boundAs0 is { } first && string.Equals(first[0].Name, name, StringComparison.Ordinal))
        {
            return first;
        }

        if (_boundAs1 is { } second && string.Equals(second[0].Name, name, StringComparison.Ordinal))
        {
            return second;
        }

        SubjectBinding[] made = [new SubjectBinding(name, Id)];
        if (_boundAs0 is null)
        {
            _boundAs0 = made;
        }
        else
        {
            _boundAs1 = made;
        }

        return made;
    }

    public override string ToString() => Id;
}
