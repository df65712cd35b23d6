using System.Text.RegularExpressions;

namespace HydrogenSafety.Cli.Inputs;

/// <summary>
/// Tells a rule file from a facility by its first top-level key, without parsing: comments, blank
/// lines, <c>---</c> and <c>%</c> directives are skipped; JSON (or a YAML flow mapping) is read after its <c>{</c>.
/// </summary>
internal static partial class InputSniffer
{
    /// <summary>Judges a file's text.</summary>
    public static InputKind Sniff(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var key = FirstKey(text);
        return key switch
        {
            "rules" or "tables" => InputKind.Rules,
            "facility" or "components" or "distances" => InputKind.Facility,
            "profile" => InputKind.Profile,
            "waivers" => InputKind.Waivers,
            "coverage" => InputKind.Coverage,
            _ => InputKind.Unknown,
        };
    }

    /// <summary>
    /// The most characters read to judge a file: the loaders' size limit, so that a device or pipe that never
    /// ends (<c>/dev/zero</c>) is not read to the end here; such a file is <see cref="InputKind.Unknown"/> and the
    /// rule loader then refuses it (H2S0009).
    /// </summary>
    internal const int MaxSniffedChars = 10 * 1024 * 1024;

    /// <summary>Judges a file; <see cref="InputKind.Unknown"/> when it cannot be read or is over the size limit.</summary>
    public static InputKind SniffFile(string path)
    {
        try
        {
            using var reader = new StreamReader(path);
            var text = new System.Text.StringBuilder();
            var buffer = new char[65536];
            int read;
            while ((read = reader.ReadBlock(buffer, 0, buffer.Length)) > 0)
            {
                text.Append(buffer, 0, read);
                if (text.Length > MaxSniffedChars)
                {
                    return InputKind.Unknown;
                }
            }

            return Sniff(text.ToString());
        }
        catch (IOException)
        {
            return InputKind.Unknown;
        }
        catch (UnauthorizedAccessException)
        {
            return InputKind.Unknown;
        }
    }

    /// <summary>The first top-level key, or <c>null</c>.</summary>
    internal static string? FirstKey(string text)
    {
        var i = 0;
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            i = 1;
        }

        // Skip blank lines, comments, document markers and directives.
        while (i < text.Length)
        {
            var end = text.IndexOf('\n', i);
            if (end < 0)
            {
                end = text.Length;
            }

            var line = text[i..end].TrimEnd('\r');
            var trimmed = line.TrimStart();
            if (trimmed.Length == 0 || trimmed[0] == '#' || trimmed[0] == '%' || line == "---" || line.StartsWith("--- ", StringComparison.Ordinal))
            {
                i = end + 1;
                continue;
            }

            break;
        }

        if (i >= text.Length)
        {
            return null;
        }

        var rest = text[i..].TrimStart();
        if (rest.StartsWith('{'))
        {
            rest = rest[1..].TrimStart();
        }

        var match = KeyPattern().Match(rest);
        return match.Success ? match.Groups["key"].Value : null;
    }

    [GeneratedRegex("""^(?:"(?<key>[^"\r\n]*)"|'(?<key>[^'\r\n]*)'|(?<key>[A-Za-z_$][A-Za-z0-9_$-]*))\s*:""", RegexOptions.CultureInvariant)]
    private static partial Regex KeyPattern();
}
