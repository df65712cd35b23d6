namespace HydrogenSafety.Cli.Tests.Authoring;

/// <summary>Text the CLI echoes from the command line or from rule files never carries a raw terminal control character.</summary>
public class ControlCharacterEchoTests : AuthoringTestBase
{
    private const char Esc = '\u001B';

    /// <summary>The Japanese test rules with escape sequences in a title, the citations and a test case's name.</summary>
    private string WriteHostileRules() => Write("hostile.yaml", JapaneseRules
        .Replace("title: Station vessels are at most 82 MPa", "title: \"Station \\e[31mvessels\"", StringComparison.Ordinal)
        .Replace("- name: ok", "- name: \"o\\e[2Jk\"", StringComparison.Ordinal)
        .Replace("document: JP Test Rules", "document: \"JP \\e[31mRules\"", StringComparison.Ordinal));

    [Test]
    public void Explain_escapes_the_unknown_id_it_echoes()
    {
        var result = Run("explain", $"X-{Esc}[31mCRIT");

        result.ExitCode.Should().Be(2, result.ToString());
        result.Stderr.Should().Contain("'X-\\u001B[31mCRIT'").And.NotContain(Esc.ToString());
    }

    [Test]
    public void Explain_escapes_text_from_the_rule_file()
    {
        var result = Run("explain", "JP-T-PRESSURE", "--rules", WriteHostileRules());

        result.ExitCode.Should().Be(0, result.ToString());
        result.Stdout.Should().Contain("Station \\u001B[31mvessels").And.NotContain(Esc.ToString());
    }

    [Test]
    public void Rules_escapes_citations_in_text_and_titles_in_markdown()
    {
        var rules = WriteHostileRules();

        var text = Run("rules", "--rules", rules);
        var markdown = Run("rules", "--rules", rules, "--format", "markdown");

        text.Stdout.Should().Contain("JP \\u001B[31mRules").And.NotContain(Esc.ToString());
        markdown.Stdout.Should().Contain("Station \\u001B[31mvessels").And.NotContain(Esc.ToString());
    }

    [Test]
    public void Test_escapes_case_names()
    {
        var result = Run("test", "-v", WriteHostileRules());

        result.ExitCode.Should().Be(0, result.ToString());
        result.Stdout.Should().Contain("\"o\\u001B[2Jk\"").And.NotContain(Esc.ToString());
    }
}
