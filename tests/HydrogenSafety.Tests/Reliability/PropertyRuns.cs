using System.Globalization;
using FsCheck;
using Microsoft.FSharp.Core;

namespace HydrogenSafety.Tests.Reliability;

/// <summary>
/// How many cases the property tests run, and from which seed. CI runs a short, reproducible pass (a fixed seed);
/// <c>H2SAFETY_PROPERTY_RUNS=10000</c> runs long, and <c>H2SAFETY_PROPERTY_SEED=random</c> (or a number) explores
/// other seeds. See docs/threat-model.md.
/// </summary>
internal static class PropertyRuns
{
    public const ulong DefaultSeed = 20260601;

    public static int Count(int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable("H2SAFETY_PROPERTY_RUNS"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : fallback;

    public static Config Config(int fallbackRuns)
    {
        var config = FsCheck.Config.QuickThrowOnFailure.WithMaxTest(Count(fallbackRuns)).WithQuietOnSuccess(true);
        var seed = Environment.GetEnvironmentVariable("H2SAFETY_PROPERTY_SEED");
        if (string.Equals(seed, "random", StringComparison.OrdinalIgnoreCase))
        {
            return config;
        }

        var value = ulong.TryParse(seed, NumberStyles.Integer, CultureInfo.InvariantCulture, out var s) ? s : DefaultSeed;
        return config.WithReplay(FSharpOption<Replay>.Some(new Replay(new Rnd(value, 0x9E3779B97F4A7C15UL), FSharpOption<int>.None)));
    }
}
