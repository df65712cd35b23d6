using Spectre.Console;

namespace HydrogenSafety.Cli.Terminal;

/// <summary>
/// Runs the evaluation of several facilities, showing a progress bar on standard error when it is a
/// terminal and there are at least <see cref="Threshold"/> facilities. The bar is drawn by
/// Spectre.Console from the calling thread only; the workers just count what they finished.
/// </summary>
internal static class EvaluationProgress
{
    /// <summary>The number of facilities from which a bar is shown.</summary>
    public const int Threshold = 2;

    /// <summary>
    /// Runs <paramref name="body"/>, which evaluates <paramref name="count"/> facilities and calls the action it is given
    /// (or nothing, when it is given null) after each; with <paramref name="showBar"/>, the body runs on another thread
    /// while this one draws the bar.
    /// </summary>
    public static void Run(bool showBar, int count, Action<Action?> body)
    {
        ArgumentNullException.ThrowIfNull(body);
        if (!showBar || count < Threshold)
        {
            body(null);
            return;
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.Detect,
            ColorSystem = ColorSystemSupport.Detect,
            Interactive = InteractionSupport.Detect,
            Out = new AnsiConsoleOutput(Console.Error),
        });
        var done = 0;
        console.Progress()
            .AutoClear(true)
            .HideCompleted(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new SpinnerColumn())
            .Start(context =>
            {
                var task = context.AddTask($"checking {count} facilities", maxValue: count);
                var run = Task.Run(() => body(() => Interlocked.Increment(ref done)));
                while (!run.Wait(TimeSpan.FromMilliseconds(80)))
                {
                    task.Value = Volatile.Read(ref done);
                }

                task.Value = Volatile.Read(ref done);
                run.GetAwaiter().GetResult();
            });
    }
}
