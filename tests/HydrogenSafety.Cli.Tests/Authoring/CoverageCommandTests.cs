using System.Text.Json;

namespace HydrogenSafety.Cli.Tests.Authoring;

public class CoverageCommandTests : AuthoringTestBase
{
    private const string UpdateVariable = "H2SAFETY_UPDATE_DOCS";

    /// <summary>A list for the document of <see cref="AuthoringTestBase.JapaneseRules"/>: Art. 7-3 encoded, Art. 7-30 open, Art. 8 excused.</summary>
    private const string JapaneseList = """
        coverage:
          document: JP Test Rules
          edition: "2024"
          url: https://example.org/jp
          confidence: H
          clauses:
            - { clause: "Art. 7-3", title: Station standards, topic: separation }
            - { clause: "Art. 7-30", title: Another article, topic: inspection }
            - { clause: "Art. 8", title: Procedures, topic: inspection, not_encoded: needs_procedure, note: "An organisation, not a facility." }
        """;

    private string Pack()
    {
        WriteJapaneseRules();
        WriteKoreanRules();
        Write("rules/coverage/jp-test.yaml", JapaneseList);
        return Path.Combine(Dir, "rules");
    }

    [Test]
    public void Coverage_Text_ListsEncodedNotEncodedAndUnknownClauses()
    {
        var result = Run("coverage", Pack());

        result.ExitCode.Should().Be(0, result.ToString());
        var text = result.Stdout;
        text.Should().Contain("Clause coverage of 1 document with a clause list; 3 rules considered.");
        text.Should().Contain("encoded 1 of 3 clauses (33 %); not encoded 1; unknown 1; 2 rules cite it, 0 at a clause not listed");
        text.Should().MatchRegex(@"encoded +Art\. 7-3 +Station standards\n +-> JP-T-PRESSURE \(advisory\), JP-T-SEP\n");
        text.Should().MatchRegex(@"unknown +Art\. 7-30 +Another article\n +-> no rule, no reason given\n");
        text.Should().MatchRegex(@"not encoded +Art\. 8 +Procedures\n +-> needs procedure: An organisation, not a facility\.\n");
        text.Should().Contain("Documents cited without a clause list (1):\n  Test Code: KR-T-SEP");
        text.Should().EndWith("encoded 1 of 3 listed clauses (33 %)\n");
    }

    [Test]
    public void Coverage_Json_HasStatusesRulesAndShares()
    {
        var result = Run("coverage", Pack(), "--format", "json");

        result.ExitCode.Should().Be(0, result.ToString());
        using var json = JsonDocument.Parse(result.Stdout);
        var root = json.RootElement;
        root.GetProperty("coverage").GetString().Should().Be("h2safety/coverage/1");
        root.GetProperty("rules_considered").GetInt32().Should().Be(3);
        var document = root.GetProperty("documents").EnumerateArray().Single();
        document.GetProperty("document").GetString().Should().Be("JP Test Rules");
        document.GetProperty("share_encoded").GetDouble().Should().Be(0.3333);
        var clauses = document.GetProperty("clauses").EnumerateArray().ToList();
        clauses.Select(c => c.GetProperty("status").GetString()).Should().Equal("encoded", "unknown", "not_encoded");
        clauses[0].GetProperty("rules").EnumerateArray().Select(r => r.GetString()).Should().Equal("JP-T-PRESSURE", "JP-T-SEP");
        clauses[2].GetProperty("reason").GetString().Should().Be("needs_procedure");
        root.GetProperty("without_list")[0].GetProperty("document").GetString().Should().Be("Test Code");
    }

    [Test]
    public void Coverage_Markdown_HasSummaryTableAndOneSectionPerDocument()
    {
        var result = Run("coverage", Pack(), "--format", "markdown");

        result.ExitCode.Should().Be(0, result.ToString());
        var md = result.Stdout;
        md.Should().StartWith("# Clause coverage\n");
        md.Should().Contain("| [JP Test Rules](#jp-test) | ").And.Contain(" | 3 | 1 | 1 | 1 | 33 % | 2 | 0 |");
        md.Should().Contain("## JP Test Rules");
        md.Should().Contain("| Art. 7-3 | Station standards | separation | **encoded** | `JP-T-PRESSURE` *advisory*, `JP-T-SEP` |");
        md.Should().Contain("| Art. 8 | Procedures | inspection | not encoded | needs procedure: An organisation, not a facility. |");
        md.Should().Contain("## Documents cited without a clause list");
    }

    [Test]
    public void Coverage_RuleAtUnlistedClause_IsListedForCompletion()
    {
        Pack();
        Write("rules/coverage/jp-test.yaml", JapaneseList.Replace("\"Art. 7-3\"", "\"Art. 7-3 (2)\"", StringComparison.Ordinal));

        var result = Run("coverage", Path.Combine(Dir, "rules"));

        result.ExitCode.Should().Be(0, result.ToString());
        result.Stdout.Should().Contain("rules citing a clause the list does not name (add it to the list):\n    JP-T-PRESSURE  Art. 7-3 (1)\n    JP-T-SEP  Art. 7-3\n");
    }

