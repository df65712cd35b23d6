namespace HydrogenSafety.Cli.Tests.Authoring;

/// <summary><c>h2safety test --help</c> says what <c>--as-of</c> does there: it sets <c>today</c>, and selects nothing.</summary>
public class TestAsOfHelpTests : AuthoringTestBase
{
    [Test]
    public void The_as_of_help_of_test_says_it_only_sets_today()
    {
        var result = Run("test", "--help");

        result.ExitCode.Should().Be(0, result.ToString());
        var help = string.Join(' ', result.Stdout.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        help.Should().Contain("The day `today` means in rules")
            .And.Contain("Rule tests run every rule whatever its effective dates, jurisdictions and status")
            .And.NotContain("Judge effective dates");
    }
}
