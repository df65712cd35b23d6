using HydrogenSafety.Diagnostics;
using HydrogenSafety.Facilities;
using HydrogenSafety.Rules;

namespace HydrogenSafety.Cli.Inputs;

/// <summary>Loads rules and facilities, collecting every error of every file instead of stopping at the first.</summary>
internal static class InputLoader
{
    /// <summary>
    /// Loads rule files and folders together (so duplicates across files are found), or the built-in
    /// rules when <paramref name="paths"/> is empty. Returns <c>null</c> when anything failed.
    /// With <paramref name="evaluateOnly"/> (commands that never run or list the rules' tests) the built-in rules
    /// are loaded without their <c>tests:</c> blocks (<see cref="RuleSet.BuiltInForEvaluation"/>); rule files named
    /// in <paramref name="paths"/> are always read whole, so every error in them is reported as before.
    /// </summary>
    public static RuleSet? LoadRules(IReadOnlyList<string> paths, LoadLog log, bool evaluateOnly = false)
    {
        try
        {
            if (paths.Count == 0)
            {
                var builtIn = evaluateOnly ? RuleSet.BuiltInForEvaluation : RuleSet.BuiltIn;
                log.AddRange(builtIn.Warnings);
                return builtIn;
            }

            var existing = new List<string>();
            foreach (var path in paths)
            {
                if (File.Exists(path) || Directory.Exists(path))
                {
                    existing.Add(path);
                }
                else
                {
                    log.AddUnreadable(path, $"no such file or folder '{path}'");
                }
            }

            if (existing.Count == 0)
            {
                return null;
            }

            // The files that exist are still loaded, so that their errors are reported too.
            var rules = RuleSet.Load([.. existing]);
            log.AddRange(rules.Warnings);
            return existing.Count == paths.Count ? rules : null;
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

    /// <summary>
    /// Loads the rules and, when a profile is named, tailors them with it; <c>null</c> rules when anything
    /// failed (the errors are in <paramref name="log"/>).
    /// </summary>
    public static (RuleSet? Rules, Profiles.Profile? Profile) LoadTailoredRules(IReadOnlyList<string> paths, string? profileName, LoadLog log, bool evaluateOnly = false)
    {
        var rules = LoadRules(paths, log, evaluateOnly);
        if (rules is null || profileName is null)
        {
            return (rules, null);
        }

        try
        {
            var profile = Profiles.Profile.Resolve(profileName, rules);
            return (rules.Tailor(profile), profile);
        }
        catch (LoadException exception)
        {
            log.Add(exception);
            return (null, null);
        }
    }

    /// <summary>Loads a profile file and, when rules are given, checks it against them.</summary>
    public static Profiles.Profile? CheckProfile(string path, RuleSet? rules, LoadLog log)
    {
        try
        {
            // Against the rules, the file's own errors and its errors against them come together.
            return rules is null ? Profiles.Profile.Load(path) : Profiles.Profile.Load(path, rules);
        }
        catch (LoadException exception)
        {
            log.Add(exception);
            return null;
        }
    }

    /// <summary>Loads a waiver file; <c>null</c> when it failed (the errors are in <paramref name="log"/>).</summary>
    public static IReadOnlyList<WaiverDeclaration>? LoadWaivers(string path, LoadLog log)
    {
        try
        {
            return WaiverDeclaration.LoadFile(path);
        }
        catch (LoadException exception)
        {
            log.Add(exception);
            return null;
        }
    }

    /// <summary>
    /// Loads facility files in parallel; the result keeps the input order and holds <c>null</c> for a
    /// file that failed. Diagnostics are appended to <paramref name="log"/> in input order.
    /// </summary>
    public static Facility?[] LoadFacilities(IReadOnlyList<string> files, LoadLog log)
    {
        var facilities = new Facility?[files.Count];
        var logs = new LoadLog[files.Count];
        Parallel.For(0, files.Count, i =>
        {
            var fileLog = new LoadLog();
            logs[i] = fileLog;
            try
            {
                facilities[i] = Facility.Load(files[i]);
                fileLog.AddRange(facilities[i]!.Warnings);
            }
            catch (LoadException exception)
            {
                fileLog.Add(exception);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                fileLog.AddUnreadable(files[i], exception.Message);
            }
        });

        foreach (var fileLog in logs)
        {
            log.Append(fileLog);
        }

        return facilities;
    }
}
