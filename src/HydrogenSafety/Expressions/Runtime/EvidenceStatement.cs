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
    public static Evidence ForComparison(string text, Value left, string op, Value right, Value result, bool limitFirst)
    {
        var (l, r) = FormatPair(left, right);
        var (actual, limit, relation) = limitFirst ? (right, left, Flip(op)) : (left, right, op);
        var (actualText, limitText) = limitFirst ? (r, l) : (l, r);
        var evidence = new Evidence(text, l, op, r);
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
            column,
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
