using HydrogenSafety.Units;

namespace HydrogenSafety.Facilities;

/// <summary>The kind of value an attribute holds.</summary>
public enum ValueKind
{
    /// <summary>A number with a unit (or a dimensionless number).</summary>
    Quantity,
    /// <summary>true or false.</summary>
    Bool,
    /// <summary>Text.</summary>
    Text,
    /// <summary>An ISO 8601 calendar date.</summary>
    Date,
    /// <summary>A list of values.</summary>
    List,
}

/// <summary>The type of an attribute in the vocabulary: a value kind and, for quantities, a dimension.</summary>
/// <param name="Kind">The value kind.</param>
/// <param name="Dimension">The dimension when <paramref name="Kind"/> is <see cref="ValueKind.Quantity"/>.</param>
public sealed record AttributeType(ValueKind Kind, Dimension Dimension = Dimension.Dimensionless)
{
    /// <summary>A quantity of the given dimension.</summary>
    public static AttributeType Of(Dimension dimension) => new(ValueKind.Quantity, dimension);

    /// <summary>A dimensionless number.</summary>
    public static AttributeType Number { get; } = new(ValueKind.Quantity, Dimension.Dimensionless);

    /// <summary>true or false.</summary>
    public static AttributeType Bool { get; } = new(ValueKind.Bool);

    /// <summary>Text.</summary>
    public static AttributeType Text { get; } = new(ValueKind.Text);

    /// <summary>A calendar date.</summary>
    public static AttributeType Date { get; } = new(ValueKind.Date);

    /// <summary>Readable name: <c>pressure</c>, <c>mass flow</c>, <c>number</c>, <c>bool</c>, <c>string</c>, <c>date</c>, <c>list</c>.</summary>
    public override string ToString() => Kind switch
    {
        ValueKind.Quantity when Dimension == Dimension.Dimensionless => "number",
        ValueKind.Quantity => DimensionNames.Of(Dimension),
        _ => Kind.ToString().ToLowerInvariant(),
    };
}
