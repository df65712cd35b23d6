using HydrogenSafety.Diagnostics;
using HydrogenSafety.Rules;
using HydrogenSafety.Words;
using HydrogenSafety.Yaml;

namespace HydrogenSafety.Coverage;

/// <summary>
/// Reads one coverage file (<c>coverage: { document, edition, url, confidence, clauses: [...] }</c>) with the rule
/// loader's standards: every error of the file at once, each at its line and column with a stable code, unknown
/// fields refused, and nothing of a file with an error used.
/// </summary>
internal static class CoverageFileReader
{
    private static readonly IReadOnlyList<string> TopFields = ["coverage", "$schema"];
    private static readonly IReadOnlyList<string> DocumentFields = ["document", "edition", "url", "confidence", "clauses"];
    private static readonly IReadOnlyList<string> ClauseFields = ["clause", "title", "topic", "not_encoded", "note"];

    /// <summary>The words of <c>not_encoded</c>.</summary>
    public static IReadOnlyDictionary<string, NotEncodedReason> ReasonWords { get; } = new Dictionary<string, NotEncodedReason>(StringComparer.Ordinal)
    {
        ["needs_drawings"] = NotEncodedReason.NeedsDrawings,
        ["needs_procedure"] = NotEncodedReason.NeedsProcedure,
        ["not_machine_checkable"] = NotEncodedReason.NotMachineCheckable,
        ["source_not_read"] = NotEncodedReason.SourceNotRead,
        ["out_of_scope"] = NotEncodedReason.OutOfScope,
    };

    /// <summary>The word a coverage file writes for <paramref name="reason"/>.</summary>
    public static string Word(NotEncodedReason reason) => ReasonWords.First(w => w.Value == reason).Key;

    /// <summary>Reads one coverage file's text; the document is <c>null</c> when the file has any error.</summary>
    public static (CoverageDocument? Document, IReadOnlyList<Diagnostic> Diagnostics) Read(string text, string file, YamlLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(file);
        var document = YamlDocumentReader.Read(text, file, limits ?? YamlLimits.Default);
        var context = new YamlReadContext(file);
        context.AddRange(document.Diagnostics);
        CoverageDocument? read = null;
        if (document.Root is { } root && context.Mapping(root, "coverage file") is { } map)
        {
            var fields = YamlFields.Read(map, context, "a coverage file", TopFields);
            if (fields.Required("coverage") is { } body)
            {
                read = ReadDocument(body, context, file);
            }
        }
        else if (document.Root is null && !context.HasErrors)
        {
            context.Error(DiagnosticCodes.EmptyDocument, SourceSpan.Start(file), "the coverage file is empty; it needs `coverage:`");
        }

        return (context.HasErrors ? null : read, context.SortedDiagnostics());
    }

    private static CoverageDocument? ReadDocument(YamlNode node, YamlReadContext context, string file)
    {
        if (context.Mapping(node, "coverage") is not { } map)
        {
            return null;
        }

        var fields = YamlFields.Read(map, context, "`coverage`", DocumentFields);
        var documentNode = fields.Required("document");
        var document = documentNode is null ? null : NonBlank(context, documentNode, "document");
        var edition = fields.Required("edition") is { } e ? NonBlank(context, e, "edition") : null;
        var url = fields.Get("url") is { } u ? NonBlank(context, u, "url") : null;
        var confidence = fields.Required("confidence") is { } c ? context.OneOf(c, "confidence", CitationReader.ConfidenceWords) : null;
        var clauses = fields.Required("clauses") is { } list ? ReadClauses(list, context) : [];
        return document is null || edition is null || confidence is null
            ? null
            : new CoverageDocument
            {
                Document = document,
                Edition = edition,
                Url = url,
                Confidence = confidence.Value,
                Clauses = clauses,
                File = file,
                Span = documentNode!.Span,
            };
    }

    private static List<CoverageClause> ReadClauses(YamlNode node, YamlReadContext context)
    {
        var clauses = new List<CoverageClause>();
        if (context.Sequence(node, "clauses") is not { } list)
        {
            return clauses;
        }

        if (list.Items.Count == 0)
        {
            context.Error(DiagnosticCodes.MissingField, list.Span, "`clauses` needs at least one clause");
            return clauses;
        }

        if (list.Items.Count > YamlLimits.MaxRulesPerFile)
        {
            context.Error(DiagnosticCodes.LimitExceeded, list.Span, $"too many clauses in one file: {list.Items.Count}; the limit is {YamlLimits.MaxRulesPerFile}");
            return clauses;
        }

        var first = new Dictionary<string, SourceSpan>(StringComparer.Ordinal);
        foreach (var item in list.Items)
        {
            if (context.Mapping(item, "a clause of `clauses`") is not { } map)
            {
                continue;
            }

            var fields = YamlFields.Read(map, context, "a clause", ClauseFields);
            var idNode = fields.Required("clause");
            var id = idNode is null ? null : NonBlank(context, idNode, "clause");
            var title = fields.Required("title") is { } t ? NonBlank(context, t, "title") : null;
            var topic = fields.Required("topic") is { } topicNode ? Topic(context, topicNode) : null;
            var reason = fields.Get("not_encoded") is { } r ? context.OneOf(r, "not_encoded", ReasonWords) : null;
            var note = fields.Get("note") is { } n ? NonBlank(context, n, "note") : null;
            if (id is not null)
            {
                var key = ClauseMatch.Normalize(id);
                if (first.TryGetValue(key, out var earlier))
                {
                    context.Error(DiagnosticCodes.DuplicateCoverageClause, idNode!.Span, $"clause `{id}` is listed twice (first at {earlier})");
                }
                else
                {
                    first.Add(key, idNode!.Span);
                }
            }

            if (id is not null && title is not null && topic is not null)
            {
                clauses.Add(new CoverageClause { Clause = id, Title = title, Topic = topic, NotEncoded = reason, Note = note, Span = idNode!.Span });
            }
        }

        return clauses;
    }

    private static string? Topic(YamlReadContext context, YamlNode node)
    {
        if (context.Text(node, "topic") is not { } topic)
        {
            return null;
        }

        if (RuleTopics.IsTopic(topic))
        {
            return topic;
        }

        context.Error(DiagnosticCodes.InvalidValue, node.Span,
            $"`topic` must be one of {string.Join(", ", RuleTopics.All)}, not `{topic}`{WordSuggester.DidYouMean(topic, RuleTopics.All)}");
        return null;
    }

    /// <summary>The text of a scalar with something besides white space, or <c>null</c> after reporting.</summary>
    private static string? NonBlank(YamlReadContext context, YamlNode node, string what)
    {
        if (context.Text(node, what) is not { } text)
        {
            return null;
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            context.Error(DiagnosticCodes.InvalidValue, node.Span, $"`{what}` needs a value, not white space");
            return null;
        }

        return text;
    }
}
