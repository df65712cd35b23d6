namespace HydrogenSafety.Cli.Tests;

public class CliAppTests
{
    [Test]
    public void Help_Exits0_AndListsCommands()
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        var exitCode = CliApp.Run(["--help"], stdout, stderr);

        exitCode.Should().Be(0);
        stdout.ToString().Should().Contain("check").And.Contain("lint");
    }

    [Test]
    public void NoCommand_Exits2()
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        CliApp.Run([], stdout, stderr).Should().Be(2);
        stderr.ToString().Should().StartWith("error H2S0901: ");
    }

    [Test]
    public void UnknownCommand_Exits2()
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        CliApp.Run(["explode"], stdout, stderr).Should().Be(2);
        stderr.ToString().Should().Contain("error H2S0901: ").And.Contain("h2safety --help");
    }

    [Test]
    public void InternalError_Exits3_OneLineWithoutStackTrace()
    {
        using var stderr = new StringWriter();
        Exception thrown;
        try
        {
            throw new InvalidOperationException("boom\nsecond line");
        }
        catch (InvalidOperationException e)
        {
            thrown = e;
        }

        var exitCode = ErrorReporter.Fail(stderr, thrown);

        exitCode.Should().Be(3);
        var text = stderr.ToString().TrimEnd();
        text.Should().NotContain("\n").And.NotContain(" at ").And.Contain("InvalidOperationException: boom second line");
    }

    [Test]
    public void LoadExceptionInsideAggregate_Exits2_WithDiagnostics()
    {
        using var stderr = new StringWriter();
        var diagnostic = HydrogenSafety.Diagnostics.Diagnostic.Error("H2S0101", HydrogenSafety.Diagnostics.SourceSpan.At("f.yaml", 3, 15), "needs a unit");

        var exitCode = ErrorReporter.Fail(stderr, new AggregateException(new HydrogenSafety.Diagnostics.LoadException([diagnostic])));

        exitCode.Should().Be(2);
        stderr.ToString().Should().Contain("f.yaml:3:15: error H2S0101: needs a unit");
    }
}
