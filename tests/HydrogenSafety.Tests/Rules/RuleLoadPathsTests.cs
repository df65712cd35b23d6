using HydrogenSafety.Diagnostics;
using HydrogenSafety.Rules;

namespace HydrogenSafety.Tests.Rules;

public class RuleLoadPathsTests
{
    private DirectoryInfo _folder = null!;

    [SetUp]
    public void CreateFolder() => _folder = Directory.CreateTempSubdirectory("h2s-pack-");

    [TearDown]
    public void DeleteFolder() => _folder.Delete(recursive: true);

    private string Write(string relative, string text)
    {
        var path = Path.Combine(_folder.FullName, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    [Test]
    public void A_folder_loads_every_rule_file_recursively_in_ordinal_order_without_fixtures()
    {
        Write("b.yaml", RuleFileLoaderTests.Rule("B"));
        Write("A.yml", RuleFileLoaderTests.Rule("A"));
        Write("sub/c.json", """{ "rules": [ { "id": "C", "title": "t", "stage": "storage", "severity": "low", "for": "dispenser", "source": { "document": "d", "edition": 2018 }, "require": "true" } ] }""");
        Write("sub/fixtures/site.yaml", "components: []\n");
        Write("notes.txt", "not a rule file");

        var result = RuleFileLoader.LoadPaths([_folder.FullName]);

        result.Diagnostics.Should().BeEmpty();
        result.HasErrors.Should().BeFalse();
        result.Rules.Select(r => r.Id).Should().Equal("A", "B", "C");
        result.Rules[2].Source.Edition.Should().Be("2018");
        result.Rules[2].Span.File.Should().Be(Path.Combine(_folder.FullName, "sub/c.json"));
    }

    [Test]
    public void Duplicate_rule_ids_across_files_name_both_places()
    {
        var first = Write("one.yaml", RuleFileLoaderTests.Rule("SAME"));
        var second = Write("two.yaml", "# a comment\n" + RuleFileLoaderTests.Rule("SAME"));

        var result = RuleFileLoader.LoadPaths([first, second]);

        result.HasErrors.Should().BeTrue();
        var d = result.Diagnostics.Should().ContainSingle().Subject;
        (d.Code, d.Span.File, d.Span.Line, d.Span.Column).Should().Be((DiagnosticCodes.DuplicateRuleId, second, 3, 5));
        d.Message.Should().Contain($"{first}:2:5");
        result.Rules.Should().ContainSingle().Which.Span.File.Should().Be(first);
        var act = () => result.ThrowIfErrors();
        act.Should().Throw<LoadException>().Which.Diagnostics.Should().ContainSingle();
    }

    [Test]
    public void Duplicate_table_names_across_files_are_H2S0305()
    {
        const string table = "tables:\n  t:\n    key: length\n    rows:\n      - { upto: 1 m, a: 1 }\n";
        var first = Write("one.yaml", table);
        var second = Write("two.yaml", table);

        var d = RuleFileLoader.LoadPaths([first, second]).Diagnostics.Should().ContainSingle().Subject;

        (d.Code, d.Span.File, d.Span.Line, d.Span.Column).Should().Be((DiagnosticCodes.DuplicateTable, second, 2, 3));
        d.Message.Should().Contain($"{first}:2:3");
    }

    [Test]
    public void Every_file_reports_all_its_errors_and_a_broken_file_gives_nothing()
    {
        var good = Write("good.yaml", RuleFileLoaderTests.Rule("GOOD"));
        var bad = Write("bad.yaml", RuleFileLoaderTests.Rule("BAD").Replace("severity: low", "severity: hgh") + "    requires: x\n");
        var missing = Path.Combine(_folder.FullName, "missing.yaml");

        var result = RuleFileLoader.LoadPaths([good, bad, missing]);

        result.Rules.Select(r => r.Id).Should().Equal("GOOD");
        result.Diagnostics.Select(d => (d.Code, d.Span.File)).Should().Equal(
            (DiagnosticCodes.InvalidValue, bad), (DiagnosticCodes.UnknownField, bad), (DiagnosticCodes.FileNotFound, missing));
    }

    [Test]
    public void Built_in_rule_files_are_named_builtin()
    {
        var result = RuleFileLoader.LoadEmbedded(typeof(RuleFileLoader).Assembly);

        result.Rules.Should().NotBeEmpty();
        result.Rules.Should().OnlyContain(r => r.Span.File.StartsWith("builtin:rules/", StringComparison.Ordinal));
        result.Diagnostics.Where(d => !d.Span.File.StartsWith("builtin:rules/", StringComparison.Ordinal)).Should().BeEmpty();
    }

    [Test]
    public void Built_in_test_facility_paths_resolve_among_the_resources()
    {
        var source = RuleFileSource.Embedded(typeof(RuleFileLoader).Assembly);

        source.Resolve("builtin:rules/kr/sep.yaml", "fixtures/far.yaml").Should().Be("builtin:rules/kr/fixtures/far.yaml");
        source.Resolve("builtin:rules/kr/sep.yaml", "../shared/./site.yaml").Should().Be("builtin:rules/shared/site.yaml");
        source.ReadText("builtin:rules/none.yaml", HydrogenSafety.Yaml.YamlLimits.Default, out var problem).Should().BeNull();
        problem!.Code.Should().Be(DiagnosticCodes.FileNotFound);
    }
}
