namespace HydrogenSafety.DependencyInjection;

/// <summary>
/// What <see cref="HydrogenSafetyServiceCollectionExtensions.AddHydrogenSafety(Microsoft.Extensions.DependencyInjection.IServiceCollection, Action{HydrogenSafetyOptions})"/>
/// compiles: which rules, which profile, which date. Set the properties or chain the methods
/// (<c>o.UseBuiltInRules().AddRules("rules/extra").UseProfile("kr-hydrogen")</c>). The options are
/// validated when the application starts (<c>ValidateOnStart</c>); a mistake stops the start with a
/// message that names it.
/// </summary>
public sealed class HydrogenSafetyOptions
{
    /// <summary>The default quiet period after a change to a watched rule folder before the rules are recompiled.</summary>
    public static readonly TimeSpan DefaultWatchDebounce = TimeSpan.FromMilliseconds(500);

    /// <summary>The longest quiet period <see cref="WatchDebounce"/> may be set to.</summary>
    public static readonly TimeSpan MaxWatchDebounce = TimeSpan.FromMinutes(10);

    /// <summary>Whether the rule packs built into the library are loaded.</summary>
    /// <value>The default value is <see langword="false"/>: say <see cref="UseBuiltInRules(bool)"/> to get them.</value>
    public bool BuiltInRules { get; set; }

    /// <summary>
    /// Rule files and folders loaded besides (or instead of) the built-in rules; a folder contributes every
    /// <c>*.yaml</c>, <c>*.yml</c> and <c>*.json</c> under it. Relative paths are taken from the current directory.
    /// </summary>
    /// <value>The default value is an empty list.</value>
    public IList<string> RulePaths { get; } = [];

    /// <summary>A profile to tailor the rules with: a built-in profile name (e.g. <c>kr-hydrogen</c>) or a profile file path.</summary>
    /// <value>The default value is <see langword="null"/>: every rule, untailored.</value>
    public string? Profile { get; set; }

    /// <summary>The date rules are judged against (effective dates, <c>today</c>).</summary>
    /// <value>The default value is <see langword="null"/>: the day of each evaluation (UTC).</value>
    public DateOnly? AsOfDate { get; set; }

    /// <summary>Whether draft rules are evaluated.</summary>
    /// <value>The default value is <see langword="false"/>.</value>
    public bool IncludeDrafts { get; set; }

    /// <summary>Evaluate as if there were no waivers at all (an audit).</summary>
    /// <value>The default value is <see langword="false"/>.</value>
    public bool IgnoreWaivers { get; set; }

    /// <summary>
    /// Whether the rule folders in <see cref="RulePaths"/> (and a profile file) are watched: a change recompiles
    /// the rules in the background and swaps the engine atomically; a change that breaks the rules keeps the
    /// engine in use and logs every diagnostic.
    /// </summary>
    /// <value>The default value is <see langword="false"/>.</value>
    public bool WatchRulePaths { get; set; }

    /// <summary>How long watched folders must stay quiet after a change before the rules are recompiled.</summary>
    /// <value>The default value is <see cref="DefaultWatchDebounce"/> (500 ms); at most <see cref="MaxWatchDebounce"/>.</value>
    public TimeSpan WatchDebounce { get; set; } = DefaultWatchDebounce;

    /// <summary>
    /// Whether the rules are loaded and compiled when the application starts (by start-up validation), so that
    /// a broken rule file stops the start with every diagnostic instead of failing the first request.
    /// </summary>
    /// <value>The default value is <see langword="true"/>.</value>
    public bool CompileOnStart { get; set; } = true;

    /// <summary>Loads the rule packs built into the library (or, with <see langword="false"/>, leaves them out).</summary>
    /// <returns>These options, to chain calls.</returns>
    public HydrogenSafetyOptions UseBuiltInRules(bool use = true)
    {
        BuiltInRules = use;
        return this;
    }

    /// <summary>Adds a rule file or folder.</summary>
    /// <returns>These options, to chain calls.</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> is null or empty.</exception>
    public HydrogenSafetyOptions AddRules(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        RulePaths.Add(path);
        return this;
    }

    /// <summary>Tailors the rules with a built-in profile name or a profile file.</summary>
    /// <returns>These options, to chain calls.</returns>
    /// <exception cref="ArgumentException"><paramref name="nameOrPath"/> is null or empty.</exception>
    public HydrogenSafetyOptions UseProfile(string nameOrPath)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(nameOrPath);
        Profile = nameOrPath;
        return this;
    }

    /// <summary>Judges the rules as of a fixed date (reproducible reports).</summary>
    /// <returns>These options, to chain calls.</returns>
    public HydrogenSafetyOptions AsOf(DateOnly date)
    {
        AsOfDate = date;
        return this;
    }

    /// <summary>Watches the rule folders and recompiles on change (see <see cref="WatchRulePaths"/>).</summary>
    /// <param name="debounce">The quiet period; default <see cref="DefaultWatchDebounce"/>.</param>
    /// <returns>These options, to chain calls.</returns>
    public HydrogenSafetyOptions WatchRules(TimeSpan? debounce = null)
    {
        WatchRulePaths = true;
        WatchDebounce = debounce ?? DefaultWatchDebounce;
        return this;
    }
}
