using System.Text;

namespace HydrogenSafety.Coverage;

/// <summary>
/// How a rule's <c>source.clause</c> is matched against the clause ids of a coverage list.
/// </summary>
/// <remarks>
/// <para>Both are compared after trimming and collapsing runs of white space into one space, case-sensitively.</para>
/// <para>A listed id <c>C</c> <em>covers</em> a cited clause <c>R</c> when <c>R</c> is <c>C</c>, or starts with <c>C</c> at a
/// token boundary: when <c>C</c> ends in a letter or digit, the character of <c>R</c> after it must be neither a letter,
/// a digit nor a hyphen or dash. So <c>Art. 6</c> covers <c>Art. 6 ¶1 (iii)</c> and <c>Art. 6 (item not confirmed)</c>,
/// <c>7.3</c> covers <c>7.3.2</c>, but <c>Art. 6</c> covers neither <c>Art. 60</c> nor the branch article <c>Art. 6-2</c>, and
/// <c>(i)</c> does not cover <c>(ii)</c>.</para>
/// <para>A cited clause is given to the <em>most specific</em> listed id that covers it (the longest), so that a rule
/// citing <c>Art. 6 ¶1 (iii)</c> encodes the listed <c>Art. 6 ¶1 (iii)</c>, not also <c>Art. 6 ¶1</c> and <c>Art. 6</c>.
/// A cited clause holding several references separated by <c>;</c> (outside parentheses) is matched part by part.</para>
/// </remarks>
public static class ClauseMatch
{
    /// <summary>The text trimmed, with every run of white space one space.</summary>
    public static string Normalize(string clause)
    {
        ArgumentNullException.ThrowIfNull(clause);
        var sb = new StringBuilder(clause.Length);
        var space = false;
        foreach (var c in clause.Trim())
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }

            if (space)
            {
                sb.Append(' ');
                space = false;
            }

            sb.Append(c);
        }

        return sb.ToString();
    }

    /// <summary>True when the listed id <paramref name="listed"/> covers the cited clause <paramref name="cited"/> (see the remarks).</summary>
    public static bool Covers(string listed, string cited)
    {
        var id = Normalize(listed);
        var text = Normalize(cited);
        if (id.Length == 0 || !text.StartsWith(id, StringComparison.Ordinal))
        {
            return false;
        }

        if (text.Length == id.Length || !char.IsLetterOrDigit(id[^1]))
        {
            return true;
        }

        var next = text[id.Length];
        return !char.IsLetterOrDigit(next) && next is not ('-' or '‐' or '‑' or '‒' or '–' or '—' or '_');
    }

    /// <summary>The parts of a cited clause: split at <c>;</c> outside parentheses and brackets, trimmed, empty parts left out.</summary>
    public static IReadOnlyList<string> Parts(string cited)
    {
        ArgumentNullException.ThrowIfNull(cited);
        var parts = new List<string>();
        var depth = 0;
        var start = 0;
        for (var i = 0; i < cited.Length; i++)
        {
            switch (cited[i])
            {
                case '(' or '[' or '（':
                    depth++;
                    break;
                case ')' or ']' or '）':
                    depth = Math.Max(0, depth - 1);
                    break;
                case ';' when depth == 0:
                    parts.Add(cited[start..i]);
                    start = i + 1;
                    break;
            }
        }

        parts.Add(cited[start..]);
        return parts.Select(Normalize).Where(p => p.Length > 0).ToList();
    }

    /// <summary>
    /// The listed ids that a cited clause encodes: for each of its <see cref="Parts"/>, the longest listed id that
    /// covers it. Empty when no listed id covers any part.
    /// </summary>
    public static IReadOnlyList<CoverageClause> Match(IReadOnlyList<CoverageClause> listed, string cited)
    {
        ArgumentNullException.ThrowIfNull(listed);
        ArgumentNullException.ThrowIfNull(cited);
        var found = new List<CoverageClause>();
        foreach (var part in Parts(cited))
        {
            var best = listed.Where(c => Covers(c.Clause, part)).MaxBy(c => Normalize(c.Clause).Length);
            if (best is not null && !found.Contains(best))
            {
                found.Add(best);
            }
        }

        return found;
    }
}
