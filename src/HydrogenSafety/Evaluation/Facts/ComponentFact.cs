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

    // The component's bindings under each subject name it has been bound as (a component of a large facility is bound
    // under several: vessel, exposure, a, b...), each a one-element array whose element also serves pairs. The list is
    // replaced whole, never changed in place: one reference read and written atomically, so a race only builds an
    // equal copy (or drops one entry, to be made again).
    private SubjectBinding[][] _boundAs = [];

    /// <summary>The one-subject binding of this component under <paramref name="name"/>, shared by every finding that has it (never modified).</summary>
    public SubjectBinding[] BoundAs(string name)
    {
        var known = _boundAs;
        foreach (var binding in known)
        {
            // Subject names come from the rule definitions: mostly the same string instance.
            if (ReferenceEquals(binding[0].Name, name) || string.Equals(binding[0].Name, name, StringComparison.Ordinal))
            {
                return binding;
            }
        }

        SubjectBinding[] made = [new SubjectBinding(name, Id)];
        _boundAs = [.. known, made];
        return made;
    }

    public override string ToString() => Id;
}
