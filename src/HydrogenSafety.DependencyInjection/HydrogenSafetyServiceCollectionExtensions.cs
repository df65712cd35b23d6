using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace HydrogenSafety.DependencyInjection;

/// <summary>Registers the HydrogenSafety compliance engine with a service collection.</summary>
public static class HydrogenSafetyServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IComplianceEngine"/> as a singleton compiled from the options configured here
    /// (and by any other <c>Configure&lt;HydrogenSafetyOptions&gt;</c>). The options are validated when the
    /// application starts, and by default the rules are compiled then too. Calling it again adds the new
    /// configuration; the services are registered once.
    /// </summary>
    /// <example><code>services.AddHydrogenSafety(o => o.UseBuiltInRules().AddRules("rules/extra").UseProfile("kr-hydrogen"));</code></example>
    /// <returns><paramref name="services"/>, to chain calls.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IServiceCollection AddHydrogenSafety(this IServiceCollection services, Action<HydrogenSafetyOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.AddHydrogenSafety();
        services.Configure(configure);
        return services;
    }

    /// <summary>
    /// Registers <see cref="IComplianceEngine"/>; configure <see cref="HydrogenSafetyOptions"/> elsewhere
    /// (<c>services.Configure&lt;HydrogenSafetyOptions&gt;(…)</c>).
    /// </summary>
    /// <returns><paramref name="services"/>, to chain calls.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    public static IServiceCollection AddHydrogenSafety(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<HydrogenSafetyOptions>().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<HydrogenSafetyOptions>, HydrogenSafetyOptionsValidator>());
        services.AddOptions<EngineStartupCheck>().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<EngineStartupCheck>, EngineStartupCheckValidator>());
        services.TryAddSingleton<IComplianceEngine, ComplianceEngineProvider>();
        return services;
    }
}
