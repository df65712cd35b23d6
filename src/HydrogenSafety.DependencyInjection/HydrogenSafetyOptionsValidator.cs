using HydrogenSafety.Diagnostics;
using Microsoft.Extensions.Options;

namespace HydrogenSafety.DependencyInjection;

/// <summary>
/// Checks <see cref="HydrogenSafetyOptions"/> when the application starts: there are rules to load, every
/// rule path exists, the profile is known, the watch settings make sense. Each failure names the option
/// and says what to do.
/// </summary>
internal sealed class HydrogenSafetyOptionsValidator : IValidateOptions<HydrogenSafetyOptions>
{
    public ValidateOptionsResult Validate(string? name, HydrogenSafetyOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (!options.BuiltInRules && options.RulePaths.Count == 0)
        {
            failures.Add("HydrogenSafety has no rules to check against: call UseBuiltInRules() and/or AddRules(path) "
                + "(BuiltInRules is false and RulePaths is empty).");
        }

        foreach (var path in options.RulePaths)
        {
            if (string.IsNullOrWhiteSpace(path))
            {
                failures.Add("HydrogenSafety RulePaths contains an empty path.");
            }
            else if (!Directory.Exists(path) && !File.Exists(path))
            {
                failures.Add($"HydrogenSafety rule path '{path}' does not exist (looked for '{Path.GetFullPath(path)}').");
            }
        }

        if (options.Profile is { } profile)
        {
            if (string.IsNullOrWhiteSpace(profile))
            {
                failures.Add("HydrogenSafety Profile is empty: give a built-in profile name or a profile file, or leave it null.");
            }
            else
            {
                try
                {
                    _ = Profiles.Profile.Resolve(profile);
                }
                catch (LoadException ex)
                {
                    var why = ex.Diagnostics.Count > 0 ? string.Join(Environment.NewLine, ex.Diagnostics) : ex.Message;
                    failures.Add($"HydrogenSafety profile '{profile}' cannot be used: {why}");
                }
            }
        }

        if (options.WatchRulePaths)
        {
            if (options.RulePaths.Count == 0)
            {
                failures.Add("HydrogenSafety WatchRulePaths is on but there is no rule folder to watch (the built-in rules never change): "
                    + "add one with AddRules(path) or turn watching off.");
            }

            if (options.WatchDebounce <= TimeSpan.Zero || options.WatchDebounce > HydrogenSafetyOptions.MaxWatchDebounce)
            {
                failures.Add($"HydrogenSafety WatchDebounce must be more than zero and at most {HydrogenSafetyOptions.MaxWatchDebounce}, not {options.WatchDebounce}.");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
