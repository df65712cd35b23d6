using HydrogenSafety.Diagnostics;
using HydrogenSafety.Profiles;
using HydrogenSafety.Rules;

namespace HydrogenSafety.Tests.Profiles;

/// <summary>SPEC §4.1 for profiles: a profile file's own errors and its errors against the rules are reported at once.</summary>
public class ProfileAllErrorsTests
{
    private static readonly RuleSet Rules = RuleSet.Parse("""
        rules:
          - id: S-WHERE
            title: t
            stage: storage
            severity: low
            source: {document: d}
            for: storage_vessel
            require: "pressure > 1 MPa"
        """, "r.yaml");

    [Test]
    public void A_bad_severity_does_not_hide_unknown_ids_tags_and_parameters()
    {
        var path = Path.Combine(Path.GetTempPath(), $"h2s-profile-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(path, """
            profile: probe
            title: Probe
            include: [{ids: ["Q-*"]}, {tags: [nonexistent]}]
            overrides: {S-WHERE: {severity: extreme, params: {x: 1 m}}}
            """);
        try
        {
            var error = FluentActions.Invoking(() => Profile.Resolve(path, Rules)).Should().Throw<LoadException>().Which;

            error.Diagnostics.Select(d => (d.Code, d.Span.Line, d.Span.Column)).Should().Equal(
                (DiagnosticCodes.ProfileUnknownRule, 3, 11), (DiagnosticCodes.ProfileUnknownSelector, 3, 27),
                (DiagnosticCodes.InvalidValue, 4, 33), (DiagnosticCodes.ProfileUnknownParameter, 4, 54));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
