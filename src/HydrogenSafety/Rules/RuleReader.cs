using HydrogenSafety.Diagnostics;
using HydrogenSafety.Expressions.Binding;
using HydrogenSafety.Facilities;
using HydrogenSafety.Words;
using HydrogenSafety.Yaml;

namespace HydrogenSafety.Rules;

/// <summary>Reads one rule of a <c>rules:</c> list (SPEC §4) into a <see cref="RuleDefinition"/>.</summary>
internal static class RuleReader
{
    private static readonly string[] Fields =
    [
        "id", "title", "stage", "severity", "version", "status", "effective", "jurisdictions", "source", "tags",
        "params", "for", "when", "require", "message", "remediation", "translations", "tests",
    ];

    private static readonly string[] EffectiveFields = ["from", "until"];

    private static readonly IReadOnlyDictionary<string, Severity> Severities = new Dictionary<string, Severity>(StringComparer.Ordinal)
    {
        ["info"] = Severity.Info,
        ["low"] = Severity.Low,
        ["medium"] = Severity.Medium,
        ["high"] = Severity.High,
        ["critical"] = Severity.Critical,
    };

    private static readonly IReadOnlyDictionary<string, RuleStatus> Statuses = new Dictionary<string, RuleStatus>(StringComparer.Ordinal)
    {
        ["enforced"] = RuleStatus.Enforced,
        ["advisory"] = RuleStatus.Advisory,
        ["draft"] = RuleStatus.Draft,
    };

    /// <summary>
    /// Reads a rule. A rule with errors still gives a draft (<see cref="RuleDraft.IsComplete"/> false) holding what
    /// could be read, with placeholders for the rest, so that its expressions can be checked as well.
    /// </summary>
    public static RuleDraft Read(YamlMapping map, RuleTestReader.Files files, YamlReadContext context)
    {
        var errors = context.ErrorCount;
        var fields = YamlFields.Read(map, context, "a rule", Fields);
        var id = fields.Required("id") is { } idNode ? ReadId(idNode, context) : null;
        var title = fields.Required("title") is { } titleNode ? context.Text(titleNode, "title") : null;
        var stages = fields.Required("stage") is { } stageNode ? ReadStages(stageNode, context) : null;
        var severity = fields.Required("severity") is { } severityNode ? context.OneOf(severityNode, "severity", Severities) : null;
        var version = fields.Get("version") is { } versionNode ? ReadVersion(versionNode, context) : "1.0.0";
        var status = fields.Get("status") is { } statusNode ? context.OneOf(statusNode, "status", Statuses) : RuleStatus.Enforced;
        var (from, until) = fields.Get("effective") is { } effectiveNode ? ReadEffective(effectiveNode, context) : (null, null);
        var jurisdictions = fields.Get("jurisdictions") is { } jurisdictionsNode ? context.TextList(jurisdictionsNode, "jurisdictions") : null;
        var source = fields.Required("source") is { } sourceNode ? CitationReader.Read(sourceNode, context) : null;
        var tags = fields.Get("tags") is { } tagsNode ? context.TextList(tagsNode, "tags") : [];
        var parameters = fields.Get("params") is { } paramsNode ? ReadParams(paramsNode, context) : new ParamsRead([], []);
        var subjects = fields.Required("for") is { } forNode ? SubjectReader.Read(forNode, context) : null;
        var when = fields.Get("when") is { } whenNode ? context.Scalar(whenNode, "when")?.ToExpressionSource() : null;
        var require = fields.Required("require") is { } requireNode ? ReadRequire(requireNode, context) : [];
        var message = fields.Get("message") is { } messageNode ? context.Scalar(messageNode, "message")?.ToExpressionSource() : null;
        var remediation = fields.Get("remediation") is { } remediationNode ? context.Text(remediationNode, "remediation") : null;
        var translations = fields.Get("translations") is { } translationsNode ? TranslationReader.Read(translationsNode, context) : null;
        if (status is RuleStatus.Enforced && source?.Confidence is SourceConfidence.Medium or SourceConfidence.Low)
        {
            context.Warning(DiagnosticCodes.UnconfirmedEnforcedRule, (fields.Get("status") ?? map).Span,
                $"rule is enforced but its source confidence is {Citation.ConfidenceLetter(source.Confidence.Value)}: make it `advisory`, or read the primary text and mark it `confidence: H`");
        }

        var binding = new RuleTestReader.Binding(subjects?.IsFacilityRule ?? false, subjects?.Subjects.Select(s => s.Name).ToList());
        var tests = fields.Get("tests") is { } testsNode && !files.SkipTests ? RuleTestReader.ReadAll(testsNode, binding, files, context) : [];

        var rule = new RuleDefinition
        {
            Id = id ?? string.Empty,
            Title = title ?? string.Empty,
            Stages = stages ?? [],
            Severity = severity ?? Severity.Info,
            Version = version ?? "1.0.0",
            Status = status ?? RuleStatus.Enforced,
            EffectiveFrom = from,
            EffectiveUntil = until,
            Jurisdictions = jurisdictions,
            Source = source ?? new Citation(string.Empty),
            Tags = tags ?? [],
            Params = parameters?.Values ?? [],
            IsFacilityRule = subjects?.IsFacilityRule ?? false,
            Subjects = subjects?.Subjects ?? [],
            When = when,
            Require = require,
            Message = message,
            Remediation = remediation,
            Translations = translations ?? RuleDefinition.NoTranslations,
            Tests = tests,
            Span = SourceSpan.At(map.Span.File, map.Span.Line, map.Span.Column),
        };
        var unreadable = parameters is null
            ? UnreadableNames.None with { AllParams = true }
            : UnreadableNames.None with { Params = parameters.Unreadable };
        return new RuleDraft(rule, context.ErrorCount == errors, subjects?.NamesComplete ?? false, unreadable);
    }

