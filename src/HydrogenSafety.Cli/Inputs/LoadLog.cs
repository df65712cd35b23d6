using HydrogenSafety.Diagnostics;

namespace HydrogenSafety.Cli.Inputs;

/// <summary>Collects the diagnostics of loading rules and facilities, in order, to print them all at once.</summary>
internal sealed class LoadLog
{
    private readonly List<string> _lines = [];

    /// <summary>Errors collected.</summary>
    public int Errors { get; private set; }

    /// <summary>Warnings collected.</summary>
    public int Warnings { get; private set; }

    /// <summary>True when any error was collected.</summary>
    public bool HasErrors => Errors > 0;

    /// <summary>Adds one diagnostic.</summary>
    public void Add(Diagnostic diagnostic)
    {
        _lines.Add(diagnostic.ToString());
        if (diagnostic.IsError)
        {
            Errors++;
        }
        else
        {
            Warnings++;
        }
    }

    /// <summary>Adds diagnostics.</summary>
    public void AddRange(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            Add(diagnostic);
        }
    }

    /// <summary>Adds every diagnostic of a load failure (or its message when it carries none, counted as an error).</summary>
    public void Add(LoadException exception)
    {
        if (exception.Diagnostics.Count > 0)
        {
            AddRange(exception.Diagnostics);
            if (!exception.Diagnostics.Any(d => d.IsError))
            {
                Errors++;
            }
        }
        else
        {
            AddError(exception.Message);
        }
    }

    /// <summary>Adds an error for a file or folder that cannot be read.</summary>
    public void AddUnreadable(string path, string message) =>
        Add(Diagnostic.Error(DiagnosticCodes.FileNotFound, SourceSpan.Start(path), message));

    /// <summary>Adds an error that has no place in a file.</summary>
    public void AddError(string message)
    {
        _lines.Add($"error: {PrintableText.Of(message.ReplaceLineEndings(" ").Trim())}");
        Errors++;
    }

    /// <summary>Appends another log's lines and counts.</summary>
    public void Append(LoadLog other)
    {
        _lines.AddRange(other._lines);
        Errors += other.Errors;
        Warnings += other.Warnings;
    }

    /// <summary>Writes every line collected.</summary>
    public void WriteTo(TextWriter writer)
    {
        foreach (var line in _lines)
        {
            writer.WriteLine(line);
        }
    }
}
