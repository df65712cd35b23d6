namespace HydrogenSafety.Expressions.Syntax;

/// <summary>A syntax error at an offset of the expression text.</summary>
internal sealed record ParseError(int Offset, string Message, string Code);
