using YamlDotNet.Core;

namespace HydrogenSafety.Yaml;

/// <summary>
/// Where a YAML syntax error is, when YamlDotNet's mark says otherwise. For a tab used as indentation
/// YamlDotNet marks the start of the enclosing mapping (often 1:1) or of the scalar before it; the error is
/// reported at the tab itself: the first tab in the indentation of a line from the marked line on.
/// </summary>
internal static class SyntaxErrorPosition
{
    /// <summary>The 1-based line and column of <paramref name="error"/> in <paramref name="source"/>.</summary>
    public static (int Line, int Column) Of(YamlException error, SourceText source)
    {
        ArgumentNullException.ThrowIfNull(error);
        ArgumentNullException.ThrowIfNull(source);
        var marked = ((int)error.Start.Line, (int)error.Start.Column);
        if (!error.Message.Contains("tab", StringComparison.OrdinalIgnoreCase))
        {
            return marked;
        }

        var text = source.Text;
        var index = (int)Math.Clamp(error.Start.Index, 0, text.Length);
        var lineStart = index == 0 ? 0 : text.LastIndexOf('\n', index - 1) + 1;
        for (var p = lineStart; p < text.Length;)
        {
            var q = p;
            while (q < text.Length && text[q] is ' ' or '\t')
            {
                if (text[q] == '\t')
                {
                    return source.LineColumn(q);
                }

                q++;
            }

            var end = text.IndexOf('\n', q);
            if (end < 0)
            {
                break;
            }

            p = end + 1;
        }

        return marked;
    }
}
