using HydrogenSafety.Diagnostics;

namespace HydrogenSafety.Expressions.Syntax;

/// <summary>
/// Recursive-descent parser for the rule language (SPEC §4.1). Nesting is bounded so that hostile
/// input cannot overflow the stack.
/// </summary>
internal sealed partial class Parser
{
    /// <summary>Deepest nesting accepted.</summary>
    public const int MaxDepth = 64;

    /// <summary>Tallest syntax tree accepted (operators chained or nested), so that no later walk can overflow the stack.</summary>
    public const int MaxHeight = 100;

    /// <summary>Longest expression accepted, in characters.</summary>
    public const int MaxLength = 4000;

    private static readonly HashSet<string> s_comparison = new(StringComparer.Ordinal) { "==", "!=", "<", "<=", ">", ">=" };
    private static readonly HashSet<string> s_reserved = new(StringComparer.Ordinal) { "and", "or", "not", "in", "between", "where", "of", "true", "false" };

    private readonly List<Token> _tokens;
    private int _index;
    private int _depth;

    private Parser(List<Token> tokens) => _tokens = tokens;

    private Token Current => _tokens[_index];

    /// <summary>Parses a whole expression.</summary>
    public static (SyntaxNode? Node, ParseError? Error) Parse(string text)
    {
        if (text.Length > MaxLength)
        {
            return (null, new ParseError(0, $"expression is {text.Length} characters long; the limit is {MaxLength}", DiagnosticCodes.LimitExceeded));
        }

        var (tokens, lexError) = Lexer.Tokenize(text);
        if (lexError is { } e)
        {
            return (null, new ParseError(e.Offset, e.Message, DiagnosticCodes.ExpressionSyntax));
        }

        if (tokens.Count == 1)
        {
            return (null, new ParseError(0, "the expression is empty", DiagnosticCodes.ExpressionSyntax));
        }

        var parser = new Parser(tokens);
        try
        {
            var node = parser.ParseOr();
            if (parser.Current.Kind != TokenKind.End)
            {
                throw parser.Fail($"unexpected '{parser.Current.Text}'");
            }

            var (height, deepest) = SyntaxHeight.Of(node);
            if (height > MaxHeight)
            {
                return (null, new ParseError(deepest.Start, $"the expression is {height} operators deep; the limit is {MaxHeight} (split it into several requirements)", DiagnosticCodes.LimitExceeded));
            }

            return (node, null);
        }
        catch (ParseFailure f)
        {
            return (null, f.Error);
        }
    }

    private SyntaxNode ParseOr()
    {
        var left = ParseAnd();
        while (Current.Is("or"))
        {
            var op = Advance();
            var right = ParseAnd();
            left = new BinarySyntax("or", left, right, op.Start, left.Start, right.End);
        }

        return left;
    }

    private SyntaxNode ParseAnd()
    {
        var left = ParseNot();
        while (Current.Is("and"))
        {
            var op = Advance();
            var right = ParseNot();
            left = new BinarySyntax("and", left, right, op.Start, left.Start, right.End);
        }

        return left;
    }

    private SyntaxNode ParseNot()
    {
        if (Current.Is("not"))
        {
            var op = Advance();
            Enter();
            var operand = ParseNot();
            _depth--;
            return new UnarySyntax("not", operand, op.Start, operand.End);
        }

        return ParseComparison();
    }

    private SyntaxNode ParseComparison()
    {
        var left = ParseSum();
        if (Current.Kind == TokenKind.Symbol && s_comparison.Contains(Current.Text))
        {
            var op = Advance();
            var right = ParseSum();
            return new BinarySyntax(op.Text, left, right, op.Start, left.Start, right.End);
        }

        if (Current.Is("in"))
        {
            Advance();
            var list = ParseSum();
            return new InSyntax(left, list, false, left.Start, list.End);
        }

        if (Current.Is("not") && Peek(1).Is("in"))
        {
            Advance();
            Advance();
            var list = ParseSum();
            return new InSyntax(left, list, true, left.Start, list.End);
        }

        if (Current.Is("between"))
        {
            Advance();
            var low = ParseSum();
            Expect("and", "'between' needs 'and': x between LOW and HIGH");
            var high = ParseSum();
            return new BetweenSyntax(left, low, high, left.Start, high.End);
        }

        return left;
    }

