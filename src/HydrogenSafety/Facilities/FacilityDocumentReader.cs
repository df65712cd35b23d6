using HydrogenSafety.Diagnostics;
using HydrogenSafety.Words;
using HydrogenSafety.Yaml;

namespace HydrogenSafety.Facilities;

/// <summary>Reads a facility description from its root mapping: the optional <c>facility:</c> header, components, distances, waivers.</summary>
internal static class FacilityDocumentReader
{
    private static readonly string[] TopFields = ["facility", "components", "distances", "waivers", "$schema"];
    private static readonly string[] HeaderFields = ["id", "name", "jurisdiction", "type", "attributes"];
    private static readonly string[] FacilityTypes =
        ["production_plant", "storage_site", "fueling_station", "pipeline", "transport_depot", "power_plant", "other"];

    /// <summary>Reads a facility; <c>null</c> when any error was reported into <paramref name="context"/> while reading it.</summary>
    /// <param name="root">The facility's mapping.</param>
    /// <param name="context">Where diagnostics go; spans name <see cref="YamlReadContext.File"/>.</param>
    /// <param name="defaultId">The id when the header gives none.</param>
    /// <param name="inTest">True for a rule test's facility, where the header is optional (SPEC §4); elsewhere a
    /// facility without a header or without an id gets warning H2S0004 naming the id it takes.</param>
    public static Facility? Read(YamlNode root, YamlReadContext context, string defaultId, bool inTest = false)
    {
        var errors = context.ErrorCount;
        if (context.Mapping(root, "facility description") is not { } map)
        {
            return null;
        }

        var syntax = JsonSyntax.Of(map);
        var fields = YamlFields.Read(map, context, "a facility description", TopFields);
        var header = fields.Get("facility") is { } headerNode ? context.Mapping(headerNode, "facility") : null;
        var headerFields = header is null ? null : YamlFields.Read(header, context, "the facility header", HeaderFields);
        var id = headerFields?.Get("id") is { } idNode ? IdReader.Read(idNode, context, "the facility") : defaultId;
        if (!inTest && headerFields?.Get("id") is null)
        {
            MissingHeader.Warn(map, header, defaultId, context);
        }

        var name = headerFields?.Get("name") is { } nameNode ? context.Text(nameNode, "name") : null;
        var jurisdiction = headerFields?.Get("jurisdiction") is { } jurisdictionNode ? context.Text(jurisdictionNode, "jurisdiction") : null;
        var type = headerFields?.Get("type") is { } typeNode ? ReadType(typeNode, context) : null;
        var attributes = headerFields?.Get("attributes") is { } attributesNode
            ? AttributeReader.ReadMapping(attributesNode, context, syntax)
            : new Dictionary<string, AttributeValue>(StringComparer.Ordinal);

        var components = fields.Get("components") is { } componentsNode ? ComponentReader.ReadAll(componentsNode, context, syntax) : [];
        var ids = KnownIds(fields.Get("components"));
        var distances = fields.Get("distances") is { } distancesNode ? DistanceReader.ReadAll(distancesNode, ids, context) : [];
        var waivers = fields.Get("waivers") is { } waiversNode ? WaiverReader.ReadAll(waiversNode, context) : [];
        if (context.ErrorCount != errors || id is null)
        {
            return null;
        }

        var span = header?.Span ?? map.Span;
        return new Facility
        {
            Id = id,
            Name = name,
            Jurisdiction = jurisdiction,
            Type = type,
            Attributes = attributes,
            Components = components,
            Distances = distances,
            Waivers = waivers,
            File = context.File,
            Span = SourceSpan.At(span.File, span.Line, span.Column),
        };
    }

    /// <summary>Every component id written, even of components with errors, so a distance is not also blamed for them.</summary>
    private static HashSet<string> KnownIds(YamlNode? components)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        if (components is YamlSequence list)
        {
            foreach (var item in list.Items)
            {
                if (item is YamlMapping map && map.Find("id")?.Value is YamlScalar { IsNull: false } id)
                {
                    ids.Add(id.Value);
                }
            }
        }

        return ids;
    }

    private static string? ReadType(YamlNode node, YamlReadContext context)
    {
        if (context.Scalar(node, "type") is not { } scalar)
        {
            return null;
        }

        if (FacilityTypes.Contains(scalar.Value, StringComparer.Ordinal))
        {
            return scalar.Value;
        }

        context.Error(DiagnosticCodes.InvalidValue, scalar.Span,
            $"`type` must be one of {string.Join(", ", FacilityTypes)}, not `{scalar.Value}`{WordSuggester.DidYouMean(scalar.Value, FacilityTypes)}");
        return null;
    }
}
