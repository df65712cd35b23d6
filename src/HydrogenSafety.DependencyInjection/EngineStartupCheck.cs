using HydrogenSafety.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace HydrogenSafety.DependencyInjection;

/// <summary>
/// A marker options type whose start-up validation builds the engine (when
/// <see cref="HydrogenSafetyOptions.CompileOnStart"/> is on), so that broken rule files stop the start.
/// </summary>
internal sealed class EngineStartupCheck;

/// <summary>Builds the engine at start-up and turns a load failure into a validation failure with every diagnostic.</summary>
internal sealed class EngineStartupCheckValidator(IServiceProvider services) : IValidateOptions<EngineStartupCheck>
{
    public ValidateOptionsResult Validate(string? name, EngineStartupCheck options)
    {
        HydrogenSafetyOptions settings;
        try
        {
            settings = services.GetRequiredService<IOptions<HydrogenSafetyOptions>>().Value;
        }
        catch (OptionsValidationException)
        {
            // The options themselves are wrong; their own validation reports it.
            return ValidateOptionsResult.Skip;
        }

        if (!settings.CompileOnStart)
        {
            return ValidateOptionsResult.Skip;
        }

        try
        {
            // Building our provider compiles the rules; an engine registered by the application is its own business.
            return services.GetRequiredService<IComplianceEngine>() is ComplianceEngineProvider
                ? ValidateOptionsResult.Success
                : ValidateOptionsResult.Skip;
        }
        catch (LoadException ex)
        {
            var lines = ex.Diagnostics.Count > 0 ? string.Join(Environment.NewLine, ex.Diagnostics) : ex.Message;
            return ValidateOptionsResult.Fail($"HydrogenSafety rules could not be loaded:{Environment.NewLine}{lines}");
        }
    }
}
