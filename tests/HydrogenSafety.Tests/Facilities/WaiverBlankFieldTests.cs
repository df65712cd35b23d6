using HydrogenSafety.Diagnostics;
using HydrogenSafety.Facilities;

namespace HydrogenSafety.Tests.Facilities;

/// <summary>SPEC §7: a waiver's reason, approver and expiry are required; a blank one is the same error as a missing one (H2S0004), at the value.</summary>
public class WaiverBlankFieldTests
{
    /// <summary>A waiver list; reason on line 4, approved_by on line 5.</summary>
    private static string Waivers(string reason, string approver) => $"""
        waivers:
          - rule: R-1
            components: [V]
            reason: {reason}
            approved_by: {approver}
            expires: 2030-01-01

        """;

    private static readonly (string Code, int Line, int Column)[] Expected =
        [(DiagnosticCodes.MissingField, 4, 13), (DiagnosticCodes.MissingField, 5, 18)];

    [TestCase("\"\"", "\"  \"", TestName = "Empty and whitespace-only quoted texts")]
    [TestCase("' '", "\"\\t\"", TestName = "A space and a tab")]
    public void Blank_reason_and_approver_in_a_waiver_file_are_errors_at_the_values(string reason, string approver)
    {
        var path = Path.Combine(Path.GetTempPath(), $"h2s-waivers-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(path, Waivers(reason, approver));
        try
        {
            var error = FluentActions.Invoking(() => WaiverDeclaration.LoadFile(path)).Should().Throw<LoadException>().Which;

            error.Diagnostics.Select(d => (d.Code, d.Span.Line, d.Span.Column)).Should().Equal(Expected);
            error.Diagnostics.Should().OnlyContain(d => d.Message.Contains("blank"));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    public void Blank_reason_and_approver_in_a_facility_file_are_errors_at_the_values()
    {
        var yaml = "facility: {id: f}\ncomponents: [{id: V, kind: storage_vessel}]\n" + Waivers("\"\"", "\"  \"");

        var error = FluentActions.Invoking(() => Facility.Parse(yaml, "f.yaml")).Should().Throw<LoadException>().Which;

        error.Diagnostics.Select(d => (d.Code, d.Span.Line, d.Span.Column)).Should().Equal(Expected.Select(e => (e.Code, e.Line + 2, e.Column)));
    }
}
