using System.Text.RegularExpressions;

namespace HydrogenSafety.Evaluation.Waivers;

/// <summary>Matches rule ids against a glob: <c>*</c> any run of characters, <c>?</c> one character; case-sensitive.</summary>
internal static class RuleIdGlob
{
    public static bool IsMatch(string glob, string ruleId)
    {
        if (!glob.Contains('*', StringComparison.Ordinal) && !glob.Contains('?', StringComparison.Ordinal))
        {
            return string.Equals(glob, ruleId, StringComparison.Ordinal);
        }

        var pattern = "^" + Regex.Escape(glob).Replace("\\*", ".*", StringComparison.Ordinal).Replace("\\?", ".", StringComparison.Ordinal) + "$";
        return Regex.IsMatch(ruleId, pattern, RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(100));
    }
}
