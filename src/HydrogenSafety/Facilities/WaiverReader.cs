using HydrogenSafety.Diagnostics;
using HydrogenSafety.Yaml;

namespace HydrogenSafety.Facilities;

/// <summary>Reads a list of waivers: rule, optional version and components, and the required reason, approved_by and expires.</summary>
internal static class WaiverReader
{
    private static readonly string[] Fields = ["rule", "version", "components", "reason", "approved_by", "expires"];

    /// <summary>Reads every waiver of a <c>waivers:</c> list.</summary>
    public static IReadOnlyList<WaiverDeclaration> ReadAll(YamlNode node, YamlReadContext context)
    {
        var result = new List<WaiverDeclaration>();
        if (context.Sequence(node, "waivers") is not { } list)
        {
            return result;
        }

        foreach (var item in list.Items)
        {
            if (context.Mapping(item, "waivers") is { } map && Read(map, context) is { } waiver)
            {
                result.Add(waiver);
            }
        }

        return result;
    }

    /// <summary>Reads one waiver mapping.</summary>
    public static WaiverDeclaration? Read(YamlMapping map, YamlReadContext context)
    {
        var errors = context.ErrorCount;
        var fields = YamlFields.Read(map, context, "a waiver", Fields);
        var rule = fields.Required("rule") is { } ruleNode ? context.Text(ruleNode, "rule") : null;
        var version = fields.Get("version") is { } versionNode ? context.Text(versionNode, "version") : null;
        if (version is not null && !Evaluation.Waivers.VersionRange.IsValid(version))
        {
            context.Error(DiagnosticCodes.InvalidVersionRange, fields.Get("version")!.Span,
                $"'{version}' is not a version range; write e.g. '>=1.0.0 <2.0.0', '1.x' or '1.2.0'");
        }
        var components = fields.Get("components") is { } componentsNode ? context.TextList(componentsNode, "components") : [];
        var reason = fields.Required("reason") is { } reasonNode ? NotBlank(reasonNode, "reason", context) : null;
        var approvedBy = fields.Required("approved_by") is { } approvedNode ? NotBlank(approvedNode, "approved_by", context) : null;
        var expires = fields.Required("expires") is { } expiresNode ? context.Date(expiresNode, "expires") : null;
        if (context.ErrorCount != errors || rule is null || reason is null || approvedBy is null || expires is null || components is null)
        {
            return null;
        }

        return new WaiverDeclaration
        {
            Rule = rule,
            Version = version,
            Components = components,
            Reason = reason,
            ApprovedBy = approvedBy,
            Expires = expires.Value,
            Span = SourceSpan.At(map.Span.File, map.Span.Line, map.Span.Column),
        };
    }

    /// <summary>
    /// A required text that must say something (SPEC §7): blank or whitespace only is the same error as missing
    /// (H2S0004), reported at the value.
    /// </summary>
    private static string? NotBlank(YamlNode node, string name, YamlReadContext context)
    {
        if (context.Text(node, name) is not { } text)
        {
            return null;
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            context.Error(DiagnosticCodes.MissingField, node.Span, $"`{name}` is blank: a waiver needs a reason, who approved it and an expiry date");
            return null;
        }

        return text;
    }
}
