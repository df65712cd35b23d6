using System.Globalization;
using HydrogenSafety.Evaluation;
using HydrogenSafety.Reporting;
using HydrogenSafety.Units;

namespace HydrogenSafety.Expressions.Runtime;

/// <summary>
/// Turns what the recorder kept into <see cref="Evidence"/>: both sides as a finding shows them, and the one-line
/// statement with the shortfall or margin of a comparison between quantities.
/// </summary>
internal static class EvidenceStatement
{
    /// <param name="text">The comparison as written.</param>
    /// <param name="left">Its left side.</param>
    /// <param name="op">Its operator.</param>
    /// <param name="right">Its right side.</param>
    /// <param name="result">Its result.</param>
    /// <param name="limitFirst">The left side is the limit.</param>
    /// <param name="negated">
    /// Written under <c>not</c> (an odd number of them): the requirement is the complement of the comparison, so the
    /// shortfall or margin is measured against that (<c>not (p &gt; 5 MPa)</c> with 7 MPa exceeds by 2 MPa), and the
    /// statement says whether the comparison as written held, with both sides. The evidence's expression is then
    /// <c>not (TEXT)</c> and its operator the complement (the relation the values must have).
    /// </param>
    public static Evidence ForComparison(string text, Value left, string op, Value right, Value result, bool limitFirst, bool negated = false)
    {
        var (l, r) = FormatPair(left, right);
        var (actual, limit, relation) = limitFirst ? (right, left, Flip(op)) : (left, right, op);
        var (actualText, limitText) = limitFirst ? (r, l) : (l, r);
        var evidence = new Evidence(text, l, op, r);
        if (negated)
        {
            var held = result.IsTrue;
            text = Unwrapped(text);
            result = Logic.Not(result);
            relation = EvidenceSentence.Complement(relation);
            evidence = evidence with { Expression = $"not ({text})", Operator = EvidenceSentence.Complement(op) };
            var matched = relation is "in" or "not in" && Comparison.Matching(actual, limit) is { } m ? m.Display() : null;
            var decided = ForComparison(evidence, actual, limit, relation, actualText, limitText, result);
            var sentence = decided.Sentence! with { Negated = true, Holds = held, Column = text, Cell = matched };
            return decided with { Statement = ReportStrings.English.Statement(sentence), Sentence = sentence };
        }

        return ForComparison(evidence, actual, limit, relation, actualText, limitText, result);
    }

    private static Evidence ForComparison(Evidence evidence, Value actual, Value limit, string relation, string actualText, string limitText, Value result)
    {
        if (IsOrdering(relation) && actual.Kind == RuntimeKind.Number && limit.Kind == RuntimeKind.Number
            && (actual.Dimension == limit.Dimension || actual.IsAdaptive || limit.IsAdaptive) && (result.IsTrue || result.IsFalse))
        {
            // Fifteen significant digits is what a double holds exactly in decimal: 17 - 16.492422502 is 0.507577498,
            // not the 0.5075774979999998 the binary subtraction leaves.
            var gap = Exact(relation is ">=" or ">" ? actual.Number - limit.Number : limit.Number - actual.Number);
            var dimension = actual.IsAdaptive ? limit.Dimension : actual.Dimension;
            // A temperature difference is a difference of kelvins, whatever scale the value was written in.
            var unit = dimension == Dimension.Temperature ? OffsetScales.Kelvin : actual.IsAdaptive ? limit.Unit : actual.Unit;
            var gapText = Amount(Math.Abs(gap), dimension, unit);
            var canonical = CanonicalSymbol(dimension);
            var kind = result.IsFalse ? (relation is ">=" or ">" ? EvidenceGap.Short : EvidenceGap.Exceeds) : EvidenceGap.Margin;
            var sentence = EvidenceSentence.Comparison(relation, limitText, actualText, kind, gapText);
            return evidence with
            {
                Statement = ReportStrings.English.Statement(sentence),
                Sentence = sentence,
                Required = new EvidenceQuantity(limit.Number, canonical),
                Actual = new EvidenceQuantity(actual.Number, canonical),
                Shortfall = result.IsFalse ? new EvidenceQuantity(Math.Max(0, -gap), canonical) : null,
                Margin = result.IsTrue ? new EvidenceQuantity(Math.Max(0, gap), canonical) : null,
            };
        }

        var plain = EvidenceSentence.Comparison(relation, limitText, actual.IsUnknown ? null : actualText);
        return evidence with { Statement = ReportStrings.English.Statement(plain), Sentence = plain };
    }

