using System.Text;
using HydrogenSafety.Diagnostics;
using HydrogenSafety.Expressions.Binding;

namespace HydrogenSafety.Rules;

/// <summary>
/// A finding message with <c>{expression}</c> placeholders (<c>{{</c> and <c>}}</c> write braces).
/// Placeholders are checked like any expression of the rule.
/// </summary>
internal sealed class MessageTemplate
{
    private MessageTemplate(IReadOnlyList<object> parts) => Parts = parts;

    /// <summary>Literal strings and bound placeholder expressions, in order.</summary>
    public IReadOnlyList<object> Parts { get; }

    public static MessageTemplate? Check(ExpressionSource source, RuleScope scope, List<Diagnostic> diagnostics)
    {
        var text = source.Text;
        var parts = new List<object>();
        var literal = new StringBuilder();
        var ok = true;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '{' && i + 1 < text.Length && text[i + 1] == '{')
            {
                literal.Append('{');
                i++;
            }
            else if (c == '}' && i + 1 < text.Length && text[i + 1] == '}')
            {
                literal.Append('}');
                i++;
            }
            else if (c == '{')
            {
                var close = text.IndexOf('}', i + 1);
                if (close < 0)
                {
                    diagnostics.Add(Diagnostic.Error(DiagnosticCodes.InvalidMessageTemplate, source.At(i), "a '{' in the message is not closed; write '{{' for a brace"));
                    return null;
                }

                if (literal.Length > 0)
                {
                    parts.Add(literal.ToString());
                    literal.Clear();
                }

                var inner = Slice(source, i + 1, close);
                var bound = Binder.Bind(scope, inner, diagnostics, implicitSubject: null, condition: false);
                ok &= bound is not null;
                if (bound is not null)
                {
                    parts.Add(bound);
                }

                i = close;
            }
            else if (c == '}')
            {
                diagnostics.Add(Diagnostic.Error(DiagnosticCodes.InvalidMessageTemplate, source.At(i), "a '}' in the message has no '{'; write '}}' for a brace"));
                return null;
            }
            else
            {
                literal.Append(c);
            }
        }

        if (literal.Length > 0)
        {
            parts.Add(literal.ToString());
        }

        return ok ? new MessageTemplate(parts) : null;
    }

    private static ExpressionSource Slice(ExpressionSource source, int start, int end)
    {
        var positions = new List<SourceSpan>(end - start + 1);
        for (var i = start; i <= end; i++)
        {
            positions.Add(source.At(i));
        }

        return new ExpressionSource(source.Text[start..end], source.At(start), positions);
    }
}