    private static string? ReadId(YamlNode node, YamlReadContext context)
    {
        if (context.Scalar(node, "id") is not { } scalar)
        {
            return null;
        }

        if (RuleNameReader.IsRuleId(scalar.Value))
        {
            return scalar.Value;
        }

        context.Error(DiagnosticCodes.InvalidValue, scalar.Span,
            $"`{scalar.Value}` is not a valid rule id: use ASCII letters, digits, `.`, `_` and `-`, e.g. KR-GH2-SEP-01");
        return null;
    }

    private static List<Stage>? ReadStages(YamlNode node, YamlReadContext context)
    {
        var items = YamlExpect.OneOrMany(node);
        if (items.Count == 0)
        {
            context.Error(DiagnosticCodes.InvalidValue, node.Span, "`stage` needs at least one stage");
            return null;
        }

        var errors = context.ErrorCount;
        var stages = items.Select(item => context.OneOf(item, "stage", ComponentReader.StageWords)).ToList();
        return context.ErrorCount == errors ? stages.Select(s => s!.Value).Distinct().ToList() : null;
    }

    private static string? ReadVersion(YamlNode node, YamlReadContext context)
    {
        if (context.Scalar(node, "version") is not { } scalar)
        {
            return null;
        }

        if (RuleNameReader.IsSemanticVersion(scalar.Value))
        {
            return scalar.Value;
        }

        context.Error(DiagnosticCodes.InvalidValue, scalar.Span, $"`version` must be a semantic version x.y.z, e.g. 1.0.0, not `{scalar.Value}`");
        return null;
    }

    private static (DateOnly? From, DateOnly? Until) ReadEffective(YamlNode node, YamlReadContext context)
    {
        if (context.Mapping(node, "effective") is not { } map)
        {
            return (null, null);
        }

        var fields = YamlFields.Read(map, context, "`effective`", EffectiveFields);
        var from = fields.Get("from") is { } fromNode ? context.Date(fromNode, "from") : null;
        var until = fields.Get("until") is { } untilNode ? context.Date(untilNode, "until") : null;
        if (from > until)
        {
            context.Error(DiagnosticCodes.InvalidValue, fields.Get("until")!.Span, "`until` must not be before `from`");
        }

        return (from, until);
    }

    /// <summary>The parameters whose value could be read, and the names of those whose value could not.</summary>
    private sealed record ParamsRead(Dictionary<string, AttributeValue> Values, HashSet<string> Unreadable);

    /// <summary>Reads <c>params:</c>; <c>null</c> when it is not a mapping.</summary>
    private static ParamsRead? ReadParams(YamlNode node, YamlReadContext context)
    {
        if (context.Mapping(node, "params") is not { } map)
        {
            return null;
        }

        var read = new ParamsRead(new Dictionary<string, AttributeValue>(StringComparer.Ordinal), new HashSet<string>(StringComparer.Ordinal));
        foreach (var entry in map.Entries)
        {
            if (!RuleNameReader.IsIdentifier(entry.Name))
            {
                context.Error(DiagnosticCodes.InvalidValue, entry.Key.Span,
                    $"`{entry.Name}` is not a valid parameter name (ASCII letters, digits and `_`, starting with a letter or `_`)");
            }
            else if (AttributeValueReader.ReadFree(entry.Value, entry.Name, context) is { } value)
            {
                read.Values[entry.Name] = value;
            }
            else
            {
                read.Unreadable.Add(entry.Name);
            }
        }

        return read;
    }

    /// <summary>The <c>require</c> expressions that could be read (an error is reported for any other).</summary>
    private static List<ExpressionSource> ReadRequire(YamlNode node, YamlReadContext context)
    {
        var items = YamlExpect.OneOrMany(node);
        if (items.Count == 0)
        {
            context.Error(DiagnosticCodes.MissingField, node.Span, "`require` needs at least one expression");
            return [];
        }

        return items.Select(item => context.Scalar(item, "require")?.ToExpressionSource()).OfType<ExpressionSource>().ToList();
    }
}