    private SyntaxNode ParseSum()
    {
        var left = ParseProduct();
        while (Current.Kind == TokenKind.Symbol && Current.Text is "+" or "-")
        {
            var op = Advance();
            var right = ParseProduct();
            left = new BinarySyntax(op.Text, left, right, op.Start, left.Start, right.End);
        }

        return left;
    }

    private SyntaxNode ParseProduct()
    {
        var left = ParseUnary();
        while (Current.Kind == TokenKind.Symbol && Current.Text is "*" or "/")
        {
            var op = Advance();
            var right = ParseUnary();
            left = new BinarySyntax(op.Text, left, right, op.Start, left.Start, right.End);
        }

        return left;
    }

    private SyntaxNode ParseUnary()
    {
        if (Current.Kind == TokenKind.Symbol && Current.Text == "-")
        {
            var op = Advance();
            Enter();
            var operand = ParseUnary();
            _depth--;
            return operand is NumberSyntax literal
                ? NegativeLiteral(literal, op.Start, _tokens[_index - 1].End)
                : new UnarySyntax("-", operand, op.Start, operand.End);
        }

        return ParsePrimary();
    }

    /// <summary>
    /// A minus sign before a number literal belongs to the number: <c>-20 degC</c> is minus twenty
    /// degrees Celsius (253.15 K), not the negation of 293.15 K. The literal keeps its unit and now
    /// spans the text from the minus sign to the last token read (a closing parenthesis in <c>-(20 degC)</c>),
    /// so errors and evidence show the text as written.
    /// </summary>
    private static NumberSyntax NegativeLiteral(NumberSyntax literal, int minusStart, int end)
    {
        var text = literal.Text.StartsWith('-') ? literal.Text[1..] : "-" + literal.Text;
        return literal with { Text = text, Start = minusStart, End = end };
    }

    private SyntaxNode ParsePrimary()
    {
        Enter();
        try
        {
            var t = Current;
            switch (t.Kind)
            {
                case TokenKind.Number:
                    Advance();
                    return new NumberSyntax(t.Text, t.Unit, t.UnitStart, t.Start, t.End);
                case TokenKind.String:
                    Advance();
                    return new StringSyntax(t.Text, t.Start, t.End);
                case TokenKind.Date:
                    Advance();
                    return new DateSyntax(t.Text, t.Start, t.End);
                case TokenKind.Symbol when t.Text == "(":
                {
                    Advance();
                    var inner = ParseOr();
                    var close = Expect(")", "a ')' is missing");

                    // The parentheses belong to the node's text, so evidence quotes `x <= (1 MPa)` whole.
                    return inner with { Start = t.Start, End = close.End };
                }

                case TokenKind.Symbol when t.Text == "[":
                    return ParseList();
                case TokenKind.Identifier when t.Text is "true" or "false":
                    Advance();
                    return new BoolSyntax(t.Text == "true", t.Start, t.End);
                case TokenKind.Identifier when !s_reserved.Contains(t.Text):
                    return Peek(1).Is("(") ? ParseCall() : ParsePath();
                case TokenKind.End:
                    throw Fail("the expression ends too early");
                default:
                    throw Fail($"unexpected '{t.Text}'");
            }
        }
        finally
        {
            _depth--;
        }
    }

    private void Enter()
    {
        if (++_depth > MaxDepth)
        {
            throw new ParseFailure(new ParseError(Current.Start, $"the expression is nested more than {MaxDepth} deep", DiagnosticCodes.LimitExceeded));
        }
    }

    private Token Peek(int ahead) => _tokens[Math.Min(_index + ahead, _tokens.Count - 1)];

    private Token Advance()
    {
        var t = _tokens[_index];
        if (_index < _tokens.Count - 1)
        {
            _index++;
        }

        return t;
    }

    private bool Accept(string symbol)
    {
        if (Current.Is(symbol))
        {
            Advance();
            return true;
        }

        return false;
    }

    private Token Expect(string symbol, string message) => Current.Is(symbol) ? Advance() : throw Fail(message);

    private Token ExpectIdentifier(string message) =>
        Current.Kind == TokenKind.Identifier && !s_reserved.Contains(Current.Text) ? Advance() : throw Fail(message);

    private ParseFailure Fail(string message)
    {
        var at = Current.Kind == TokenKind.End ? $"{message} (at the end)" : message;
        return new ParseFailure(new ParseError(Current.Start, at, DiagnosticCodes.ExpressionSyntax));
    }

    private sealed class ParseFailure(ParseError error) : Exception(error.Message)
    {
        public ParseError Error { get; } = error;
    }
}
