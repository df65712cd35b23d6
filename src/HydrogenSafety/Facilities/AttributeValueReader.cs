using HydrogenSafety.Diagnostics;
using HydrogenSafety.Units;
using HydrogenSafety.Yaml;
using YamlDotNet.Core;

namespace HydrogenSafety.Facilities;

/// <summary>
/// Reads attribute values (component and facility attributes, rule parameters, table cells): typed by the
/// <see cref="Vocabulary"/> when the name is in it, free-form otherwise.
/// </summary>
internal static class AttributeValueReader
{
    /// <summary>Reads a value for <paramref name="name"/>: typed when the vocabulary knows the name, free-form otherwise.</summary>
    /// <param name="node">The value.</param>
    /// <param name="name">The attribute's name, for messages.</param>
    /// <param name="context">Where diagnostics go.</param>
    /// <param name="syntax">How the document is written: in JSON, free-form strings are typed too.</param>
    public static AttributeValue? Read(YamlNode node, string name, YamlReadContext context, ValueSyntax syntax = ValueSyntax.Yaml) =>
        Vocabulary.TypeOf(name) is { } type ? ReadTyped(node, name, type, context) : ReadFree(node, name, context, syntax);

    /// <summary>Reads a value that must have <paramref name="type"/>.</summary>
    public static AttributeValue? ReadTyped(YamlNode node, string name, AttributeType type, YamlReadContext context)
    {
        if (node is YamlMapping)
        {
            context.Error(DiagnosticCodes.WrongNodeType, node.Span, $"`{name}` must be {Article(type)}, not a mapping");
            return null;
        }

        if (type.Kind == ValueKind.List)
        {
            return ReadFree(node, name, context);
        }

        if (node is YamlSequence)
        {
            context.Error(DiagnosticCodes.WrongAttributeType, node.Span, $"`{name}` must be {Article(type)}, not a list");
            return null;
        }

        if (context.Scalar(node, name) is not { } scalar)
        {
            return null;
        }

        switch (type.Kind)
        {
            case ValueKind.Quantity:
                return ReadQuantity(scalar, name, type.Dimension, context) is { } quantity ? AttributeValue.Of(quantity, scalar.Span) : null;
            case ValueKind.Bool when YamlValues.TryBool(scalar.Value, out var flag):
                return AttributeValue.Of(flag, scalar.Span);
            case ValueKind.Date when YamlValues.TryDate(scalar.Value, out var date):
                return AttributeValue.Of(date, scalar.Span);
            case ValueKind.Text:
                return AttributeValue.Of(scalar.Value, scalar.Span);
            default:
                var form = type.Kind == ValueKind.Bool ? "true or false" : "a date written yyyy-MM-dd";
                context.Error(DiagnosticCodes.WrongAttributeType, scalar.Span, $"`{name}` must be {form}, not `{scalar.Value}`");
                return null;
        }
    }

