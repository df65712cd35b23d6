using System.Reflection;
using HydrogenSafety.Diagnostics;
using HydrogenSafety.Rules;
using HydrogenSafety.Yaml;

namespace HydrogenSafety.Coverage;

/// <summary>
/// The clause lists of source documents (coverage files), one per document. A set with any error is never built:
/// loading throws a <see cref="LoadException"/> that carries every diagnostic of every file.
/// </summary>
public sealed class CoverageSet
{
    /// <summary>The name of the folders coverage files live in, beside the rule files of a pack.</summary>
    public const string FolderName = "coverage";

    private static readonly Lazy<CoverageSet> s_builtIn = new(() => LoadEmbedded(typeof(CoverageSet).Assembly));

    private CoverageSet(IReadOnlyList<CoverageDocument> documents) => Documents = documents;

    /// <summary>The clause lists shipped with the built-in rule packs.</summary>
    /// <exception cref="LoadException">A shipped list is broken (a packaging defect).</exception>
    public static CoverageSet BuiltIn => s_builtIn.Value;

    /// <summary>The documents, ordered by file.</summary>
    public IReadOnlyList<CoverageDocument> Documents { get; }

    /// <summary>The list of <paramref name="document"/> (exactly as rules cite it), or <c>null</c>.</summary>
    public CoverageDocument? Find(string document) => Documents.FirstOrDefault(d => string.Equals(d.Document, document, StringComparison.Ordinal));

    /// <summary>
    /// Loads coverage files and folders: a file is read as a coverage file; a folder contributes every *.yaml, *.yml
    /// and *.json under a folder named <c>coverage</c> inside it (or itself so named), recursively, in ordinal order.
    /// </summary>
    /// <exception cref="LoadException">Any file has an error, or two files list one document; every diagnostic is attached.</exception>
    public static CoverageSet Load(params string[] paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var files = new List<(string Name, string? Text, Diagnostic? Problem)>();
        var seen = new HashSet<string>(FolderFiles.PathComparer);
        foreach (var file in paths.SelectMany(FilesOf).Where(f => seen.Add(Path.GetFullPath(f))))
        {
            var text = SourceFileReader.ReadText(file, YamlLimits.Default, out var problem);
            files.Add((file, text, problem));
        }

        return Combine(files);
    }

    /// <summary>Parses one coverage file's text; <paramref name="name"/> names it in diagnostics.</summary>
    /// <exception cref="LoadException">The text has an error; every diagnostic is attached.</exception>
    public static CoverageSet Parse(string yaml, string name) => Combine([(name, yaml, null)]);

    /// <summary>True for a path whose folders include one named <c>coverage</c> (relative names are judged as they are written).</summary>
    public static bool IsCoveragePath(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return path.Replace('\\', '/').Split('/').SkipLast(1).Any(p => p == FolderName);
    }

    /// <summary>The coverage files a path names: the file itself, or the coverage files under a folder.</summary>
    public static IReadOnlyList<string> FilesOf(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!Directory.Exists(path))
        {
            return [path];
        }

        var root = Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(path)));
        return FolderFiles.Under(path)
            .Where(f => RuleFileSource.IsRuleFileName(f))
            .Where(f => root == FolderName || IsCoveragePath(Path.GetRelativePath(path, f)))
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    internal static CoverageSet LoadEmbedded(Assembly assembly)
    {
        var files = new List<(string Name, string? Text, Diagnostic? Problem)>();
        foreach (var name in assembly.GetManifestResourceNames()
                     .Select(n => n.Replace('\\', '/'))
                     .Where(n => n.StartsWith("rules/", StringComparison.Ordinal) && IsCoveragePath(n) && RuleFileSource.IsRuleFileName(n))
                     .Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            var file = RuleFileSource.BuiltInPrefix + name;
            var text = BoundedTextReader.Read(stream, file, YamlLimits.Default.MaxFileSize, out var problem);
            files.Add((file, text, problem));
        }

        return Combine(files);
    }

    private static CoverageSet Combine(IReadOnlyList<(string Name, string? Text, Diagnostic? Problem)> files)
    {
        var diagnostics = new List<Diagnostic>();
        var documents = new List<CoverageDocument>();
        var first = new Dictionary<string, SourceSpan>(StringComparer.Ordinal);
        foreach (var (name, text, problem) in files)
        {
            if (text is null)
            {
                diagnostics.Add(problem!);
                continue;
            }

            var (document, found) = CoverageFileReader.Read(text, name);
            diagnostics.AddRange(found);
            if (document is null)
            {
                continue;
            }

            if (first.TryGetValue(document.Document, out var earlier))
            {
                diagnostics.Add(Diagnostic.Error(DiagnosticCodes.DuplicateCoverageDocument, document.Span,
                    $"`{document.Document}` already has a clause list (at {earlier}); one document, one list"));
                continue;
            }

            first.Add(document.Document, document.Span);
            documents.Add(document);
        }

        return diagnostics.Any(d => d.IsError)
            ? throw new LoadException(diagnostics)
            : new CoverageSet(documents.OrderBy(d => d.File, StringComparer.Ordinal).ToList());
    }
}
