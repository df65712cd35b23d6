using HydrogenSafety.Diagnostics;

namespace HydrogenSafety.Yaml;

/// <summary>Reads an input file's text, turning a missing, unreadable or oversized file into a diagnostic.</summary>
internal static class SourceFileReader
{
    /// <summary>The file's text (UTF-8, a byte order mark honoured), or <c>null</c> with <paramref name="problem"/> set.</summary>
    public static string? ReadText(string path, YamlLimits limits, out Diagnostic? problem)
    {
        problem = null;
        var at = SourceSpan.Start(path);
        try
        {
            if (Directory.Exists(path))
            {
                problem = Diagnostic.Error(DiagnosticCodes.FileNotFound, at, $"`{path}` is a folder, not a file");
                return null;
            }

            var info = new FileInfo(path);
            if (!info.Exists)
            {
                problem = Diagnostic.Error(DiagnosticCodes.FileNotFound, at, $"file not found: `{path}`");
                return null;
            }

            if (info.Length > limits.MaxFileSize)
            {
                problem = Diagnostic.Error(DiagnosticCodes.LimitExceeded, at,
                    $"the file is larger than the limit of {limits.MaxFileSize} bytes ({info.Length} bytes)");
                return null;
            }

            return File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            problem = Diagnostic.Error(DiagnosticCodes.FileNotFound, at, $"cannot read `{path}`: {ex.Message}");
            return null;
        }
    }
}
