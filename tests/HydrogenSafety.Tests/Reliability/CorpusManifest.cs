using System.Text;

namespace HydrogenSafety.Tests.Reliability;

/// <summary>One line of <c>Corpus/manifest.txt</c>: a hostile or broken file and the diagnostic it must give.</summary>
public sealed record CorpusCase(string Path, string Kind, string Code, int Line, int Column)
{
    /// <summary>True for files the test writes at run time (too big or empty to keep in the repository).</summary>
    public bool IsGenerated => Path.StartsWith('@');

    public string RelativePath => IsGenerated ? Path[1..] : Path;

    public override string ToString() => RelativePath;
}

/// <summary>Reads the corpus manifest and materialises generated entries.</summary>
public static class CorpusManifest
{
    /// <summary>The corpus folder in the test output (the files are copied there by the project file).</summary>
    public static string Folder => System.IO.Path.Combine(AppContext.BaseDirectory, "Reliability", "Corpus");

    public static IReadOnlyList<CorpusCase> Read(string folder)
    {
        var cases = new List<CorpusCase>();
        foreach (var raw in File.ReadAllLines(System.IO.Path.Combine(folder, "manifest.txt")))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var parts = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            cases.Add(new CorpusCase(parts[0], parts[1], parts[2], int.Parse(parts[3], System.Globalization.CultureInfo.InvariantCulture),
                int.Parse(parts[4], System.Globalization.CultureInfo.InvariantCulture)));
        }

        return cases;
    }

    /// <summary>The file of a case: in the corpus folder, or written under <paramref name="scratch"/> when generated.</summary>
    public static string Materialise(CorpusCase c, string folder, string scratch)
    {
        if (!c.IsGenerated)
        {
            return System.IO.Path.Combine(folder, c.RelativePath);
        }

        var path = System.IO.Path.Combine(scratch, c.RelativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        if (c.RelativePath.Contains("twenty-megabytes", StringComparison.Ordinal))
        {
            WriteTwentyMegabytes(path);
        }
        else
        {
            File.WriteAllBytes(path, []);
        }

        return path;
    }

    /// <summary>A well-formed facility of about 20 MB: refused for its size alone, before it is parsed.</summary>
    private static void WriteTwentyMegabytes(string path)
    {
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false));
        writer.Write("# attacks: a 20 MB facility file (memory and time)\nfacility:\n  id: big\ncomponents:\n");
        var i = 0;
        while (writer.BaseStream.Length < 20L * 1024 * 1024)
        {
            for (var k = 0; k < 1000; k++, i++)
            {
                writer.Write(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                    $"  - {{ id: TK-{i}, kind: storage_vessel, pressure: 5 MPa, position: [{i % 1000}, {i / 1000}] }}\n"));
            }

            writer.Flush();
        }
    }
}
