using HydrogenSafety.Diagnostics;
using HydrogenSafety.Evaluation;
using HydrogenSafety.Facilities;
using HydrogenSafety.Profiles;
using HydrogenSafety.Rules;
using HydrogenSafety.Tests.Evaluation;

namespace HydrogenSafety.Tests.Profiles;

/// <summary>SPEC §5: profiles select rules and override severity and parameters; unknown names are errors.</summary>
public class ProfileTests
{
    private const string Rules = """
        rules:
          - id: KR-A
            title: a
            stage: storage
            severity: medium
            jurisdictions: [KR]
            tags: [separation]
            source: { document: T, clause: "1" }
            params: { limit: 10 MPa }
            for: storage_vessel
            require: "pressure <= params.limit"
          - id: US-B
            title: b
            stage: storage
            severity: high
            jurisdictions: [US]
            source: { document: T, clause: "2" }
            for: storage_vessel
            require: "has_prd"
          - id: INTL-C
            title: c
            stage: production
            severity: low
            source: { document: T, clause: "3" }
            for: storage_vessel
            require: "defined(material)"
        """;

    private static readonly Facility Site = Facility.Parse("components:\n  - { id: V, kind: storage_vessel, pressure: 20 MPa }\n", "site.yaml");

    private static ComplianceReport Evaluate(string profileYaml)
    {
        var rules = RuleSet.Parse(Rules, "rules.yaml").Tailor(Profile.Parse(profileYaml, "p.yaml"));
        return ComplianceEngine.Create(rules, new EngineOptions { AsOf = new DateOnly(2026, 1, 1) }).Evaluate(Site);
    }

    [Test]
    public void Jurisdiction_selector_includes_that_jurisdiction_and_rules_that_apply_everywhere()
    {
        var report = Evaluate("profile: kr\ntitle: Korea\ninclude:\n  - jurisdictions: [KR]\n");
        report.Findings.Select(f => f.RuleId).Should().BeEquivalentTo(["KR-A", "INTL-C"]);
        report.RulesNotSelected.Should().Be(1);
        report.Profile.Should().Be("kr");
    }

    [Test]
    public void Exclude_wins_over_include_and_selectors_combine_fields()
    {
        var report = Evaluate("""
            profile: p
            title: t
            include:
              - { stages: [storage] }
              - { ids: ["INTL-*"] }
            exclude:
              - { tags: [separation] }
            """);
        report.Findings.Select(f => f.RuleId).Should().BeEquivalentTo(["US-B", "INTL-C"]);
    }

    [Test]
    public void Overrides_change_severity_and_parameters()
    {
        var report = Evaluate("""
            profile: p
            title: t
            overrides:
              KR-A: { severity: critical, params: { limit: 25 MPa } }
            """);
        var finding = report.Single("KR-A", "V");
        finding.Outcome.Should().Be(Outcome.Pass);
        finding.Severity.Should().Be(Severity.Critical);
    }

    [Test]
    public void Unknown_rule_tag_jurisdiction_and_parameter_are_errors_with_positions()
    {
        var profile = Profile.Parse("""
            profile: p
            title: t
            include:
              - { ids: ["KR-Z*"], tags: [separatoin], jurisdictions: [XX] }
            overrides:
              KR-AA: { severity: high }
              KR-A: { params: { limt: 1 MPa, limit: 3 m } }
            """, "p.yaml");
        var act = () => RuleSet.Parse(Rules, "rules.yaml").Tailor(profile);
        var errors = act.Should().Throw<LoadException>().Which.Diagnostics.Where(d => d.IsError).ToList();
        errors.Select(e => e.Code).Should().BeEquivalentTo([
            DiagnosticCodes.ProfileUnknownRule, DiagnosticCodes.ProfileUnknownSelector, DiagnosticCodes.ProfileUnknownSelector,
            DiagnosticCodes.ProfileUnknownRule, DiagnosticCodes.ProfileUnknownParameter, DiagnosticCodes.ProfileUnknownParameter]);
        errors.Should().Contain(e => e.Message.Contains("did you mean 'separation'"));
        errors.Should().Contain(e => e.Message.Contains("did you mean 'limit'"));
        errors.Should().OnlyContain(e => e.Span.File == "p.yaml" && e.Span.Line > 1);
    }

    [Test]
    public void Malformed_profile_files_report_every_error()
    {
        var act = () => Profile.Parse("profile: p\nincludes: []\noverrides:\n  X: { severity: huge }\n", "bad.yaml");
        var errors = act.Should().Throw<LoadException>().Which.Diagnostics.Where(d => d.IsError).Select(d => (d.Code, d.Span.Line)).ToList();
        errors.Should().BeEquivalentTo([(DiagnosticCodes.MissingField, 1), (DiagnosticCodes.UnknownField, 2), (DiagnosticCodes.InvalidValue, 4)]);
    }

    [Test]
    public void Every_built_in_profile_loads_and_fits_the_built_in_rules()
    {
        Profile.BuiltIn.Select(p => p.Name).Should().Contain(["kr-hydrogen", "jp-hydrogen", "us-osha-ifc", "us-dot"]);
        foreach (var profile in Profile.BuiltIn)
        {
            var tailored = RuleSet.BuiltIn.Tailor(profile);
            tailored.Excluded.Count.Should().BeLessThan(tailored.Rules.Count, profile.Name);
        }
    }

    [Test]
    public void Engine_options_resolve_a_built_in_profile_by_name_and_refuse_an_unknown_one()
    {
        ComplianceEngine.Create(RuleSet.BuiltIn, new EngineOptions { Profile = "kr-hydrogen" }).Rules.Profile.Should().Be("kr-hydrogen");
        var act = () => ComplianceEngine.Create(RuleSet.BuiltIn, new EngineOptions { Profile = "kr-hydrogn" });
        act.Should().Throw<LoadException>().Which.Diagnostics.Single().Code.Should().Be(DiagnosticCodes.UnknownProfile);
    }
}
