using System.Text;
using HydrogenSafety.Diagnostics;
using HydrogenSafety.Evaluation;
using HydrogenSafety.Facilities;
using HydrogenSafety.Rules;

namespace HydrogenSafety.Testing;

/// <summary>
/// Assertions about compliance reports and facilities for unit tests and CI, usable from NUnit, xUnit,
/// MSTest or any other framework: a failed assertion throws <see cref="ComplianceAssertionException"/>
/// whose message lists the findings that caused it (rule, subjects, message, evidence, citation, file:line).
/// </summary>
/// <example>
/// <code>
/// var report = ComplianceAssert.Compliant("facilities/site.yaml");          // built-in rules
/// ComplianceAssert.NoViolations(engine.Evaluate(facility), Severity.High);
/// ComplianceAssert.Outcome(report, "US-IFC-H2-DISPENSER-OVERPRESSURE", "D-1", Outcome.Pass);
/// </code>
/// </example>
public static class ComplianceAssert
{
    private static readonly Lazy<ComplianceEngine> s_builtIn = new(() => ComplianceEngine.Create(RuleSet.BuiltIn), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>
    /// The engine used when none is given: the built-in rules, untailored, judged as of the day of each
    /// evaluation. Compiled once per test run, on first use; thread-safe.
    /// </summary>
    public static ComplianceEngine BuiltInEngine => s_builtIn.Value;

    /// <summary>
    /// Asserts that no enforced rule at or above <paramref name="atOrAbove"/> is violated. Advisory rules never
    /// fail (as with <see cref="ComplianceReport.IsCompliant"/>); indeterminate outcomes and errors are not
    /// violations (use <see cref="Compliant(ComplianceReport, Severity, bool)"/> to fail on them too).
    /// </summary>
    /// <exception cref="ComplianceAssertionException">Some are violated; the message lists them.</exception>
    public static void NoViolations(ComplianceReport report, Severity atOrAbove = Severity.Low)
    {
        ArgumentNullException.ThrowIfNull(report);
        var offending = report.Findings
            .Where(f => f.Outcome == Evaluation.Outcome.Violation && f.Status == RuleStatus.Enforced && f.Severity >= atOrAbove)
            .ToList();
        if (offending.Count > 0)
        {
            throw Failure(
                $"Expected no violations at or above {FindingText.Name(atOrAbove)} severity in {FindingText.Facility(report)}, but found {FindingText.Plural(offending.Count, "violation", "violations")}:",
                offending);
        }
    }

    /// <summary>
    /// Asserts what <see cref="ComplianceReport.IsCompliant"/> says: no enforced rule at or above
    /// <paramref name="failOn"/> is violated, in error, or (unless <paramref name="allowIndeterminate"/>) indeterminate.
    /// </summary>
    /// <exception cref="ComplianceAssertionException">The report is not compliant; the message lists why.</exception>
    public static void Compliant(ComplianceReport report, Severity failOn = Severity.Low, bool allowIndeterminate = false)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (report.IsCompliant(failOn, allowIndeterminate))
        {
            return;
        }

        var offending = report.Findings.Where(f => Fails(f, failOn, allowIndeterminate)).ToList();
        var kinds = allowIndeterminate ? "violations or errors" : "violations, errors or indeterminate outcomes";
        throw Failure(
            $"Expected {FindingText.Facility(report)} to be compliant at or above {FindingText.Name(failOn)} severity, but found {FindingText.Plural(offending.Count, "finding", "findings")} ({kinds} fail):",
            offending);
    }

    /// <summary>Evaluates a facility and asserts it is compliant (see <see cref="Compliant(ComplianceReport, Severity, bool)"/>).</summary>
    /// <param name="facility">The facility.</param>
    /// <param name="engine">The engine; default <see cref="BuiltInEngine"/>.</param>
    /// <param name="failOn">The lowest severity that fails.</param>
    /// <param name="allowIndeterminate">Whether indeterminate outcomes pass.</param>
    /// <returns>The report, for further assertions.</returns>
    /// <exception cref="ComplianceAssertionException">The facility is not compliant.</exception>
    public static ComplianceReport Compliant(Facility facility, ComplianceEngine? engine = null, Severity failOn = Severity.Low, bool allowIndeterminate = false)
    {
        ArgumentNullException.ThrowIfNull(facility);
        var report = (engine ?? BuiltInEngine).Evaluate(facility);
        Compliant(report, failOn, allowIndeterminate);
        return report;
    }

