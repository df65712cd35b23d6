using HydrogenSafety.Words;
using HydrogenSafety.Yaml;

namespace HydrogenSafety.Rules;

/// <summary>
/// Reads a <c>source:</c> citation: document (required), edition, clause, url, confidence (<c>H</c>, <c>M</c> or
/// <c>L</c>); every other value is read as text (<c>edition: 2018</c> is "2018").
/// </summary>
internal static class CitationReader
{
    private static readonly string[] Fields = ["document", "edition", "clause", "url", "confidence"];

    /// <summary>The words of <c>confidence</c>.</summary>
    public static IReadOnlyDictionary<string, SourceConfidence> ConfidenceWords { get; } = new Dictionary<string, SourceConfidence>(StringComparer.Ordinal)
    {
        ["H"] = SourceConfidence.High,
        ["M"] = SourceConfidence.Medium,
        ["L"] = SourceConfidence.Low,
    };

    /// <summary>Reads a citation mapping, or returns <c>null</c> after reporting.</summary>
    public static Citation? Read(YamlNode node, YamlReadContext context)
    {
        if (context.Mapping(node, "source") is not { } map)
        {
            return null;
        }

        var errors = context.ErrorCount;
        var fields = YamlFields.Read(map, context, "a source citation", Fields);
        var document = fields.Required("document") is { } documentNode ? context.Text(documentNode, "document") : null;
        var edition = fields.Get("edition") is { } editionNode ? context.Text(editionNode, "edition") : null;
        var clause = fields.Get("clause") is { } clauseNode ? context.Text(clauseNode, "clause") : null;
        var url = fields.Get("url") is { } urlNode ? context.Text(urlNode, "url") : null;
        var confidence = fields.Get("confidence") is { } confidenceNode ? context.OneOf(confidenceNode, "confidence", ConfidenceWords) : null;
        return context.ErrorCount == errors && document is not null ? new Citation(document, edition, clause, url, confidence) : null;
    }
}
