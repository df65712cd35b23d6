using System.Runtime.ExceptionServices;

namespace HydrogenSafety.Cli.Commands;

/// <summary>Worker threads for this machine: one per core.</summary>
internal static class OrderedEvaluation
{
    public static int DefaultWorkers => Environment.ProcessorCount;
}

/// <summary>
/// Evaluates facilities on a few worker threads and hands the reports back in input order, each as soon as it
/// and every report before it are done, so that a writer can stream them while the rest are still evaluated.
/// Bounded: a worker claims the next facility only while fewer than <c>window</c> reports wait to be taken, so
/// memory stays flat however many facilities there are. Workers claim facilities in input order, so the report
/// the writer waits for is always being (or already) evaluated.
/// </summary>
internal sealed class OrderedEvaluation<T> : IDisposable
    where T : class
{
    private readonly int _count;
    private readonly Func<int, T> _evaluate;
    private readonly Action? _evaluated;
    private readonly T?[] _reports;
    private readonly ExceptionDispatchInfo?[] _errors;
    private readonly bool[] _ready;
    private readonly object _gate = new();
    private readonly SemaphoreSlim _window;
    private readonly Thread[] _workers;
    private int _next = -1;
    private volatile bool _stopped;

    /// <param name="count">How many facilities.</param>
    /// <param name="evaluate">Evaluates the facility at an index (called on a worker thread).</param>
    /// <param name="workers">How many worker threads (at most <paramref name="count"/>).</param>
    /// <param name="window">How many finished reports may wait for the writer before the workers pause.</param>
    /// <param name="evaluated">Called on a worker after each facility (a progress count), or null.</param>
    public OrderedEvaluation(int count, Func<int, T> evaluate, int workers, int window, Action? evaluated = null)
    {
        _count = count;
        _evaluate = evaluate;
        _evaluated = evaluated;
        _reports = new T?[count];
        _errors = new ExceptionDispatchInfo?[count];
        _ready = new bool[count];
        _window = new SemaphoreSlim(Math.Max(window, workers));
        _workers = new Thread[Math.Clamp(workers, 1, Math.Max(count, 1))];
        for (var w = 0; w < _workers.Length; w++)
        {
            _workers[w] = new Thread(Work) { IsBackground = true, Name = $"h2safety-evaluate-{w}" };
            _workers[w].Start();
        }
    }

    /// <summary>The reports in input order; each is released once taken. Enumerate once.</summary>
    public IEnumerable<T> InOrder()
    {
        for (var i = 0; i < _count; i++)
        {
            T report;
            lock (_gate)
            {
                while (!_ready[i])
                {
                    Monitor.Wait(_gate);
                }

                _errors[i]?.Throw();
                report = _reports[i]!;
                _reports[i] = null;
            }

            _window.Release();
            yield return report;
        }
    }

    /// <summary>Stops the workers (after their current facility) and waits for them.</summary>
    public void Dispose()
    {
        _stopped = true;
        _window.Release(_workers.Length);
        foreach (var worker in _workers)
        {
            worker.Join();
        }

        _window.Dispose();
    }

    private void Work()
    {
        while (true)
        {
            _window.Wait();
            if (_stopped)
            {
                return;
            }

            var i = Interlocked.Increment(ref _next);
            if (i >= _count)
            {
                _window.Release();
                return;
            }

            T? report = null;
            ExceptionDispatchInfo? error = null;
            try
            {
                report = _evaluate(i);
            }
#pragma warning disable CA1031 // Handed to the writer, which rethrows it where the sequential code would have.
            catch (Exception exception)
#pragma warning restore CA1031
            {
                error = ExceptionDispatchInfo.Capture(exception);
            }

            lock (_gate)
            {
                _reports[i] = report;
                _errors[i] = error;
                _ready[i] = true;
                Monitor.PulseAll(_gate);
            }

            _evaluated?.Invoke();
        }
    }
}
