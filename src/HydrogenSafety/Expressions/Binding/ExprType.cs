using HydrogenSafety.Facilities;
using HydrogenSafety.Units;

namespace HydrogenSafety.Expressions.Binding;

internal enum TypeKind
{
    Bool,
    Number,
    Text,
    Date,
    List,
    Component,
    /// <summary>Not known when the rule is checked (a free-form attribute): checked when evaluated.</summary>
    Any,
}

/// <summary>The static type of an expression; for numbers, the dimension when it is known.</summary>
internal sealed record ExprType(TypeKind Kind, Dimension? Dimension = null)
{
    public static ExprType Bool { get; } = new(TypeKind.Bool);

    public static ExprType Text { get; } = new(TypeKind.Text);

    public static ExprType Date { get; } = new(TypeKind.Date);

    public static ExprType List { get; } = new(TypeKind.List);

    public static ExprType Component { get; } = new(TypeKind.Component);

    public static ExprType Any { get; } = new(TypeKind.Any);

    public static ExprType Number(Dimension? dimension) => new(TypeKind.Number, dimension);

    public bool IsAny => Kind == TypeKind.Any;

    public static ExprType From(AttributeType type) => type.Kind switch
    {
        ValueKind.Quantity => Number(type.Dimension),
        ValueKind.Bool => Bool,
        ValueKind.Text => Text,
        ValueKind.Date => Date,
        _ => List,
    };

    public static ExprType From(AttributeValue value) => value.Kind switch
    {
        ValueKind.Quantity => Number(value.Quantity.Dimension),
        ValueKind.Bool => Bool,
        ValueKind.Text => Text,
        ValueKind.Date => Date,
        _ => List,
    };

    public override string ToString() => Kind switch
    {
        TypeKind.Number when Dimension is null => "a number",
        TypeKind.Number when Dimension == Units.Dimension.Dimensionless => "a plain number",
        TypeKind.Number => DimensionNames.WithArticle(DimensionName(Dimension!.Value)),
        TypeKind.Bool => "true/false",
        TypeKind.Text => "text",
        TypeKind.Date => "a date",
        TypeKind.List => "a list",
        TypeKind.Component => "a component",
        _ => "a value",
    };

    public static string DimensionName(Dimension d) => DimensionNames.Of(d);
}
