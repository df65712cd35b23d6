using HydrogenSafety.Evaluation;
using HydrogenSafety.Facilities;
using HydrogenSafety.Rules;
using HydrogenSafety.Tests.Docs;

namespace HydrogenSafety.Tests.Evaluation;

/// <summary>
/// A one-shot evaluation renders the message and evidence of pass, not-applicable, violation and indeterminate findings
/// on first read; an incremental session renders them at once. Both must give the same text for every finding.
/// </summary>
public class DeferredDetailTests
{
    private static readonly EngineOptions Options = new() { AsOf = new DateOnly(2026, 6, 1) };

    private static IEnumerable<string> Samples() =>
        Directory.GetFiles(RepositoryPaths.Of("samples", "facilities"), "*.yaml").Order(StringComparer.Ordinal);

    [TestCaseSource(nameof(Samples))]
    public void Deferred_message_and_evidence_equal_the_eagerly_rendered_ones(string path)
    {
        var engine = ComplianceEngine.Create(RuleSet.BuiltIn, Options);
        var facility = Facility.Load(path);

        var oneShot = engine.Evaluate(facility).Findings;
        using var session = engine.OpenSession(facility);
        var eager = session.Findings;

        oneShot.Should().Contain(f => f.Outcome == Outcome.Pass, "the samples have passing bindings, whose detail is deferred");
        oneShot.Should().Contain(f => f.Outcome == Outcome.NotApplicable && f.Subjects.Count > 0, "and not-applicable bindings");
        oneShot.Select(Render).Should().Equal(eager.Select(Render));
        oneShot.Where(f => f.Outcome is Outcome.Pass or Outcome.Violation).Should().OnlyContain(f => f.Evidence.Count > 0 && f.Message.Length > 0);
    }

    [Test]
    public void The_samples_have_deferred_violations_and_indeterminate_findings()
    {
        var engine = ComplianceEngine.Create(RuleSet.BuiltIn, Options);
        var findings = Samples().SelectMany(p => engine.Evaluate(Facility.Load(p)).Findings).ToList();

        findings.Should().Contain(f => f.Outcome == Outcome.Violation && f.Subjects.Count > 0, "the comparison above must cover deferred violations");
        findings.Should().Contain(f => f.Outcome == Outcome.Indeterminate && f.Subjects.Count > 0 && f.Missing.Count > 0, "and deferred indeterminate bindings");
    }

    [Test]
    public void First_reads_from_many_threads_agree()
    {
        var engine = ComplianceEngine.Create(RuleSet.BuiltIn, Options);
        var facility = Facility.Load(Samples().First());
        var expected = engine.Evaluate(facility).Findings.Select(Render).ToList();

        var report = engine.Evaluate(facility);
        var seen = new List<string>[4];
        Parallel.For(0, seen.Length, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i => seen[i] = report.Findings.Select(Render).ToList());

        seen.Should().OnlyContain(s => s.SequenceEqual(expected));
    }

    private static string Render(Finding f) =>
        $"{f.RuleId} {f.BindingKey} {f.Outcome} {f.Message} [{string.Join(" | ", f.Evidence)}] [{string.Join(" | ", f.EvidenceTrace)}] " +
        $"{string.Join(",", f.Missing)} ko: {f.MessageIn("ko")} ja: {f.MessageIn("ja")}";
}