    public static Evidence ForRow(string text, RowMatch match, string column, Value cell)
    {
        var sentence = EvidenceSentence.Row(
            match.Row.Over is { } over ? over.Display(computed: false) : null,
            match.Row.Upto is { } upto ? upto.Display(computed: false) : null,
            Humanised(column),
            cell.Kind is RuntimeKind.Unknown ? null : cell.Display());
        return new Evidence(text, Table: match.Table.Name, Row: match.Row.Describe(), Statement: ReportStrings.English.Statement(sentence)) { Sentence = sentence };
    }

    public static Evidence ForPresence(string text, PresenceFacts facts, Value result)
    {
        var sentence = EvidenceSentence.Presence(facts.Exists, facts.Negated, result.IsTrue, facts.Subject, facts.Condition, facts.Found, facts.FoundCount, facts.Looked);
        var op = (facts.Negated ? "not " : string.Empty) + (facts.Exists ? "exists" : "defined");
        var left = facts.Exists ? facts.Found ?? "none" : facts.Found ?? "not recorded";
        return new Evidence(facts.Negated ? "not " + text : text, Left: left, Operator: op, Statement: ReportStrings.English.Statement(sentence)) { Sentence = sentence };
    }

    private static double Exact(double value) =>
        double.IsFinite(value) ? double.Parse(value.ToString("G15", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture) : value;

    private static string Amount(double canonical, Dimension dimension, string? unit) =>
        unit is null || dimension == Dimension.Dimensionless
            ? DisplayNumber.Format(canonical, computed: true)
            : new Quantity(canonical, dimension, unit).Display(computed: true);

    private static string CanonicalSymbol(Dimension dimension) =>
        dimension == Dimension.Dimensionless ? string.Empty : UnitCatalog.Canonical(dimension).Symbol;

    private static bool IsOrdering(string op) => op is ">=" or ">" or "<=" or "<";

    /// <summary><paramref name="text"/> without the parentheses that enclose all of it (<c>(a &gt; 5 MPa)</c> is <c>a &gt; 5 MPa</c>).</summary>
    private static string Unwrapped(string text)
    {
        text = text.Trim();
        while (text.Length >= 2 && text[0] == '(' && text[^1] == ')' && Closes(text))
        {
            text = text[1..^1].Trim();
        }

        return text;
    }

    /// <summary>The opening parenthesis of <paramref name="text"/> is closed by its last character only.</summary>
    private static bool Closes(string text)
    {
        var depth = 0;
        var quote = '\0';
        for (var i = 0; i < text.Length; i++)
        {
            var ch = text[i];
            if (quote != '\0')
            {
                quote = ch == quote ? '\0' : quote;
            }
            else if (ch is '\'' or '"')
            {
                quote = ch;
            }
            else if (ch == '(')
            {
                depth++;
            }
            else if (ch == ')' && --depth == 0 && i < text.Length - 1)
            {
                return false;
            }
        }

        return depth == 0;
    }

    /// <summary>
    /// A table column's name in words, as a row's statement shows it (the rule language has no column label, SPEC §3):
    /// underscores become spaces, a number is set apart from the word before it, and the first letter is a capital
    /// (<c>class1</c> is <c>Class 1</c>, <c>air_intake</c> is <c>Air intake</c>). The evidence's <c>row</c> keeps the names as written.
    /// </summary>
    internal static string Humanised(string column)
    {
        var sb = new System.Text.StringBuilder(column.Length + 4);
        for (var i = 0; i < column.Length; i++)
        {
            var ch = column[i];
            if (ch == '_')
            {
                sb.Append(' ');
                continue;
            }

            if (char.IsAsciiDigit(ch) && i > 0 && char.IsAsciiLetter(column[i - 1]))
            {
                sb.Append(' ');
            }

            sb.Append(sb.Length == 0 ? char.ToUpperInvariant(ch) : ch);
        }

        return sb.ToString();
    }

    private static string Flip(string op) => op switch
    {
        ">=" => "<=",
        ">" => "<",
        "<=" => ">=",
        "<" => ">",
        _ => op,
    };

    /// <summary>
    /// Both sides as shown; where the two units differ, each non-canonical side also shows its value in canonical
    /// units.
    /// </summary>
    private static (string, string) FormatPair(Value left, Value right)
    {
        var l = left.Display();
        var r = right.Display();
        if (left.Kind == RuntimeKind.Number && right.Kind == RuntimeKind.Number && left.Unit is not null && right.Unit is not null
            && !string.Equals(left.Unit, right.Unit, StringComparison.Ordinal))
        {
            var lc = left.DisplayCanonical();
            var rc = right.DisplayCanonical();
            if (!string.Equals(lc, l, StringComparison.Ordinal))
            {
                l = $"{l} ({lc})";
            }

            if (!string.Equals(rc, r, StringComparison.Ordinal))
            {
                r = $"{r} ({rc})";
            }
        }

        return (l, r);
    }
}
