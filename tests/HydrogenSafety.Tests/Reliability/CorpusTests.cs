using System.Diagnostics;
using HydrogenSafety.Diagnostics;
using HydrogenSafety.Facilities;
using HydrogenSafety.Rules;

namespace HydrogenSafety.Tests.Reliability;

/// <summary>
/// Every file of the bad-input corpus, loaded through the library: a <see cref="LoadException"/> carrying the
/// expected code at the expected line and column, quickly. The CLI runs the same corpus in HydrogenSafety.Cli.Tests.
/// </summary>
[TestFixture]
public class CorpusTests
{
    private static readonly string Scratch = Path.Combine(Path.GetTempPath(), "h2safety-corpus", Guid.NewGuid().ToString("N"));

    public static IEnumerable<CorpusCase> Cases() => CorpusManifest.Read(CorpusManifest.Folder);

    [OneTimeTearDown]
    public void DeleteScratch()
    {
        if (Directory.Exists(Scratch))
        {
            Directory.Delete(Scratch, recursive: true);
        }
    }

    [Test]
    public void The_corpus_has_at_least_forty_files_each_saying_what_it_attacks()
    {
        var cases = Cases().ToList();
        cases.Should().HaveCountGreaterThanOrEqualTo(40);
        cases.Select(c => c.Kind).Distinct().Should().BeEquivalentTo("rules", "facility", "waivers");
        foreach (var c in cases.Where(c => !c.IsGenerated))
        {
            var head = File.ReadLines(Path.Combine(CorpusManifest.Folder, c.RelativePath)).First().TrimStart('\uFEFF');
            head.Should().StartWith("# attacks: ", $"{c.RelativePath} states what it attacks in its first line");
        }

        var listed = cases.Where(c => !c.IsGenerated).Select(c => c.RelativePath).ToHashSet(StringComparer.Ordinal);
        var onDisk = Directory.EnumerateFiles(CorpusManifest.Folder, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(CorpusManifest.Folder, f).Replace('\\', '/'))
            .Where(f => f != "manifest.txt" && !f.StartsWith("good/", StringComparison.Ordinal));
        onDisk.Should().BeSubsetOf(listed, "every corpus file has an expectation in manifest.txt");
    }

    [TestCaseSource(nameof(Cases))]
    public void Is_refused_with_its_code_and_position(CorpusCase c)
    {
        var path = CorpusManifest.Materialise(c, CorpusManifest.Folder, Scratch);
        var watch = Stopwatch.StartNew();
        Action load = c.Kind switch
        {
            "rules" => () => RuleSet.Load(path),
            "facility" => () => Facility.Load(path),
            "waivers" => () => WaiverDeclaration.LoadFile(path),
            _ => throw new InvalidOperationException(c.Kind),
        };

        var error = load.Should().Throw<LoadException>().Which;
        watch.Stop();
        error.Diagnostics.Should().Contain(d => d.IsError && d.Code == c.Code && d.Span.Line == c.Line && d.Span.Column == c.Column && d.Span.File == path,
            $"{c.RelativePath} must give {c.Code} at {c.Line}:{c.Column}, but gave:\n{string.Join("\n", error.Diagnostics)}");

        // A sanity bound only (a hostile file must be refused quickly, not after expanding it).
        watch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(30), "a sanity bound against a hang, not a benchmark");
    }
}
