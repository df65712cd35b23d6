namespace HydrogenSafety.DependencyInjection;

/// <summary>
/// Watches rule files and folders and calls back once they have been quiet for the debounce period after a
/// change. The callback runs on a thread-pool thread; a change during the callback arms the timer again.
/// </summary>
internal sealed class RuleFolderWatcher : IDisposable
{
    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly Timer _timer;
    private readonly TimeSpan _debounce;
    private readonly Action<string> _changed;
    private string _lastChange = string.Empty;
    private volatile bool _disposed;

    /// <param name="paths">Files and folders (full paths) to watch.</param>
    /// <param name="debounce">The quiet period.</param>
    /// <param name="changed">Called with the last path that changed.</param>
    public RuleFolderWatcher(IEnumerable<string> paths, TimeSpan debounce, Action<string> changed)
    {
        _debounce = debounce;
        _changed = changed;
        _timer = new Timer(_ => Fire(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        foreach (var path in paths)
        {
            var watcher = Directory.Exists(path)
                ? new FileSystemWatcher(path) { IncludeSubdirectories = true }
                : new FileSystemWatcher(Path.GetDirectoryName(path)!, Path.GetFileName(path));
            watcher.NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size | NotifyFilters.CreationTime;
            watcher.Changed += OnChanged;
            watcher.Created += OnChanged;
            watcher.Deleted += OnChanged;
            watcher.Renamed += OnChanged;
            watcher.Error += (_, e) => Arm(path);
            watcher.EnableRaisingEvents = true;
            _watchers.Add(watcher);
        }
    }

    public void Dispose()
    {
        _disposed = true;
        foreach (var watcher in _watchers)
        {
            watcher.Dispose();
        }

        _timer.Dispose();
    }

    private void OnChanged(object sender, FileSystemEventArgs e)
    {
        if (IsRelevant(e.FullPath) || (e is RenamedEventArgs renamed && IsRelevant(renamed.OldFullPath)))
        {
            Arm(e.FullPath);
        }
    }

    /// <summary>Rule files (.yaml, .yml, .json) and names without an extension (folders); not editor swap files.</summary>
    private static bool IsRelevant(string path)
    {
        var extension = Path.GetExtension(path);
        return extension.Length == 0
            || extension.Equals(".yaml", StringComparison.OrdinalIgnoreCase)
            || extension.Equals(".yml", StringComparison.OrdinalIgnoreCase)
            || extension.Equals(".json", StringComparison.OrdinalIgnoreCase);
    }

    private void Arm(string path)
    {
        if (_disposed)
        {
            return;
        }

        Volatile.Write(ref _lastChange, path);
        try
        {
            _timer.Change(_debounce, Timeout.InfiniteTimeSpan);
        }
        catch (ObjectDisposedException)
        {
            // Disposed between the check and the call.
        }
    }

    private void Fire()
    {
        if (!_disposed)
        {
            _changed(Volatile.Read(ref _lastChange));
        }
    }
}
