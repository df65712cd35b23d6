using HydrogenSafety.Diagnostics;

namespace HydrogenSafety.RuleTests;

/// <summary>The result of one inline test case of a rule.</summary>
/// <param name="RuleId">The rule under test.</param>
/// <param name="CaseName">The test case's name.</param>
/// <param name="Failures">What came out differently from what the case expects; empty when it passed.</param>
/// <param name="Span">Where the case is written.</param>
public sealed record RuleTestResult(string RuleId, string CaseName, IReadOnlyList<string> Failures, SourceSpan Span)
{
    /// <summary>True when every expectation held.</summary>
    public bool Passed => Failures.Count == 0;
}
