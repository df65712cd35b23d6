namespace HydrogenSafety.DependencyInjection.Tests;

/// <summary>Waits for a condition by polling, up to a bound; never a fixed sleep.</summary>
internal static class Poll
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(60);

    public static void Until(Func<bool> condition, string what, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? DefaultTimeout);
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"timed out after {(timeout ?? DefaultTimeout).TotalSeconds} s waiting for {what}");
            }

            Thread.Sleep(25);
        }
    }
}
