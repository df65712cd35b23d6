using NRules.Extensibility;

namespace HydrogenSafety.Evaluation;

/// <summary>Gives each NRules action of a session that session's <see cref="FindingSink"/>.</summary>
internal sealed class SinkResolver(FindingSink sink) : IDependencyResolver
{
    public object Resolve(IResolutionContext context, Type serviceType) =>
        serviceType == typeof(FindingSink) ? sink : throw new InvalidOperationException($"no service {serviceType.Name}");
}
