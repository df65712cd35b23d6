using System.Diagnostics;
using HydrogenSafety.Diagnostics;
using HydrogenSafety.Evaluation;
using HydrogenSafety.Facilities;
using HydrogenSafety.Rules;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace HydrogenSafety.DependencyInjection;

/// <summary>
/// The <see cref="IComplianceEngine"/> singleton: compiles the configured rules once (logging counts, timings
/// and every diagnostic) and, when asked, watches the rule folders, recompiles after a change and swaps the
/// engine with one atomic write. A change that does not load or compile keeps the engine in use.
/// </summary>
internal sealed class ComplianceEngineProvider : IComplianceEngine, IDisposable
{
    private readonly HydrogenSafetyOptions _options;
    private readonly ILogger _logger;
    private readonly Lock _reloadGate = new();
    private readonly RuleFolderWatcher? _watcher;
    private ComplianceEngine _current;
    private int _generation = 1;
    private bool _disposed;

    public ComplianceEngineProvider(IOptions<HydrogenSafetyOptions> options, ILoggerFactory? loggerFactory = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
        _logger = (loggerFactory ?? NullLoggerFactory.Instance).CreateLogger("HydrogenSafety.DependencyInjection.ComplianceEngine");
        _current = Build();
        if (_options.WatchRulePaths)
        {
            var paths = _options.RulePaths.Select(Path.GetFullPath).ToList();
            if (_options.Profile is { } profile && File.Exists(profile))
            {
                paths.Add(Path.GetFullPath(profile));
            }

            _watcher = new RuleFolderWatcher(paths, _options.WatchDebounce, Reload);
            Log.Watching(_logger, string.Join(", ", paths), (long)_options.WatchDebounce.TotalMilliseconds);
        }
    }

    public event EventHandler<ComplianceEngineReloadedEventArgs>? Reloaded;

    public ComplianceEngine Current => Volatile.Read(ref _current);

    public RuleSet Rules => Current.Rules;

    /// <summary>How many engines have been in use: 1 after start, one more per successful reload.</summary>
    public int Generation => Volatile.Read(ref _generation);

    public ComplianceReport Evaluate(Facility facility) => Current.Evaluate(facility);

    public ComplianceSession OpenSession(Facility facility) => Current.OpenSession(facility);

    public void Dispose()
    {
        lock (_reloadGate)
        {
            _disposed = true;
        }

        _watcher?.Dispose();
    }

    /// <summary>Recompiles after a change; keeps the engine in use when that fails. Never throws.</summary>
    internal void Reload(string changedPath)
    {
        lock (_reloadGate)
        {
            if (_disposed)
            {
                return;
            }

            Log.ChangeDetected(_logger, changedPath);
            var previous = Current;
            ComplianceEngine next;
            try
            {
                next = Build();
            }
#pragma warning disable CA1031 // A background reload must never take the process down; the old engine stays.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                Log.ReloadFailed(_logger, ex is LoadException ? null : ex, Generation, previous.Rules.Digest);
                return;
            }

            Interlocked.Exchange(ref _current, next);
            var generation = Interlocked.Increment(ref _generation);
            Log.Swapped(_logger, generation, previous.Rules.Digest, next.Rules.Digest);
            try
            {
                Reloaded?.Invoke(this, new ComplianceEngineReloadedEventArgs(previous, next));
            }
#pragma warning disable CA1031 // A subscriber's bug must not stop later reloads.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                Log.HandlerFailed(_logger, ex);
            }
        }
    }

    /// <summary>Loads and compiles; logs counts, timings and every diagnostic; throws <see cref="LoadException"/>.</summary>
    private ComplianceEngine Build()
    {
        var sources = RuleSources.Describe(_options);
        var clock = Stopwatch.StartNew();
        RuleSet rules;
        try
        {
            rules = RuleSources.Load(_options);
        }
        catch (LoadException ex)
        {
            LogFailure(sources, ex);
            throw;
        }

        Log.RulesLoaded(_logger, rules.Rules.Count, rules.Tables.Count, sources, clock.ElapsedMilliseconds, rules.Warnings.Count, rules.Digest);
        foreach (var warning in rules.Warnings)
        {
            Log.RuleWarning(_logger, warning.ToString());
        }

        clock.Restart();
        try
        {
            var engine = ComplianceEngine.Create(rules, new EngineOptions
            {
                AsOf = _options.AsOfDate,
                Profile = _options.Profile,
                IncludeDrafts = _options.IncludeDrafts,
                IgnoreWaivers = _options.IgnoreWaivers,
            });
            Log.RulesCompiled(_logger, engine.Rules.Rules.Count, _options.Profile ?? "none", engine.Rules.Excluded.Count, clock.ElapsedMilliseconds);
            return engine;
        }
        catch (LoadException ex)
        {
            LogFailure(sources, ex);
            throw;
        }
    }

    private void LogFailure(string sources, LoadException ex)
    {
        Log.LoadFailed(_logger, sources, ex.Diagnostics.Count(d => d.IsError));
        foreach (var diagnostic in ex.Diagnostics)
        {
            if (diagnostic.IsError)
            {
                Log.RuleError(_logger, diagnostic.ToString());
            }
            else
            {
                Log.RuleWarning(_logger, diagnostic.ToString());
            }
        }

        if (ex.Diagnostics.Count == 0)
        {
            Log.RuleError(_logger, ex.Message);
        }
    }
}
