using System.Text.RegularExpressions;
using HydrogenSafety.Evaluation;
using HydrogenSafety.Units;

namespace HydrogenSafety.Reporting;

/// <summary>
/// A separation distance a finding found too short: the evidence compared <c>distance(a, b)</c> with a
/// required length and the measured one was less.
/// </summary>
/// <param name="Finding">The finding (a violation, or a waived violation).</param>
/// <param name="FromId">The component the distance is measured from (the first argument of <c>distance</c>).</param>
/// <param name="ToId">The other component.</param>
/// <param name="Measured">The measured distance, m.</param>
/// <param name="Required">The required distance, m.</param>
/// <param name="RequiredText">The required distance as the evidence printed it, e.g. <c>50 ft (15.2 m)</c>.</param>
internal sealed record Separation(Finding Finding, string FromId, string ToId, double Measured, double Required, string RequiredText)
{
    private static readonly Regex s_distance = new(
        @"^\s*distance\(\s*([A-Za-z_][A-Za-z0-9_]*)\s*,\s*([A-Za-z_][A-Za-z0-9_]*)\s*\)\s*(>=|>)",
        RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    /// <summary>Whether the finding is waived (drawn differently from an open violation).</summary>
    public bool Waived => Finding.Outcome == Outcome.Waived;

    /// <summary>
    /// The violated separation of a violation (or waived violation) between two subjects, found in its
    /// evidence: the first comparison <c>distance(a, b) &gt;= required</c> whose measured length is short.
    /// Null for any other finding.
    /// </summary>
    public static Separation? Of(Finding f)
    {
        var violated = f.Outcome == Outcome.Violation || (f.Outcome == Outcome.Waived && f.WaivedOutcome == Outcome.Violation);
        if (!violated || f.Subjects.Count < 2)
        {
            return null;
        }

        foreach (var e in f.Evidence)
        {
            if (e.Operator is not (">=" or ">") || e.Left is null || e.Right is null)
            {
                continue;
            }

            var match = s_distance.Match(e.Expression);
            if (!match.Success)
            {
                continue;
            }

            var from = f.Subjects.FirstOrDefault(s => s.Name == match.Groups[1].Value)?.ComponentId;
            var to = f.Subjects.FirstOrDefault(s => s.Name == match.Groups[2].Value)?.ComponentId;
            if (from is null || to is null || from == to)
            {
                continue;
            }

            // The canonical values at full precision where the evidence has them (the printed ones are rounded).
            if ((e.Actual is { Unit: "m" } actual ? actual.Value : Metres(e.Left)) is not { } measured
                || (e.Required is { Unit: "m" } limit ? limit.Value : Metres(e.Right)) is not { } required)
            {
                continue;
            }

            var holds = e.Operator == ">=" ? measured >= required : measured > required;
            if (!holds)
            {
                return new Separation(f, from, to, measured, required, e.Right);
            }
        }

        return null;
    }

    /// <summary>A printed length in metres: <c>6.2 m</c>, <c>50 ft (15.24 m)</c>; null when it is not a length.</summary>
    internal static double? Metres(string text)
    {
        var open = text.IndexOf(" (", StringComparison.Ordinal);
        if (open > 0 && text.EndsWith(')'))
        {
            return Length(text[(open + 2)..^1]) ?? Length(text[..open]);
        }

        return Length(text);
    }

    private static double? Length(string text) =>
        QuantityText.TryParse(text.Trim(), out var quantity, out _) && quantity.Dimension == Dimension.Length && double.IsFinite(quantity.Value)
            ? quantity.In("m")
            : null;
}
