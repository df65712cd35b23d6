using System.Globalization;

namespace HydrogenSafety.Evaluation.Waivers;

/// <summary>
/// A version range such as <c>&gt;=1.0.0 &lt;2.0.0</c>, <c>1.x</c>, <c>1.2.*</c> or <c>1.4.0</c>:
/// space-separated comparators that must all hold.
/// </summary>
internal static class VersionRange
{
    /// <summary>True when the version satisfies the range; false for text that is not a range.</summary>
    public static bool Contains(string range, string version)
    {
        if (!TryParse(version, out var v))
        {
            return false;
        }

        foreach (var part in range.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (!Holds(part, v))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True when the text is a range this class understands.</summary>
    public static bool IsValid(string range) =>
        range.Split(' ', StringSplitOptions.RemoveEmptyEntries) is { Length: > 0 } parts && parts.All(Parsable);

    private static bool Parsable(string part)
    {
        var (op, rest) = SplitOperator(part);
        return (op == "=" && Wildcard(rest) is not null) || TryParse(rest, out _);
    }

    private static bool Holds(string part, (int, int, int) v)
    {
        var (op, rest) = SplitOperator(part);
        if (Wildcard(rest) is { } prefix)
        {
            return op == "=" && Prefix(v, prefix);
        }

        if (!TryParse(rest, out var bound))
        {
            return false;
        }

        var c = v.CompareTo(bound);
        return op switch
        {
            ">=" => c >= 0,
            ">" => c > 0,
            "<=" => c <= 0,
            "<" => c < 0,
            _ => c == 0,
        };
    }

    private static (string Op, string Remainder) SplitOperator(string part)
    {
        foreach (var op in new[] { ">=", "<=", ">", "<", "=" })
        {
            if (part.StartsWith(op, StringComparison.Ordinal))
            {
                return (op, part[op.Length..]);
            }
        }

        return ("=", part);
    }

    private static int[]? Wildcard(string text)
    {
        var pieces = text.Split('.');
        if (pieces.Length is < 1 or > 3 || !(pieces[^1] is "x" or "*"))
        {
            return null;
        }

        var numbers = new List<int>();
        foreach (var p in pieces[..^1])
        {
            if (!int.TryParse(p, NumberStyles.None, CultureInfo.InvariantCulture, out var n))
            {
                return null;
            }

            numbers.Add(n);
        }

        return numbers.ToArray();
    }

    private static bool Prefix((int A, int B, int C) v, int[] prefix)
    {
        var parts = new[] { v.A, v.B, v.C };
        return prefix.Select((n, i) => parts[i] == n).All(x => x);
    }

    private static bool TryParse(string text, out (int, int, int) version)
    {
        version = default;
        var pieces = text.Split('.');
        if (pieces.Length != 3)
        {
            return false;
        }

        var n = new int[3];
        for (var i = 0; i < 3; i++)
        {
            if (!int.TryParse(pieces[i], NumberStyles.None, CultureInfo.InvariantCulture, out n[i]))
            {
                return false;
            }
        }

        version = (n[0], n[1], n[2]);
        return true;
    }
}
