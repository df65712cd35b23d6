using HydrogenSafety.Diagnostics;
using HydrogenSafety.Yaml;

namespace HydrogenSafety.Facilities;

/// <summary>
/// Reads the id of a facility or a component. A blank id (<c>""</c>, <c>"   "</c>) is missing (H2S0004, as
/// <c>id:</c> with no value is); one with spaces around it is kept as written, with warning H2S0006, since
/// distances, waivers and rule-test <c>expect</c> keys must then repeat the spaces to name it.
/// </summary>
internal static class IdReader
{
    /// <summary>The id, or <c>null</c> after reporting an error.</summary>
    /// <param name="node">The id's value.</param>
    /// <param name="context">Where diagnostics go.</param>
    /// <param name="owner">What the id names, for messages: <c>a component</c>, <c>the facility</c>.</param>
    public static string? Read(YamlNode node, YamlReadContext context, string owner)
    {
        if (context.Text(node, "id") is not { } id)
        {
            return null;
        }

        if (string.IsNullOrWhiteSpace(id))
        {
            context.Error(DiagnosticCodes.MissingField, node.Span, $"`id` needs a value: the id of {owner} cannot be blank");
            return null;
        }

        if (id.Trim().Length != id.Length)
        {
            context.Warning(DiagnosticCodes.InvalidValue, node.Span,
                $"the id `{id}` of {owner} begins or ends with spaces, which distances, waivers and tests must repeat to name it; did you mean '{id.Trim()}'?");
        }

        return id;
    }

    /// <summary>True for an id that <see cref="Read"/> refuses as blank.</summary>
    public static bool IsBlank(string id) => string.IsNullOrWhiteSpace(id);
}
