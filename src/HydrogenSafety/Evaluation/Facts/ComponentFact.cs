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

    public override string ToString() => Id;
}
