using HydrogenSafety.Diagnostics;
using YamlDotNet.Core;

namespace HydrogenSafety.Yaml;

/// <summary>
/// Finds the file position of every character of a scalar's value by aligning the value against the raw
/// text of its token: quotes, block headers, indentation, escapes and folded line breaks are stepped over.
/// </summary>
internal static class ScalarPositions
{
    /// <summary>One position per character of the value, plus one for the end.</summary>
    public static SourceSpan[] Map(YamlScalar scalar)
    {
        var aligner = new Aligner(scalar);
        var value = scalar.Value;
        var result = new SourceSpan[value.Length + 1];
        for (var i = 0; i < value.Length; i++)
        {
            result[i] = aligner.Next(value[i]);
        }

        result[value.Length] = aligner.End();
        return result;
    }

    private sealed class Aligner
    {
        private readonly SourceText _source;
        private readonly string _raw;
        private readonly ScalarStyle _style;
        private readonly int _blockIndent;
        private int _p;

        public Aligner(YamlScalar scalar)
        {
            _source = scalar.Source;
            _raw = scalar.Source.Text;
            _style = scalar.Style;
            _p = scalar.TokenStart;
            if (scalar.IsQuoted)
            {
                _p++;
            }
            else if (IsBlock)
            {
                while (_p < _raw.Length && _raw[_p] != '\n')
                {
                    _p++;
                }

                _p = Math.Min(_p + 1, _raw.Length);
                _blockIndent = DetectIndent(_p);
                SkipIndentation();
            }
        }

        private bool IsBlock => _style is ScalarStyle.Literal or ScalarStyle.Folded;

        public SourceSpan Next(char c)
        {
            SkipEscapedLineBreaks();
            if (_p >= _raw.Length)
            {
                return At(_raw.Length);
            }

            if (c is ' ' or '\t' or '\n' && IsSpaceOrBreak(_raw[_p]))
            {
                return Take(1);
            }

            if (_style == ScalarStyle.DoubleQuoted && _raw[_p] == '\\')
            {
                return Take(EscapeLength());
            }

            if (_style == ScalarStyle.SingleQuoted && c == '\'' && _raw[_p] == '\'')
            {
                return Take(2);
            }

            if (c is not (' ' or '\t' or '\n'))
            {
                var q = _p;
                while (q < _raw.Length && IsSpaceOrBreak(_raw[q]))
                {
                    q++;
                }

                if (q < _raw.Length && _raw[q] == c)
                {
                    while (_p < q)
                    {
                        Advance();
                    }
                }
            }

            return Take(1);
        }

        public SourceSpan End() => At(Math.Min(_p, _raw.Length));

        private SourceSpan Take(int length)
        {
            var here = At(_p);
            for (var i = 0; i < length && _p < _raw.Length; i++)
            {
                Advance();
            }

            return here;
        }

        /// <summary>Moves one character on; after a line break, steps over the next line's indentation.</summary>
        private void Advance()
        {
            var c = _raw[_p++];
            if (c == '\r' && _p < _raw.Length && _raw[_p] == '\n')
            {
                c = _raw[_p++];
            }

            if (c == '\n')
            {
                SkipIndentation();
            }
        }

        private void SkipIndentation()
        {
            if (IsBlock)
            {
                for (var i = 0; i < _blockIndent && _p < _raw.Length && _raw[_p] == ' '; i++)
                {
                    _p++;
                }
            }
            else
            {
                while (_p < _raw.Length && _raw[_p] is ' ' or '\t')
                {
                    _p++;
                }
            }
        }

        private void SkipEscapedLineBreaks()
        {
            while (_style == ScalarStyle.DoubleQuoted && _p + 1 < _raw.Length && _raw[_p] == '\\' && _raw[_p + 1] is '\n' or '\r')
            {
                _p++;
                if (_raw[_p] == '\r')
                {
                    _p++;
                }

                if (_p < _raw.Length && _raw[_p] == '\n')
                {
                    Advance();
                }
            }
        }

        private int EscapeLength()
        {
            var kind = _p + 1 < _raw.Length ? _raw[_p + 1] : '\0';
            return kind switch
            {
                'x' => 4,
                'u' => 6,
                'U' => 10,
                _ => 2,
            };
        }

        private int DetectIndent(int lineStart)
        {
            var i = lineStart;
            while (i < _raw.Length)
            {
                var spaces = 0;
                while (i + spaces < _raw.Length && _raw[i + spaces] == ' ')
                {
                    spaces++;
                }

                var next = i + spaces;
                if (next >= _raw.Length || _raw[next] is not ('\n' or '\r'))
                {
                    return spaces;
                }

                i = _raw.IndexOf('\n', next) + 1;
                if (i == 0)
                {
                    break;
                }
            }

            return 0;
        }

        private SourceSpan At(int index)
        {
            var (line, column) = _source.LineColumn(index);
            return SourceSpan.At(_source.File, line, column);
        }

        private static bool IsSpaceOrBreak(char c) => c is ' ' or '\t' or '\n' or '\r';
    }
}