    /// <summary>
    /// Reads a free-form value: true/false, an ISO date, <c>NUMBER UNIT</c>, a bare number (dimensionless),
    /// else text; quoted values are text, except the strings of a JSON document (<see cref="ValueSyntax.Json"/>);
    /// a list is a list of such values.
    /// </summary>
    /// <param name="node">The value.</param>
    /// <param name="name">The attribute's name, for messages.</param>
    /// <param name="context">Where diagnostics go.</param>
    /// <param name="syntax">How the document is written.</param>
    public static AttributeValue? ReadFree(YamlNode node, string name, YamlReadContext context, ValueSyntax syntax = ValueSyntax.Yaml)
    {
        switch (node)
        {
            case YamlMapping:
                context.Error(DiagnosticCodes.WrongNodeType, node.Span, $"`{name}` must be a value or a list of values, not a mapping");
                return null;
            case YamlSequence list:
                var errors = context.ErrorCount;
                var items = list.Items.Select(item => ReadFree(item, name, context, syntax)).ToList();
                return context.ErrorCount == errors ? AttributeValue.Of(items.Select(i => i!).ToList(), node.Span) : null;
        }

        if (context.Scalar(node, name) is not { } scalar)
        {
            return null;
        }

        var text = scalar.Value;
        if (!scalar.IsPlain)
        {
            return syntax == ValueSyntax.Json && scalar is { Style: ScalarStyle.DoubleQuoted, HasStringTag: false }
                ? JsonStringReader.Read(scalar, name, context)
                : AttributeValue.Of(text, scalar.Span);
        }

        if (YamlValues.TryBool(text, out var flag))
        {
            return AttributeValue.Of(flag, scalar.Span);
        }

        if (YamlValues.LooksLikeDate(text))
        {
            if (YamlValues.TryDate(text, out var date))
            {
                return AttributeValue.Of(date, scalar.Span);
            }

            context.Error(DiagnosticCodes.InvalidValue, scalar.Span, $"`{name}: {text}` is not a valid date (yyyy-MM-dd)");
            return null;
        }

        if (QuantityText.TryParse(text, out var quantity, out var error))
        {
            return AttributeValue.Of(quantity, scalar.Span);
        }

        if (error.Kind == QuantityParseErrorKind.UnknownUnit && error.UnitText is { } unit && !unit.Any(char.IsWhiteSpace))
        {
            context.Error(DiagnosticCodes.UnknownUnit, scalar.PositionAt(error.Offset), $"`{name}: {text}`: {error.Message}");
            return null;
        }

        return AttributeValue.Of(text, scalar.Span);
    }

    /// <summary>Reads a quantity of <paramref name="dimension"/> (a bare number only when dimensionless).</summary>
    public static Quantity? ReadQuantity(YamlNode node, string name, Dimension dimension, YamlReadContext context)
    {
        if (node is YamlSequence)
        {
            context.Error(DiagnosticCodes.WrongAttributeType, node.Span, $"`{name}` must be {Article(dimension)}, not a list");
            return null;
        }

        if (context.Scalar(node, name) is not { } scalar)
        {
            return null;
        }

        var text = scalar.Value;
        if (!QuantityText.TryParse(text, out var quantity, out var error))
        {
            var code = error.Kind == QuantityParseErrorKind.UnknownUnit ? DiagnosticCodes.UnknownUnit : DiagnosticCodes.MalformedQuantity;
            var prefix = error.Kind == QuantityParseErrorKind.UnknownUnit ? $"`{name}: {text}`" : $"`{name}: {text}` is not {Article(dimension)}";
            context.Error(code, scalar.PositionAt(error.Offset), $"{prefix}: {error.Message}");
            return null;
        }

        if (quantity.Dimension == dimension)
        {
            return quantity;
        }

        if (quantity.Dimension == Dimension.Dimensionless)
        {
            context.Error(DiagnosticCodes.NeedsUnit, scalar.Span,
                $"`{name}: {text}` needs a unit, e.g. `{text} {ExampleUnit(dimension)}`");
            return null;
        }

        context.Error(DiagnosticCodes.WrongDimension, scalar.Span,
            $"`{name}` must be {Article(dimension)}, but `{text}` is {Article(quantity.Dimension)}");
        return null;
    }

    /// <summary>The dimension in words: <c>pressure</c>, <c>mass flow</c>, <c>number</c>.</summary>
    public static string DimensionName(Dimension dimension) => dimension switch
    {
        Dimension.Dimensionless => "number",
        _ => DimensionNames.Of(dimension),
    };

    private static string Article(Dimension dimension) => DimensionNames.WithArticle(DimensionName(dimension));

    private static string Article(AttributeType type) => type.Kind switch
    {
        ValueKind.Quantity => Article(type.Dimension),
        ValueKind.Bool => "true or false",
        ValueKind.Date => "a date",
        ValueKind.Text => "text",
        _ => "a list",
    };

    private static string ExampleUnit(Dimension dimension) => dimension switch
    {
        Dimension.Temperature => "degC",
        _ => UnitCatalog.Canonical(dimension).Symbol,
    };
}
