using HydrogenSafety.Diagnostics;
using HydrogenSafety.Yaml;

namespace HydrogenSafety.Facilities;

/// <summary>
/// Warns about a facility file that does not name its facility: no <c>facility:</c> header, or a header
/// without an <c>id</c>. It is still checked, under the id taken from the file name (a convenience that
/// SPEC §3 does not promise outside rule tests), and the warning makes that visible (H2S0004).
/// </summary>
internal static class MissingHeader
{
    /// <summary>Reports warning H2S0004 at the header, or at the top of the file when there is none.</summary>
    /// <param name="root">The facility's root mapping.</param>
    /// <param name="header">The <c>facility:</c> header, or <c>null</c> when there is none.</param>
    /// <param name="id">The id the facility takes.</param>
    /// <param name="context">Where the warning goes.</param>
    public static void Warn(YamlMapping root, YamlMapping? header, string id, YamlReadContext context)
    {
        var (span, what) = header is null
            ? (root.Span, "has no `facility:` header")
            : (header.Span, "header has no `id`");
        context.Warning(DiagnosticCodes.MissingField, SourceSpan.At(span.File, span.Line, span.Column),
            $"the facility {what}, so its id is `{id}`, from the file name; write `facility: {{ id: {id} }}` to name it");
    }
}
