using HydrogenSafety.Diagnostics;
using HydrogenSafety.Units;
using HydrogenSafety.Yaml;

namespace HydrogenSafety.Facilities;

/// <summary>Reads the <c>distances:</c> list: <c>between: [A, B]</c> and a measured <c>distance</c> (a length).</summary>
internal static class DistanceReader
{
    private static readonly string[] Fields = ["between", "distance"];

    /// <summary>Reads every measurement, checking the ids against <paramref name="componentIds"/>.</summary>
    public static IReadOnlyList<DistanceMeasurement> ReadAll(YamlNode node, IReadOnlyCollection<string> componentIds, YamlReadContext context)
    {
        var result = new List<DistanceMeasurement>();
        if (context.Sequence(node, "distances") is not { } list)
        {
            return result;
        }

        var firstByPair = new Dictionary<(string, string), SourceSpan>();
        foreach (var item in list.Items)
        {
            if (context.Mapping(item, "distances") is not { } map || Read(map, componentIds, context) is not { } measurement)
            {
                continue;
            }

            var pair = string.CompareOrdinal(measurement.First, measurement.Second) < 0
                ? (measurement.First, measurement.Second)
                : (measurement.Second, measurement.First);
            if (firstByPair.TryGetValue(pair, out var first))
            {
                context.Error(DiagnosticCodes.InvalidDistance, map.Span,
                    $"the distance between `{measurement.First}` and `{measurement.Second}` is given twice (first at {first})");
                continue;
            }

            firstByPair.Add(pair, map.Span);
            result.Add(measurement);
        }

        return result;
    }

    private static DistanceMeasurement? Read(YamlMapping map, IReadOnlyCollection<string> componentIds, YamlReadContext context)
    {
        var errors = context.ErrorCount;
        var fields = YamlFields.Read(map, context, "a distance", Fields);
        var between = fields.Required("between") is { } betweenNode ? ReadPair(betweenNode, componentIds, context) : null;
        var distance = fields.Required("distance") is { } distanceNode
            ? AttributeValueReader.ReadQuantity(distanceNode, "distance", Dimension.Length, context)
            : null;
        if (distance is { Value: < 0 } negative)
        {
            context.Error(DiagnosticCodes.InvalidValue, fields.Get("distance")!.Span, $"a distance cannot be negative ({negative})");
        }

        return context.ErrorCount == errors && between is { } ids && distance is { } length
            ? new DistanceMeasurement(ids.First, ids.Second, length, SourceSpan.At(map.Span.File, map.Span.Line, map.Span.Column))
            : null;
    }

    private static (string First, string Second)? ReadPair(YamlNode node, IReadOnlyCollection<string> componentIds, YamlReadContext context)
    {
        if (node is not YamlSequence { Items.Count: 2 } list)
        {
            context.Error(DiagnosticCodes.InvalidValue, node.Span, $"`between` must list two component ids, e.g. [TK-101, AI-1], not {YamlExpect.Found(node)}");
            return null;
        }

        var ids = new List<string>();
        foreach (var item in list.Items)
        {
            if (context.Scalar(item, "between") is not { } scalar)
            {
                continue;
            }

            if (!componentIds.Contains(scalar.Value))
            {
                context.Error(DiagnosticCodes.UnknownDistanceReference, scalar.Span,
                    $"`{scalar.Value}` is not a component of this facility{NameSuggester.DidYouMean(scalar.Value, componentIds)}; "
                    + "a measured distance is used only between components, so list it under `components` (an exposure such as a lot line too, e.g. kind: lot_line)");
                continue;
            }

            ids.Add(scalar.Value);
        }

        if (ids.Count != 2)
        {
            return null;
        }

        if (string.Equals(ids[0], ids[1], StringComparison.Ordinal))
        {
            context.Error(DiagnosticCodes.InvalidDistance, node.Span, $"a distance between `{ids[0]}` and itself");
            return null;
        }

        return (ids[0], ids[1]);
    }
}
