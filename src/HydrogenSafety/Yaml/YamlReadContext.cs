using HydrogenSafety.Diagnostics;

namespace HydrogenSafety.Yaml;

/// <summary>Collects the diagnostics of one file while its nodes are read; every error is kept, none stops reading.</summary>
internal sealed class YamlReadContext
{
    private readonly List<Diagnostic> _diagnostics = [];

    public YamlReadContext(string file) => File = file;

    /// <summary>
    /// Suggestions already computed while reading this document (a free-form attribute name recurs on every
    /// component of its kind; each suggestion measures the edit distance to every vocabulary name).
    /// </summary>
    public Dictionary<string, string?> Suggestions { get; } = new(StringComparer.Ordinal);

    /// <summary>The file name as the caller gave it.</summary>
    public string File { get; }

    /// <summary>Everything reported so far, in the order found.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics => _diagnostics;

    /// <summary>How many errors have been reported so far.</summary>
    public int ErrorCount { get; private set; }

    /// <summary>True once any error has been reported.</summary>
    public bool HasErrors => ErrorCount > 0;

    /// <summary>Reports an error.</summary>
    public void Error(string code, SourceSpan span, string message)
    {
        _diagnostics.Add(Diagnostic.Error(code, span, message));
        ErrorCount++;
    }

    /// <summary>Reports a warning.</summary>
    public void Warning(string code, SourceSpan span, string message) => _diagnostics.Add(Diagnostic.Warning(code, span, message));

    /// <summary>Adds diagnostics found elsewhere (by the YAML reader, by another file's loader).</summary>
    public void AddRange(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            _diagnostics.Add(diagnostic);
            ErrorCount += diagnostic.IsError ? 1 : 0;
        }
    }

    /// <summary>The diagnostics sorted by file position (stable for equal positions).</summary>
    public IReadOnlyList<Diagnostic> SortedDiagnostics() =>
        _diagnostics
            .Select((d, i) => (d, i))
            .OrderBy(x => string.Equals(x.d.Span.File, File, StringComparison.Ordinal) ? 0 : 1)
            .ThenBy(x => x.d.Span.File, StringComparer.Ordinal)
            .ThenBy(x => x.d.Span.Line)
            .ThenBy(x => x.d.Span.Column)
            .ThenBy(x => x.i)
            .Select(x => x.d)
            .ToList();
}
