using System.Text;

namespace HydrogenSafety.Expressions.Syntax;

/// <summary>Splits an expression into tokens. Numbers take the unit written after them.</summary>
internal sealed class Lexer
{
    private static readonly HashSet<string> s_keywordsAfterNumber = new(StringComparer.Ordinal) { "and", "or", "not", "between", "where", "of" };
    private static readonly string[] s_twoCharSymbols = ["==", "!=", "<=", ">="];
    private const string OneCharSymbols = "<>+-*/()[],.";

    private readonly string _text;
    private int _pos;

    private Lexer(string text) => _text = text;

    /// <summary>Tokens, or the offset and message of the first lexical error.</summary>
    public static (List<Token> Tokens, (int Offset, string Message)? Error) Tokenize(string text)
    {
        var lexer = new Lexer(text);
        var tokens = new List<Token>();
        while (true)
        {
            var (token, error) = lexer.Next();
            if (error is not null)
            {
                return (tokens, error);
            }

            tokens.Add(token!);
            if (token!.Kind == TokenKind.End)
            {
                return (tokens, null);
            }
        }
    }

    private (Token?, (int, string)?) Next()
    {
        SkipSpaces();
        if (_pos >= _text.Length)
        {
            return (new Token(TokenKind.End, string.Empty, _pos, _pos), null);
        }

        var c = _text[_pos];
        var start = _pos;
        if (char.IsAsciiDigit(c) || (c == '.' && _pos + 1 < _text.Length && char.IsAsciiDigit(_text[_pos + 1])))
        {
            return ReadNumberOrDate();
        }

        if (c is '\'' or '"')
        {
            return ReadString(c);
        }

        if (char.IsAsciiLetter(c) || c == '_')
        {
            while (_pos < _text.Length && (char.IsAsciiLetterOrDigit(_text[_pos]) || _text[_pos] == '_'))
            {
                _pos++;
            }

            return (new Token(TokenKind.Identifier, _text[start.._pos], start, _pos), null);
        }

        foreach (var s in s_twoCharSymbols)
        {
            if (string.CompareOrdinal(_text, _pos, s, 0, 2) == 0)
            {
                _pos += 2;
                return (new Token(TokenKind.Symbol, s, start, _pos), null);
            }
        }

        if (OneCharSymbols.Contains(c, StringComparison.Ordinal))
        {
            _pos++;
            return (new Token(TokenKind.Symbol, c.ToString(), start, _pos), null);
        }

        if (c == '=')
        {
            return (null, (start, "'=' is not an operator; write '==' to compare"));
        }

        return (null, (start, $"unexpected character '{c}'"));
    }

    private void SkipSpaces()
    {
        while (_pos < _text.Length && char.IsWhiteSpace(_text[_pos]))
        {
            _pos++;
        }
    }

    private (Token?, (int, string)?) ReadNumberOrDate()
    {
        var start = _pos;
        if (IsDateAt(start))
        {
            _pos += 10;
            return (new Token(TokenKind.Date, _text[start.._pos], start, _pos), null);
        }

        while (_pos < _text.Length && char.IsAsciiDigit(_text[_pos]))
        {
            _pos++;
        }

        if (_pos < _text.Length && _text[_pos] == '.' && _pos + 1 < _text.Length && char.IsAsciiDigit(_text[_pos + 1]))
        {
            _pos++;
            while (_pos < _text.Length && char.IsAsciiDigit(_text[_pos]))
            {
                _pos++;
            }
        }

        if (_pos < _text.Length && (_text[_pos] is 'e' or 'E'))
        {
            var save = _pos;
            _pos++;
            if (_pos < _text.Length && (_text[_pos] is '+' or '-'))
            {
                _pos++;
            }

            if (_pos < _text.Length && char.IsAsciiDigit(_text[_pos]))
            {
                while (_pos < _text.Length && char.IsAsciiDigit(_text[_pos]))
                {
                    _pos++;
                }
            }
            else
            {
                _pos = save;
            }
        }

        var end = _pos;
        var number = _text[start..end];
        var (unit, unitStart) = ReadUnit();
        return (new Token(TokenKind.Number, number, start, _pos, unit, unitStart), null);
    }

    private (string? Unit, int Start) ReadUnit()
    {
        var save = _pos;
        SkipSpaces();
        if (_pos >= _text.Length)
        {
            _pos = save;
            return (null, -1);
        }

        var c = _text[_pos];
        if (!(char.IsLetter(c) || c is '%' or '°' or 'µ'))
        {
            _pos = save;
            return (null, -1);
        }

        var start = _pos;
        var sb = new StringBuilder();
        while (_pos < _text.Length && IsUnitChar(_text[_pos]))
        {
            sb.Append(_text[_pos]);
            _pos++;
        }

        // A compound unit such as kg/s or kW/m2: the slash belongs to the unit only when a unit follows it directly.
        if (_pos + 1 < _text.Length && _text[_pos] == '/' && char.IsLetter(_text[_pos + 1]))
        {
            var slash = _pos;
            _pos++;
            var denominator = new StringBuilder();
            while (_pos < _text.Length && IsUnitChar(_text[_pos]))
            {
                denominator.Append(_text[_pos]);
                _pos++;
            }

            var compound = sb + "/" + denominator;
            if (Units.UnitCatalog.TryGet(compound, out _))
            {
                sb.Clear().Append(compound);
            }
            else
            {
                _pos = slash;
            }
        }

        var unit = sb.ToString();
        var after = _pos;
        while (after < _text.Length && char.IsWhiteSpace(_text[after]))
        {
            after++;
        }

        var nextChar = after < _text.Length ? _text[after] : '\0';
        var isKeyword = s_keywordsAfterNumber.Contains(unit) || (unit == "in" && nextChar == '[');
        if (isKeyword || nextChar == '(' || nextChar == '.')
        {
            _pos = save;
            return (null, -1);
        }

        return (unit, start);
    }

    private static bool IsUnitChar(char c) => char.IsLetterOrDigit(c) || c is '%' or '°' or '³' or '²' or '^' or 'µ';

    private bool IsDateAt(int i) =>
        i + 10 <= _text.Length
        && char.IsAsciiDigit(_text[i]) && char.IsAsciiDigit(_text[i + 1]) && char.IsAsciiDigit(_text[i + 2]) && char.IsAsciiDigit(_text[i + 3])
        && _text[i + 4] == '-' && char.IsAsciiDigit(_text[i + 5]) && char.IsAsciiDigit(_text[i + 6])
        && _text[i + 7] == '-' && char.IsAsciiDigit(_text[i + 8]) && char.IsAsciiDigit(_text[i + 9])
        && (i + 10 == _text.Length || !char.IsAsciiLetterOrDigit(_text[i + 10]));

    private (Token?, (int, string)?) ReadString(char quote)
    {
        var start = _pos;
        _pos++;
        var sb = new StringBuilder();
        while (_pos < _text.Length)
        {
            var c = _text[_pos];
            if (c == quote)
            {
                if (_pos + 1 < _text.Length && _text[_pos + 1] == quote)
                {
                    sb.Append(quote);
                    _pos += 2;
                    continue;
                }

                _pos++;
                return (new Token(TokenKind.String, sb.ToString(), start, _pos), null);
            }

            sb.Append(c);
            _pos++;
        }

        return (null, (start, "text is not closed: a quote is missing"));
    }
}
