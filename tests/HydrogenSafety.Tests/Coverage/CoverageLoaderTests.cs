using HydrogenSafety.Coverage;
using HydrogenSafety.Diagnostics;
using HydrogenSafety.Rules;

namespace HydrogenSafety.Tests.Coverage;

public class CoverageLoaderTests
{
    private const string Good = """
        coverage:
          document: Test Code
          edition: "2025"
          url: https://example.org
          confidence: H
          clauses:
            - { clause: "7.3", title: Separation, topic: separation }
            - { clause: "7.4", title: Drawings, topic: separation, not_encoded: needs_drawings, note: Layout judgement }
            - { clause: "7.5", title: Open, topic: detection }
        """;

    [Test]
    public void Reads_a_clause_list()
    {
        var set = CoverageSet.Parse(Good, "c.yaml");

        var document = set.Documents.Should().ContainSingle().Subject;
        document.Document.Should().Be("Test Code");
        document.Confidence.Should().Be(SourceConfidence.High);
        document.Clauses.Select(c => c.Clause).Should().Equal("7.3", "7.4", "7.5");
        document.Clauses[1].NotEncoded.Should().Be(NotEncodedReason.NeedsDrawings);
        document.Clauses[1].Span.Line.Should().Be(8);
    }

    [Test]
    public void Reports_every_error_of_a_file_with_its_place_and_loads_nothing()
    {
        const string bad = """
            coverage:
              document: Test Code
              confidence: Q
              extra: 1
              clauses:
                - { clause: "7.3", title: A, topic: separaton }
                - { clause: "7.3", title: B, topic: separation, not_encoded: maybe }
                - { title: C, topic: separation }
                - just text
            """;

        var act = () => CoverageSet.Parse(bad, "c.yaml");

        var diagnostics = act.Should().Throw<LoadException>().Which.Diagnostics;
        diagnostics.Select(d => $"{d.Span.Line}:{d.Span.Column} {d.Code}").Should().BeEquivalentTo(
            "2:3 H2S0004",    // edition missing (reported at the mapping)
            "3:15 H2S0006",   // confidence
            "4:3 H2S0003",    // unknown field
            "6:41 H2S0006",   // topic, with a did-you-mean
            "7:17 H2S0311",   // listed twice
            "7:66 H2S0006",   // not_encoded
            "8:7 H2S0004",    // clause missing
            "9:7 H2S0005");   // not a mapping
        diagnostics.Single(d => d.Code == DiagnosticCodes.InvalidValue && d.Span.Line == 6).Message.Should().Contain("did you mean 'separation'?");
    }

    [Test]
    public void Two_lists_of_one_document_are_an_error()
    {
        var dir = Path.Combine(Path.GetTempPath(), "h2s-coverage-" + Guid.NewGuid().ToString("N"), "coverage");
        Directory.CreateDirectory(dir);
        try
        {
            File.WriteAllText(Path.Combine(dir, "a.yaml"), Good);
            File.WriteAllText(Path.Combine(dir, "b.yaml"), Good);

            var act = () => CoverageSet.Load(Path.GetDirectoryName(dir)!);

            act.Should().Throw<LoadException>().Which.Diagnostics.Should().ContainSingle()
                .Which.Code.Should().Be(DiagnosticCodes.DuplicateCoverageDocument);
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(dir)!, recursive: true);
        }
    }

    [Test]
    public void Empty_and_malformed_files_are_errors()
    {
        ((Action)(() => CoverageSet.Parse("", "e.yaml"))).Should().Throw<LoadException>().Which.Diagnostics.Should().ContainSingle(d => d.Code == DiagnosticCodes.EmptyDocument);
        ((Action)(() => CoverageSet.Parse("coverage: [1, 2", "m.yaml"))).Should().Throw<LoadException>().Which.Diagnostics.Should().Contain(d => d.Code == DiagnosticCodes.YamlSyntax);
        ((Action)(() => CoverageSet.Parse("coverage: { document: D, edition: '1', confidence: H, clauses: [] }", "n.yaml"))).Should().Throw<LoadException>();
    }

    [Test]
    public void Report_matches_rules_and_lists_unlisted_clauses()
    {
        var rules = RuleSet.Parse("""
            rules:
              - id: T-A
                title: A
                stage: storage
                severity: low
                source: { document: Test Code, clause: "7.3.1" }
                tags: [separation]
                for: storage_vessel
                require: "pressure <= 1 MPa"
                remediation: R.
                tests:
                  - { name: p, facility: { components: [ {id: V, kind: storage_vessel, pressure: 1 MPa} ] }, expect: { V: pass } }
                  - { name: v, facility: { components: [ {id: V, kind: storage_vessel, pressure: 2 MPa} ] }, expect: { V: violation } }
              - id: T-B
                title: B
                stage: storage
                severity: low
                source: { document: Test Code, clause: "7.30" }
                tags: [separation]
                for: storage_vessel
                require: "pressure <= 1 MPa"
                remediation: R.
                tests:
                  - { name: p, facility: { components: [ {id: V, kind: storage_vessel, pressure: 1 MPa} ] }, expect: { V: pass } }
                  - { name: v, facility: { components: [ {id: V, kind: storage_vessel, pressure: 2 MPa} ] }, expect: { V: violation } }
            """, "r.yaml");

        var report = CoverageReport.Build(CoverageSet.Parse(Good, "c.yaml"), rules);

        var document = report.Documents.Should().ContainSingle().Subject;
        document.Clauses.Select(c => c.Status).Should().Equal(ClauseStatus.Encoded, ClauseStatus.NotEncoded, ClauseStatus.Unknown);
        document.Clauses[0].Rules.Select(r => r.Id).Should().Equal("T-A");
        document.Unlisted.Select(r => r.Id).Should().Equal("T-B");
        document.Share.Should().BeApproximately(1.0 / 3, 1e-9);
        report.Warnings().Should().ContainSingle().Which.Code.Should().Be(DiagnosticCodes.CoverageUnlistedClause);
    }

    [Test]
    public void Built_in_lists_load_and_every_listed_document_is_cited()
    {
        CoverageSet.BuiltIn.Documents.Should().NotBeEmpty();
        var report = CoverageReport.Build(CoverageSet.BuiltIn, RuleSet.BuiltIn);
        report.Uncited.Should().BeEmpty();
    }
}
