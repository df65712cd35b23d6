using System.Globalization;
using HydrogenSafety.Diagnostics;

namespace HydrogenSafety.Yaml;

/// <summary>Reads nodes of an expected shape, reporting H2S0005 (wrong shape) or H2S0006 (bad value) otherwise.</summary>
internal static class YamlExpect
{
    /// <summary>The node as a mapping, or <c>null</c> after reporting that it is not one.</summary>
    public static YamlMapping? Mapping(this YamlReadContext context, YamlNode node, string what)
    {
        if (node is YamlMapping mapping)
        {
            return mapping;
        }

        context.Error(DiagnosticCodes.WrongNodeType, node.Span, $"`{what}` must be a mapping (`key: value` lines), not {Found(node)}");
        return null;
    }

    /// <summary>The node as a list, or <c>null</c> after reporting that it is not one.</summary>
    public static YamlSequence? Sequence(this YamlReadContext context, YamlNode node, string what)
    {
        if (node is YamlSequence sequence)
        {
            return sequence;
        }

        context.Error(DiagnosticCodes.WrongNodeType, node.Span, $"`{what}` must be a list, not {Found(node)}");
        return null;
    }

    /// <summary>The node as a non-empty scalar, or <c>null</c> after reporting that it is not one.</summary>
    public static YamlScalar? Scalar(this YamlReadContext context, YamlNode node, string what)
    {
        switch (node)
        {
            case YamlScalar { IsNull: true }:
                context.Error(DiagnosticCodes.InvalidValue, node.Span, $"`{what}` needs a value");
                return null;
            case YamlScalar scalar:
                return scalar;
            default:
                context.Error(DiagnosticCodes.WrongNodeType, node.Span, $"`{what}` must be a single value, not {Found(node)}");
                return null;
        }
    }

    /// <summary>The text of a scalar, or <c>null</c> after reporting.</summary>
    public static string? Text(this YamlReadContext context, YamlNode node, string what) => context.Scalar(node, what)?.Value;

    /// <summary>The items of a list, or the node itself when it is a single value.</summary>
    public static IReadOnlyList<YamlNode> OneOrMany(YamlNode node) => node is YamlSequence sequence ? sequence.Items : [node];

    /// <summary>A list of texts (a single value counts as a list of one), or <c>null</c> after reporting.</summary>
    public static IReadOnlyList<string>? TextList(this YamlReadContext context, YamlNode node, string what)
    {
        var errors = context.ErrorCount;
        var items = OneOrMany(node).Select(item => context.Text(item, what)).ToList();
        return context.ErrorCount == errors ? items.Select(i => i!).ToList() : null;
    }

    /// <summary>An ISO 8601 calendar date <c>yyyy-MM-dd</c>, or <c>null</c> after reporting.</summary>
    public static DateOnly? Date(this YamlReadContext context, YamlNode node, string what)
    {
        if (context.Scalar(node, what) is not { } scalar)
        {
            return null;
        }

        if (YamlValues.TryDate(scalar.Value, out var date))
        {
            return date;
        }

        context.Error(DiagnosticCodes.InvalidValue, scalar.Span,
            $"`{what}` must be a date written yyyy-MM-dd, e.g. 2027-06-30, not `{scalar.Value}`");
        return null;
    }

    /// <summary>A non-negative integer, or <c>null</c> after reporting.</summary>
    public static int? Count(this YamlReadContext context, YamlNode node, string what)
    {
        if (context.Scalar(node, what) is not { } scalar)
        {
            return null;
        }

        if (scalar.IsPlain && int.TryParse(scalar.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var count))
        {
            return count;
        }

        context.Error(DiagnosticCodes.InvalidValue, scalar.Span, $"`{what}` must be a whole number (0 or more), not `{scalar.Value}`");
        return null;
    }

    /// <summary>Names a node's shape for messages: <c>a list</c>, <c>a mapping</c>, <c>an empty value</c>, <c>the value `x`</c>.</summary>
    public static string Found(YamlNode node) => node switch
    {
        YamlScalar { IsNull: true } => "an empty value",
        YamlScalar scalar => $"the value `{scalar.Value}`",
        _ => node.Description,
    };
}
