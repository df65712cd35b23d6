using HydrogenSafety.Diagnostics;
using HydrogenSafety.Words;
using HydrogenSafety.Yaml;

namespace HydrogenSafety.Facilities;

/// <summary>Reads the <c>components:</c> list of a facility: id, kind, stage, area, position, and every other key as an attribute.</summary>
internal static class ComponentReader
{
    private static readonly IReadOnlyDictionary<string, Stage> Stages = new Dictionary<string, Stage>(StringComparer.Ordinal)
    {
        ["production"] = Stage.Production,
        ["storage"] = Stage.Storage,
        ["transport"] = Stage.Transport,
        ["utilization"] = Stage.Utilization,
    };

    /// <summary>The stage words, for rules as well as components.</summary>
    public static IReadOnlyDictionary<string, Stage> StageWords => Stages;

    /// <summary>Reads every component; a duplicated id is reported at the second, naming the first.</summary>
    /// <param name="node">The <c>components:</c> list.</param>
    /// <param name="context">Where diagnostics go.</param>
    /// <param name="syntax">How the document is written: in JSON, free-form strings are typed too.</param>
    public static IReadOnlyList<Component> ReadAll(YamlNode node, YamlReadContext context, ValueSyntax syntax = ValueSyntax.Yaml)
    {
        var components = new List<Component>();
        if (context.Sequence(node, "components") is not { } list)
        {
            return components;
        }

        if (list.Items.Count > YamlLimits.MaxComponents)
        {
            context.Error(DiagnosticCodes.LimitExceeded, list.Span, $"too many components: {list.Items.Count}; the limit is {YamlLimits.MaxComponents}");
            return components;
        }

        var firstById = new Dictionary<string, SourceSpan>(StringComparer.Ordinal);
        foreach (var item in list.Items)
        {
            if (context.Mapping(item, "components") is not { } map)
            {
                continue;
            }

            var component = Read(map, context, syntax);
            if (map.Find("id")?.Value is YamlScalar { IsNull: false } id && !IdReader.IsBlank(id.Value))
            {
                if (firstById.TryGetValue(id.Value, out var first))
                {
                    context.Error(DiagnosticCodes.DuplicateComponentId, id.Span, $"duplicate component id `{id.Value}` (first used at {first})");
                    continue;
                }

                firstById.Add(id.Value, id.Span);
            }

            if (component is not null)
            {
                components.Add(component);
            }
        }

        return components;
    }

    private static Component? Read(YamlMapping map, YamlReadContext context, ValueSyntax syntax)
    {
        var errors = context.ErrorCount;
        var fields = YamlFields.Open(map, context, "a component");
        var id = fields.Required("id") is { } idNode ? IdReader.Read(idNode, context, "a component") : null;
        var kind = fields.Required("kind") is { } kindNode ? ReadKind(kindNode, context) : null;
        var stage = fields.Get("stage") is { } stageNode ? context.OneOf(stageNode, "stage", Stages) : null;
        var area = fields.Get("area") is { } areaNode ? context.Text(areaNode, "area") : null;
        var position = fields.Get("position") is { } positionNode ? ReadPosition(positionNode, context) : null;
        var attributes = AttributeReader.ReadAll(map.Entries.Where(e => !IsField(e.Name)), context, syntax);
        if (context.ErrorCount != errors || id is null || kind is null)
        {
            return null;
        }

        return new Component
        {
            Id = id,
            Kind = kind,
            Stage = stage ?? Vocabulary.DefaultStage(kind),
            Area = area,
            Position = position,
            Attributes = attributes,
            Span = SourceSpan.At(map.Span.File, map.Span.Line, map.Span.Column),
        };
    }

    private static bool IsField(string name) => name is "id" or "kind" or "stage" or "area" or "position";

    private static string? ReadKind(YamlNode node, YamlReadContext context)
    {
        if (context.Scalar(node, "kind") is not { } scalar)
        {
            return null;
        }

        if (!Vocabulary.Kinds.ContainsKey(scalar.Value))
        {
            context.Warning(DiagnosticCodes.UnknownKind, scalar.Span,
                $"`{scalar.Value}` is not a component kind of the vocabulary{WordSuggester.DidYouMean(scalar.Value, Vocabulary.Kinds.Keys)}");
        }

        return scalar.Value;
    }

    private static Position? ReadPosition(YamlNode node, YamlReadContext context)
    {
        const string Form = "`position` must be [x, y] or [x, y, z]: plain numbers in metres without units, e.g. [12.0, 4.5]";
        if (node is not YamlSequence { Items.Count: 2 or 3 } list)
        {
            var found = node is YamlSequence other ? $"a list of {other.Items.Count} values" : YamlExpect.Found(node);
            context.Error(DiagnosticCodes.InvalidPosition, node.Span, $"{Form}, not {found}");
            return null;
        }

        var numbers = new List<double>();
        foreach (var item in list.Items)
        {
            if (item is YamlScalar { IsPlain: true } scalar && YamlValues.TryNumber(scalar.Value, out var number))
            {
                numbers.Add(number);
                continue;
            }

            context.Error(DiagnosticCodes.InvalidPosition, item.Span, $"{Form}; {Coordinate(item)} is not a plain number");
            return null;
        }

        return new Position(numbers[0], numbers[1], numbers.Count == 3 ? numbers[2] : 0);
    }

    /// <summary>Names a coordinate that is not a number, saying why when a unit or quotes are the reason.</summary>
    private static string Coordinate(YamlNode item) => item switch
    {
        YamlScalar { IsQuoted: true } scalar when YamlValues.TryNumber(scalar.Value, out _) => $"the quoted `{scalar.Value}` (drop the quotes)",
        YamlScalar { IsNull: false } scalar when Units.QuantityText.TryParse(scalar.Value, out _, out _) => $"`{scalar.Value}` (coordinates take no unit: they are metres)",
        _ => YamlExpect.Found(item),
    };
}
