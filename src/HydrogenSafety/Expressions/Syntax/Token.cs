namespace HydrogenSafety.Expressions.Syntax;

internal enum TokenKind
{
    End,
    Number,
    String,
    Date,
    Identifier,
    Symbol,
}

/// <summary>A token of an expression: its kind, text, offsets, and for numbers the unit written after it.</summary>
internal sealed record Token(TokenKind Kind, string Text, int Start, int End, string? Unit = null, int UnitStart = -1)
{
    public bool Is(string symbolOrKeyword) =>
        Kind is TokenKind.Symbol or TokenKind.Identifier && string.Equals(Text, symbolOrKeyword, StringComparison.Ordinal);
}
