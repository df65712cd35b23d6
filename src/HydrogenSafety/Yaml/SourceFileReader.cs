using HydrogenSafety.Diagnostics;

namespace HydrogenSafety.Yaml;

/// <summary>
/// Reads an input file's text, turning a missing, unreadable, oversized or non-UTF-8 file into a diagnostic.
/// Every input file (rules, test fixtures, facilities, profiles, waivers) is read here, through
/// <see cref="BoundedTextReader"/>, so devices and pipes that never end are refused like a file that is too big.
/// </summary>
internal static class SourceFileReader
{
    /// <summary>The file's text (UTF-8, a byte order mark honoured), or <c>null</c> with <paramref name="problem"/> set.</summary>
    /// <param name="path">The file.</param>
    /// <param name="limits">The size limit applied to the bytes read.</param>
    /// <param name="problem">Why there is no text.</param>
    public static string? ReadText(string path, YamlLimits limits, out Diagnostic? problem)
    {
        problem = null;
        var at = SourceSpan.Start(path);
        if (string.IsNullOrEmpty(path))
        {
            problem = Diagnostic.Error(DiagnosticCodes.FileNotFound, at, "an empty path names no file");
            return null;
        }

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

            // A regular file too big is refused without reading it; anything else is read only as far as the limit.
            if (info.Length > limits.MaxFileSize)
            {
                problem = Diagnostic.Error(DiagnosticCodes.LimitExceeded, at,
                    $"the file is larger than the limit of {limits.MaxFileSize} bytes ({info.Length} bytes)");
                return null;
            }

            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, bufferSize: 1, FileOptions.SequentialScan);
            return BoundedTextReader.Read(stream, path, limits.MaxFileSize, out problem);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            problem = Diagnostic.Error(DiagnosticCodes.FileNotFound, at, $"cannot read `{path}`: {ex.Message}");
            return null;
        }
    }
}
