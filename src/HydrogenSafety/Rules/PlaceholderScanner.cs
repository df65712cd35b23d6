namespace HydrogenSafety.Rules;

/// <summary>What one piece of a message template is: literal text, a <c>{expression}</c> placeholder, or a brace error.</summary>
internal enum TemplatePieceKind
{
    /// <summary>Literal text, with <c>{{</c> and <c>}}</c> already read as single braces.</summary>
    Literal,

    /// <summary>A placeholder; <see cref="TemplatePiece.Start"/>..<see cref="TemplatePiece.End"/> is the expression between the braces.</summary>
    Placeholder,

    /// <summary>A '{' with no closing '}'; <see cref="TemplatePiece.Start"/> is the brace. Scanning stops.</summary>
    UnclosedBrace,

    /// <summary>A '}' with no opening '{'; <see cref="TemplatePiece.Start"/> is the brace. Scanning stops.</summary>
    StrayBrace,
}

/// <summary>One piece of a message template; <see cref="Text"/> is the literal text or the placeholder's expression.</summary>
internal readonly record struct TemplatePiece(TemplatePieceKind Kind, string Text, int Start, int End);

/// <summary>
/// The one reading of message templates' braces, shared by <see cref="MessageTemplate"/> (which binds the
/// placeholders) and <see cref="RuleReadability"/> (which asks what they read): <c>{{</c> and <c>}}</c> write a
/// brace, <c>{expression}</c> is a placeholder, and an unmatched brace ends the scan with an error piece.
/// </summary>
internal static class PlaceholderScanner
{
    /// <summary>The pieces of <paramref name="template"/> in order; adjacent literal text comes as one piece.</summary>
    public static IEnumerable<TemplatePiece> Scan(string template)
    {
        ArgumentNullException.ThrowIfNull(template);
        var literal = new System.Text.StringBuilder();
        var literalStart = 0;
        for (var i = 0; i < template.Length; i++)
        {
            var c = template[i];
            var doubled = i + 1 < template.Length && template[i + 1] == c;
            if ((c == '{' || c == '}') && doubled)
            {
                literal.Append(c);
                i++;
                continue;
            }

            if (c == '{')
            {
                var close = template.IndexOf('}', i + 1);
                if (close < 0)
                {
                    yield return new TemplatePiece(TemplatePieceKind.UnclosedBrace, "{", i, i + 1);
                    yield break;
                }

                if (literal.Length > 0)
                {
                    yield return new TemplatePiece(TemplatePieceKind.Literal, literal.ToString(), literalStart, i);
                    literal.Clear();
                }

                yield return new TemplatePiece(TemplatePieceKind.Placeholder, template[(i + 1)..close], i + 1, close);
                i = close;
                literalStart = close + 1;
            }
            else if (c == '}')
            {
                yield return new TemplatePiece(TemplatePieceKind.StrayBrace, "}", i, i + 1);
                yield break;
            }
            else
            {
                literal.Append(c);
            }
        }

        if (literal.Length > 0)
        {
            yield return new TemplatePiece(TemplatePieceKind.Literal, literal.ToString(), literalStart, template.Length);
        }
    }
}
