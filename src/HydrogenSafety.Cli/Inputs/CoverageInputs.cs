using HydrogenSafety.Coverage;
using HydrogenSafety.Diagnostics;

namespace HydrogenSafety.Cli.Inputs;

/// <summary>Loads clause lists (coverage files) for <c>coverage</c> and <c>lint</c>, collecting every error.</summary>
internal static class CoverageInputs
{
    /// <summary>
    /// Splits the arguments of <c>coverage</c>: a folder gives its rule files and its clause lists, a file is a clause
    /// list when it starts with <c>coverage:</c> and a rule file otherwise.
    /// </summary>
    public static (IReadOnlyList<string> Rules, IReadOnlyList<string> Coverage) Split(IReadOnlyList<string> paths)
    {
        var rules = new List<string>();
        var coverage = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                rules.Add(path);
                coverage.Add(path);
            }
            else if (File.Exists(path) && InputSniffer.SniffFile(path) == InputKind.Coverage)
            {
                coverage.Add(path);
            }
            else
            {
                rules.Add(path);
            }
        }

        return (rules, coverage);
    }

    /// <summary>The built-in clause lists; <c>null</c> when broken (the errors are in <paramref name="log"/>).</summary>
    public static CoverageSet? BuiltIn(LoadLog log) => Guard(() => CoverageSet.BuiltIn, log);

    /// <summary>Loads the clause lists of files and folders; <c>null</c> when any failed (the errors are in <paramref name="log"/>).</summary>
    public static CoverageSet? Load(IReadOnlyList<string> paths, LoadLog log)
    {
        var missing = paths.Where(p => !File.Exists(p) && !Directory.Exists(p)).ToList();
        foreach (var path in missing)
        {
            log.AddUnreadable(path, $"no such file or folder '{path}'");
        }

        var set = Guard(() => CoverageSet.Load([.. paths.Except(missing)]), log);
        return missing.Count == 0 ? set : null;
    }

    private static CoverageSet? Guard(Func<CoverageSet> load, LoadLog log)
    {
        try
        {
            return load();
        }
        catch (LoadException exception)
        {
            log.Add(exception);
            return null;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            log.AddError(exception.Message);
            return null;
        }
    }
}
