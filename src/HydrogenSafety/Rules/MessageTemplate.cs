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
        var parts = new List<object>();
        var ok = true;
        foreach (var piece in PlaceholderScanner.Scan(source.Text))
        {
            switch (piece.Kind)
            {
                case TemplatePieceKind.UnclosedBrace:
                    diagnostics.Add(Diagnostic.Error(DiagnosticCodes.InvalidMessageTemplate, source.At(piece.Start), "a '{' in the message is not closed; write '{{' for a brace"));
                    return null;
                case TemplatePieceKind.StrayBrace:
                    diagnostics.Add(Diagnostic.Error(DiagnosticCodes.InvalidMessageTemplate, source.At(piece.Start), "a '}' in the message has no '{'; write '}}' for a brace"));
                    return null;
                case TemplatePieceKind.Placeholder:
                    var bound = Binder.Bind(scope, Slice(source, piece.Start, piece.End), diagnostics, implicitSubject: null, condition: false);
                    ok &= bound is not null;
                    if (bound is not null)
                    {
                        parts.Add(bound);
                    }

                    break;
                default:
                    parts.Add(piece.Text);
                    break;
            }
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