    /// <summary>Loads a facility file, evaluates it and asserts it is compliant.</summary>
    /// <param name="facilityPath">A facility file (YAML or JSON).</param>
    /// <param name="engine">The engine; default <see cref="BuiltInEngine"/>.</param>
    /// <param name="failOn">The lowest severity that fails.</param>
    /// <param name="allowIndeterminate">Whether indeterminate outcomes pass.</param>
    /// <returns>The report, for further assertions.</returns>
    /// <exception cref="ComplianceAssertionException">The file does not load (every diagnostic is listed) or the facility is not compliant.</exception>
    public static ComplianceReport Compliant(string facilityPath, ComplianceEngine? engine = null, Severity failOn = Severity.Low, bool allowIndeterminate = false)
    {
        ArgumentException.ThrowIfNullOrEmpty(facilityPath);
        return Compliant(LoadFacility(facilityPath), engine, failOn, allowIndeterminate);
    }

    /// <summary>
    /// Asserts that a rule gave <paramref name="expected"/> for one binding of its subjects.
    /// </summary>
    /// <param name="report">The report.</param>
    /// <param name="ruleId">The rule id.</param>
    /// <param name="bindingKey">The subject ids in the rule's subject order, joined by commas (<c>TK-1,AI-1</c>), or <c>facility</c> for a facility-level rule.</param>
    /// <param name="expected">The outcome expected.</param>
    /// <returns>The finding, for further assertions.</returns>
    /// <exception cref="ComplianceAssertionException">The rule gave no finding for that binding, or another outcome; the message lists the rule's findings.</exception>
    public static Finding Outcome(ComplianceReport report, string ruleId, string bindingKey, Outcome expected)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentException.ThrowIfNullOrEmpty(ruleId);
        ArgumentException.ThrowIfNullOrEmpty(bindingKey);
        var key = NormalizeKey(bindingKey);
        var ofRule = report.Findings.Where(f => string.Equals(f.RuleId, ruleId, StringComparison.Ordinal)).ToList();
        var finding = ofRule.FirstOrDefault(f => string.Equals(f.BindingKey, key, StringComparison.Ordinal));
        if (finding is null)
        {
            var rules = report.RuleResults.Any(r => string.Equals(r.RuleId, ruleId, StringComparison.Ordinal))
                ? FindingText.Plural(ofRule.Count, "finding", "findings") + (ofRule.Count == 0 ? "." : ":")
                : "no result: the rule is not in the rule set or was not selected for this facility.";
            throw Failure(
                $"Expected {ruleId} to give {FindingText.Name(expected)} for {key} in {FindingText.Facility(report)}, but it gave no finding for {key}. The rule has {rules}",
                ofRule);
        }

        if (finding.Outcome != expected)
        {
            throw Failure(
                $"Expected {ruleId} to give {FindingText.Name(expected)} for {key} in {FindingText.Facility(report)}, but it gave {FindingText.Name(finding.Outcome)}:",
                [finding]);
        }

        return finding;
    }

    /// <summary>Asserts that a rule is violated, for any binding or (with <paramref name="bindingKey"/>) for one.</summary>
    /// <returns>The violations of the rule.</returns>
    /// <exception cref="ComplianceAssertionException">The rule is not violated; the message lists its findings.</exception>
    public static IReadOnlyList<Finding> Violates(ComplianceReport report, string ruleId, string? bindingKey = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentException.ThrowIfNullOrEmpty(ruleId);
        if (bindingKey is not null)
        {
            return [Outcome(report, ruleId, bindingKey, Evaluation.Outcome.Violation)];
        }

        var ofRule = report.Findings.Where(f => string.Equals(f.RuleId, ruleId, StringComparison.Ordinal)).ToList();
        var violations = ofRule.Where(f => f.Outcome == Evaluation.Outcome.Violation).ToList();
        if (violations.Count == 0)
        {
            throw Failure(
                $"Expected {ruleId} to be violated in {FindingText.Facility(report)}, but it was not; it gave {FindingText.Plural(ofRule.Count, "finding", "findings")}{(ofRule.Count == 0 ? "." : ":")}",
                ofRule);
        }

        return violations;
    }

    private static bool Fails(Finding f, Severity failOn, bool allowIndeterminate) =>
        f.Status == RuleStatus.Enforced && f.Severity >= failOn &&
        (f.Outcome is Evaluation.Outcome.Violation or Evaluation.Outcome.Error || (f.Outcome == Evaluation.Outcome.Indeterminate && !allowIndeterminate));

    private static string NormalizeKey(string bindingKey) =>
        string.Join(",", bindingKey.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));

    private static Facility LoadFacility(string path)
    {
        try
        {
            return Facility.Load(path);
        }
        catch (LoadException ex)
        {
            var lines = ex.Diagnostics.Count > 0 ? string.Join("\n", ex.Diagnostics.Select(d => "  " + d)) : "  " + ex.Message;
            throw new ComplianceAssertionException($"The facility file {path} could not be loaded:\n{lines}", ex);
        }
    }

    private static ComplianceAssertionException Failure(string headline, IReadOnlyList<Finding> findings)
    {
        var text = new StringBuilder(headline).Append('\n');
        text.Append(FindingText.List(findings));
        return new ComplianceAssertionException(text.ToString().TrimEnd('\n'), findings);
    }
}
