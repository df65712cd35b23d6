using System.Globalization;
using System.Text;

namespace HydrogenSafety.Diagnostics;

/// <summary>
/// Makes text from input files safe to print on a terminal: control characters (C0 other than line feed and tab,
/// DEL, C1) and bidirectional overrides are shown as <c>\u001B</c>-style escapes, so an id or attribute cannot
/// move the cursor, recolour the screen or reorder what an engineer reads.
/// </summary>
public static class PrintableText
{
    /// <summary>The text with every terminal control character escaped; the same string when there is none.</summary>
    public static string Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var first = IndexOfUnsafe(text);
        if (first < 0)
        {
            return text;
        }

        var sb = new StringBuilder(text.Length + 8);
        sb.Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            var c = text[i];
            if (IsUnsafe(c))
            {
                sb.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
            else
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    private static int IndexOfUnsafe(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (IsUnsafe(text[i]))
            {
                return i;
            }
        }

        return -1;
    }

    private static bool IsUnsafe(char c) =>
        (c < ' ' && c != '\n' && c != '\t')
        || c is >= '\u007F' and <= '\u009F'
        || c is >= '\u202A' and <= '\u202E'
        || c is >= '\u2066' and <= '\u2069';
}
