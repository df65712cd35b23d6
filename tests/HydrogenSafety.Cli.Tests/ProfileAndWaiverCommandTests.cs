namespace HydrogenSafety.Cli.Tests;

/// <summary>--profile, --waivers, --no-waivers on check; profiles and waiver files in lint.</summary>
public class ProfileAndWaiverCommandTests : CliTestBase
{
    private const string Profile = """
        profile: strict
        title: strict
        overrides:
          T-PRESSURE: { severity: high }
        """;

    private const string Waivers = """
        waivers:
          - rule: T-PRESSURE
            components: [TK-1]
            reason: temporary
            approved_by: QA
            expires: 2030-01-01
        """;

    [Test]
    public void Profile_overrides_severity_so_fail_on_high_fails()
    {
        var rules = Write("rules.yaml", PressureRule);
        var facility = WriteFacility("site.yaml", "site", "20 MPa");
        var profile = Write("strict.yaml", Profile);
        Run("check", facility, "--rules", rules, "--fail-on", "high").ExitCode.Should().Be(0);
        var result = Run("check", facility, "--rules", rules, "--fail-on", "high", "--profile", profile, "--format", "json");
        result.ExitCode.Should().Be(1);
        result.Stdout.Should().Contain("\"profile\": \"strict\"").And.Contain("\"severity\": \"high\"");
    }

    [Test]
    public void Unknown_profile_is_bad_input()
    {
        var result = Run("check", WriteFacility("site.yaml", "site", "1 MPa"), "--profile", "no-such-profile");
        result.ExitCode.Should().Be(2);
        result.Stderr.Should().Contain("error H2S0510");
    }

    [Test]
    public void Waiver_file_waives_and_no_waivers_audits()
    {
        var rules = Write("rules.yaml", PressureRule);
        var facility = WriteFacility("site.yaml", "site", "20 MPa");
        var waivers = Write("waivers.yaml", Waivers);
        var waived = Run("check", facility, "--rules", rules, "--waivers", waivers, "--format", "json", "--as-of", "2026-01-01");
        waived.ExitCode.Should().Be(0);
        waived.Stdout.Should().Contain("\"outcome\": \"waived\"").And.Contain("\"approved_by\": \"QA\"");
        Run("check", facility, "--rules", rules, "--waivers", waivers, "--no-waivers").ExitCode.Should().Be(1);
        var expired = Run("check", facility, "--rules", rules, "--waivers", waivers, "--as-of", "2031-01-01");
        expired.ExitCode.Should().Be(1);
        expired.Stderr.Should().Contain("warning H2S0501");
    }

    [Test]
    public void Lint_checks_profiles_against_the_rules_and_waiver_files()
    {
        var rules = Write("rules/r.yaml", PressureRule);
        Write("rules/profiles/p.yaml", Profile.Replace("T-PRESSURE", "T-PRESURE", StringComparison.Ordinal));
        Write("w.yaml", "waivers:\n  - rule: X\n    reason: r\n    expires: 2030-01-01\n");
        var result = Run("lint", Path.Combine(Dir, "rules"), Path.Combine(Dir, "w.yaml"));
        result.ExitCode.Should().Be(2);
        result.Stderr.Should().Contain("error H2S0511").And.Contain("did you mean 'T-PRESSURE'").And.Contain("error H2S0004");
        result.Stdout.Should().Contain("1 profile").And.Contain("1 waiver file");
    }
}
