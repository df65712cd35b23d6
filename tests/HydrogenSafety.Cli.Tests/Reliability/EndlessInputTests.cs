namespace HydrogenSafety.Cli.Tests.Reliability;

/// <summary>Inputs that never end (devices, pipes) are refused at the size limit with H2S0009, exit 2, wherever they are named.</summary>
[TestFixture]
public class EndlessInputTests : CliTestBase
{
    private const string Zero = "/dev/zero";

    [SetUp]
    public void NeedsDevZero() => Assume.That(File.Exists(Zero), "needs /dev/zero");

    private static IEnumerable<TestCaseData> Positions()
    {
        yield return new TestCaseData(new object[] { new[] { "check", Zero, "--rules", "{rules}" } }).SetArgDisplayNames("facility");
        yield return new TestCaseData(new object[] { new[] { "check", "{facility}", "--rules", Zero } }).SetArgDisplayNames("rules");
        yield return new TestCaseData(new object[] { new[] { "check", "{facility}", "--rules", "{rules}", "--profile", Zero } }).SetArgDisplayNames("profile");
        yield return new TestCaseData(new object[] { new[] { "check", "{facility}", "--rules", "{rules}", "--waivers", Zero } }).SetArgDisplayNames("waivers");
        yield return new TestCaseData(new object[] { new[] { "lint", Zero } }).SetArgDisplayNames("lint");
        yield return new TestCaseData(new object[] { new[] { "test", Zero } }).SetArgDisplayNames("test");
    }

    [TestCaseSource(nameof(Positions))]
    public void Dev_zero_is_refused_at_the_size_limit(string[] template)
    {
        var rules = WriteRules();
        var facility = WriteFacility("site.yaml", "SITE", "5 MPa");
        var args = template.Select(a => a.Replace("{rules}", rules, StringComparison.Ordinal).Replace("{facility}", facility, StringComparison.Ordinal)).ToArray();

        var result = Run(args);

        result.ExitCode.Should().Be(2, result.ToString());
        result.Stderr.Should().Contain("/dev/zero:1:1: error H2S0009").And.NotContain("internal error");
    }
}
