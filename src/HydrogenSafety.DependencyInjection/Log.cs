using Microsoft.Extensions.Logging;

namespace HydrogenSafety.DependencyInjection;

/// <summary>The log messages of the engine provider (source-generated, no allocation when disabled).</summary>
internal static partial class Log
{
    [LoggerMessage(1, LogLevel.Information, "Loaded {RuleCount} rules and {TableCount} tables from {Sources} in {ElapsedMs} ms ({WarningCount} warnings); digest {Digest}")]
    public static partial void RulesLoaded(ILogger logger, int ruleCount, int tableCount, string sources, long elapsedMs, int warningCount, string digest);

    [LoggerMessage(2, LogLevel.Warning, "Rule warning: {Diagnostic}")]
    public static partial void RuleWarning(ILogger logger, string diagnostic);

    [LoggerMessage(3, LogLevel.Error, "Rule error: {Diagnostic}")]
    public static partial void RuleError(ILogger logger, string diagnostic);

    [LoggerMessage(4, LogLevel.Information, "Compiled {RuleCount} rules (profile {Profile}, {NotSelected} left out by it) in {ElapsedMs} ms")]
    public static partial void RulesCompiled(ILogger logger, int ruleCount, string profile, int notSelected, long elapsedMs);

    [LoggerMessage(5, LogLevel.Error, "Loading the rules from {Sources} failed with {ErrorCount} errors")]
    public static partial void LoadFailed(ILogger logger, string sources, int errorCount);

    [LoggerMessage(6, LogLevel.Information, "Rule change detected ({Path}); recompiling")]
    public static partial void ChangeDetected(ILogger logger, string path);

    [LoggerMessage(7, LogLevel.Information, "Rules reloaded: engine {Generation} in use (digest {OldDigest} -> {NewDigest})")]
    public static partial void Swapped(ILogger logger, int generation, string oldDigest, string newDigest);

    [LoggerMessage(8, LogLevel.Error, "Rule reload failed; keeping engine {Generation} (digest {Digest})")]
    public static partial void ReloadFailed(ILogger logger, Exception? exception, int generation, string digest);

    [LoggerMessage(9, LogLevel.Information, "Watching {Paths} for rule changes (debounce {DebounceMs} ms)")]
    public static partial void Watching(ILogger logger, string paths, long debounceMs);

    [LoggerMessage(10, LogLevel.Error, "A Reloaded event handler threw")]
    public static partial void HandlerFailed(ILogger logger, Exception exception);
}
