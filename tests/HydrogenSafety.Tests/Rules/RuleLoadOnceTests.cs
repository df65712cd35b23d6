using HydrogenSafety.Rules;

namespace HydrogenSafety.Tests.Rules;

/// <summary>Each distinct rule file is read once, however it is reached; folder links back into the walk are not followed.</summary>
[TestFixture]
public class RuleLoadOnceTests
{
    private DirectoryInfo _folder = null!;

    [SetUp]
    public void CreateFolder() => _folder = Directory.CreateTempSubdirectory("h2s-once-");

    [TearDown]
    public void DeleteFolder() => _folder.Delete(recursive: true);

    private string Write(string relative, string text)
    {
        var path = Path.Combine(_folder.FullName, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    /// <summary>Makes a folder link, or skips the test where links may not be made (Windows without the privilege).</summary>
    private static void Link(string path, string target)
    {
        try
        {
            Directory.CreateSymbolicLink(path, target);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Assert.Ignore($"folder links cannot be made here: {ex.Message}");
        }
    }

    [Test]
    public void The_same_file_named_twice_is_not_a_duplicate_of_itself()
    {
        var file = Write("pack/a.yaml", RuleFileLoaderTests.Rule("A"));
        var spelledOtherwise = Path.Combine(_folder.FullName, "pack", ".", "a.yaml");

        var result = RuleFileLoader.LoadPaths([file, spelledOtherwise]);

        result.Diagnostics.Should().BeEmpty();
        result.Rules.Should().ContainSingle().Which.Span.File.Should().Be(file);
    }

    [Test]
    public void A_folder_and_a_file_inside_it_read_the_file_once()
    {
        var file = Write("pack/sub/a.yaml", RuleFileLoaderTests.Rule("A"));
        Write("pack/b.yaml", RuleFileLoaderTests.Rule("B"));

        var result = RuleFileLoader.LoadPaths([Path.Combine(_folder.FullName, "pack"), file, Path.Combine(_folder.FullName, "pack")]);

        result.Diagnostics.Should().BeEmpty();
        result.Rules.Select(r => r.Id).Should().Equal("B", "A");
    }

    [Test]
    public void Folder_links_back_into_the_walk_are_not_followed()
    {
        Write("pack/a.yaml", RuleFileLoaderTests.Rule("A"));
        Write("outside.yaml", RuleFileLoaderTests.Rule("OUTSIDE"));
        var pack = Path.Combine(_folder.FullName, "pack");
        Link(Path.Combine(pack, "self"), ".");
        Link(Path.Combine(pack, "up"), "..");
        Link(Path.Combine(pack, "deep"), pack);

        var result = RuleFileLoader.LoadPaths([pack]);

        result.Diagnostics.Should().BeEmpty();
        result.Rules.Should().ContainSingle().Which.Id.Should().Be("A");
    }

    [Test]
    public void A_folder_link_to_somewhere_new_is_followed_once()
    {
        Write("shared/s.yaml", RuleFileLoaderTests.Rule("S"));
        Write("pack/a.yaml", RuleFileLoaderTests.Rule("A"));
        var pack = Path.Combine(_folder.FullName, "pack");
        Link(Path.Combine(pack, "one"), Path.Combine(_folder.FullName, "shared"));
        Link(Path.Combine(pack, "two"), Path.Combine(_folder.FullName, "shared"));

        var result = RuleFileLoader.LoadPaths([pack]);

        result.Diagnostics.Should().BeEmpty();
        result.Rules.Select(r => r.Id).Should().Equal("A", "S");
        result.Rules[1].Span.File.Should().Be(Path.Combine(pack, "one", "s.yaml"));
    }
}
