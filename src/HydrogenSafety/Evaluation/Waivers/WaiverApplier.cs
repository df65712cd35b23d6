using System.Globalization;
using HydrogenSafety.Diagnostics;
using HydrogenSafety.Facilities;

namespace HydrogenSafety.Evaluation.Waivers;

/// <summary>
/// Applies waivers (SPEC §7) to a facility's findings. A waiver in force on the as-of date turns a
/// violation or indeterminate it covers into <c>waived</c>; an expired one is not applied and is
/// reported; one that covers nothing is reported as stale. A waiver covers a finding when the rule id
/// matches its id or glob, the rule version is in its range (if it gives one), and — if it lists
/// components — the finding's binding involves one of them.
/// </summary>
internal static class WaiverApplier
{
    public static (List<Finding> Findings, List<Diagnostic> Warnings) Apply(IReadOnlyList<Finding> findings, IEnumerable<WaiverDeclaration> waivers, DateOnly asOf, string facilityFile)
    {
        var result = findings.ToList();
        var warnings = new List<Diagnostic>();
        foreach (var waiver in waivers)
        {
            var span = waiver.Span ?? SourceSpan.Start(facilityFile);
            if (waiver.Expires < asOf)
            {
                warnings.Add(Diagnostic.Warning(DiagnosticCodes.WaiverExpired, span, string.Create(CultureInfo.InvariantCulture,
                    $"waiver for {waiver.Rule} expired on {waiver.Expires:yyyy-MM-dd} (as of {asOf:yyyy-MM-dd}); not applied")));
                continue;
            }

            var covered = 0;
            for (var i = 0; i < result.Count; i++)
            {
                var f = result[i];
                if (f.Outcome is Outcome.Violation or Outcome.Indeterminate && Covers(waiver, f))
                {
                    result[i] = f.Waive(waiver);
                    covered++;
                }
            }

            if (covered == 0 && !result.Any(f => f.Waiver == waiver))
            {
                warnings.Add(Diagnostic.Warning(DiagnosticCodes.WaiverStale, span,
                    $"waiver for {waiver.Rule}{(waiver.Components.Count > 0 ? " (" + string.Join(", ", waiver.Components) + ")" : string.Empty)} covers no violation or indeterminate finding; it is stale"));
            }
        }

        return (result, warnings);
    }

    public static bool Covers(WaiverDeclaration waiver, Finding finding) =>
        RuleIdGlob.IsMatch(waiver.Rule, finding.RuleId)
        && (waiver.Version is null || VersionRange.Contains(waiver.Version, finding.RuleVersion))
        && (waiver.Components.Count == 0 || finding.Subjects.Any(s => waiver.Components.Contains(s.ComponentId, StringComparer.Ordinal)));
}
