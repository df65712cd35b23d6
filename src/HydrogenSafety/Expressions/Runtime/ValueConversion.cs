using HydrogenSafety.Facilities;

namespace HydrogenSafety.Expressions.Runtime;

/// <summary>Turns facility and rule values into runtime values.</summary>
internal static class ValueConversion
{
    public static Value From(AttributeValue value) => value.Kind switch
    {
        ValueKind.Quantity => Value.Of(value.Quantity),
        ValueKind.Bool => Value.Of(value.Boolean),
        ValueKind.Text => Value.Text(value.Text ?? string.Empty),
        ValueKind.Date => Value.Date(value.Date),
        _ => Value.List(value.Items.Select(From).ToArray()),
    };
}