    [Test]
    public void Coverage_Profile_CountsOnlySelectedRules()
    {
        var pack = Pack();
        var profile = WriteProfile("jp-only", "JP");

        var result = Run("coverage", pack, "--profile", profile);

        result.ExitCode.Should().Be(0, result.ToString());
        result.Stdout.Should().Contain("2 rules considered (profile jp-only)").And.NotContain("Test Code");
    }

    [Test]
    public void Coverage_BrokenList_Exits2WithEveryError()
    {
        Pack();
        Write("rules/coverage/jp-test.yaml", """
            coverage:
              document: JP Test Rules
              edition: "2024"
              confidence: X
              clauses:
                - { clause: "Art. 7-3", title: Station standards, topic: separaton, notes: typo }
                - { clause: "Art. 7-3", title: Again, topic: separation, not_encoded: later }
            """);

        var result = Run("coverage", Path.Combine(Dir, "rules"));

        result.ExitCode.Should().Be(2, result.ToString());
        result.Stdout.Should().BeEmpty();
        result.Stderr.Should().Contain("jp-test.yaml:4:15: error H2S0006").And.Contain("jp-test.yaml:6:73: error H2S0003")
            .And.Contain("did you mean 'separation'?").And.Contain("error H2S0311").And.Contain("`not_encoded` must be one of");
    }

    [Test]
    public void Lint_WarnsOnGapsBetweenListsAndRules()
    {
        Pack();
        Write("rules/coverage/jp-test.yaml", JapaneseList.Replace("\"Art. 7-3\"", "\"Art. 7-3 (2)\"", StringComparison.Ordinal)
            .Replace("\"Art. 8\"", "\"Art. 7-3 (1)\"", StringComparison.Ordinal));
        Write("rules/coverage/other.yaml", """
            coverage: { document: Nobody Cites This, edition: "1", confidence: M, clauses: [ { clause: "1", title: One, topic: marking } ] }
            """);

        var result = Run("lint", Path.Combine(Dir, "rules"));

        result.ExitCode.Should().Be(0, result.ToString());
        result.Stdout.Should().Contain("2 clause lists: 0 errors, 3 warnings");
        result.Stderr.Should().Contain("warning H2S0313: rule `JP-T-SEP` cites clause `Art. 7-3` of `JP Test Rules`");
        result.Stderr.Should().Contain("warning H2S0317: clause `Art. 7-3 (1)` is listed as not encoded (needs_procedure) but `JP-T-PRESSURE` encodes it");
        result.Stderr.Should().Contain("other.yaml:1:23: warning H2S0316: no rule cites `Nobody Cites This`");
    }

    [Test]
    public void Coverage_Help_NamesTheOptions()
    {
        var result = Run("coverage", "--help");

        result.ExitCode.Should().Be(0, result.ToString());
        result.Stdout.Should().Contain("--profile").And.Contain("--format").And.Contain("--output").And.Contain("PATH");
    }

    [Test]
    public void Coverage_MissingPath_Exits2()
    {
        var result = Run("coverage", Path.Combine(Dir, "missing"));

        result.ExitCode.Should().Be(2, result.ToString());
        result.Stderr.Should().Contain("H2S0001");
    }

    [Test]
    public void Coverage_BuiltIn_CoversTheJapaneseLists()
    {
        var result = Run("coverage", "--profile", "jp-hydrogen", "--format", "json");

        result.ExitCode.Should().Be(0, result.ToString());
        using var json = JsonDocument.Parse(result.Stdout);
        var documents = json.RootElement.GetProperty("documents").EnumerateArray().ToList();
        documents.Should().Contain(d => d.GetProperty("document").GetString()!.StartsWith("General High Pressure Gas Safety Regulations", StringComparison.Ordinal));
        documents.Should().OnlyContain(d => d.GetProperty("encoded").GetInt32() > 0);
    }

    [Test]
    public void Coverage_doc_is_current()
    {
        var path = Path.Combine(RepositoryRoot, "docs", "coverage.md");
        var result = Run("coverage", "--format", "markdown");
        result.ExitCode.Should().Be(0, result.ToString());
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            File.WriteAllText(path, result.Stdout);
        }

        File.Exists(path).Should().BeTrue($"docs/coverage.md is generated: {Commands.CoverageCommand.RegenerateDoc}");
        File.ReadAllText(path).ReplaceLineEndings("\n").Should().Be(result.Stdout,
            "docs/coverage.md must match the rules and clause lists; regenerate it with `{0}` (or {1}=1 dotnet test)",
            Commands.CoverageCommand.RegenerateDoc, UpdateVariable);
    }
}
