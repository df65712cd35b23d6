namespace HydrogenSafety.Rules;

/// <summary>
/// The files under a folder, walked as the loaders walk rule packs: recursively, following a symbolic link to a
/// folder only when it leads somewhere new. A link to a folder already walked, or back into a folder being walked
/// (<c>loop -&gt; .</c>, <c>up -&gt; ..</c>), is not followed, so a link loop is neither walked forty levels deep nor
/// read twice.
/// </summary>
public static class FolderFiles
{
    /// <summary>How paths are compared: by case where the file system usually distinguishes it (Linux), ignoring it elsewhere.</summary>
    public static StringComparer PathComparer { get; } = OperatingSystem.IsLinux() ? StringComparer.Ordinal : StringComparer.OrdinalIgnoreCase;

    /// <summary>
    /// Every file under <paramref name="folder"/>, named as <see cref="Directory.EnumerateFiles(string)"/> names
    /// them (the folder as given, then the relative path), in no particular order.
    /// </summary>
    /// <exception cref="IOException">A folder cannot be read.</exception>
    /// <exception cref="UnauthorizedAccessException">A folder may not be read.</exception>
    public static IReadOnlyList<string> Under(string folder)
    {
        ArgumentException.ThrowIfNullOrEmpty(folder);
        var files = new List<string>();
        var walked = new HashSet<string>(PathComparer);
        var walking = new List<string>();
        Walk(folder, RealPath(new DirectoryInfo(folder)) ?? Path.GetFullPath(folder), files, walked, walking);
        return files;
    }

    /// <summary>True when two paths name the same file once made full (<see cref="Path.GetFullPath(string)"/>) and compared with <see cref="PathComparer"/>.</summary>
    public static bool SamePath(string a, string b) => PathComparer.Equals(Path.GetFullPath(a), Path.GetFullPath(b));

    private static void Walk(string folder, string real, List<string> files, HashSet<string> walked, List<string> walking)
    {
        walked.Add(real);
        walking.Add(real);
        files.AddRange(Directory.EnumerateFiles(folder));
        // In ordinal order, so that which of two routes to one folder is taken does not depend on the file system.
        foreach (var sub in Directory.EnumerateDirectories(folder).Order(StringComparer.Ordinal))
        {
            var info = new DirectoryInfo(sub);
            var subReal = info.LinkTarget is null ? Path.Combine(real, info.Name) : RealPath(info);
            if (subReal is null || walked.Contains(subReal) || walking.Any(w => IsSameOrUnder(w, subReal)))
            {
                continue;
            }

            Walk(sub, subReal, files, walked, walking);
        }

        walking.RemoveAt(walking.Count - 1);
    }

    /// <summary>The full path a folder stands for: its link's final target when it is a link; <c>null</c> for a broken link.</summary>
    private static string? RealPath(DirectoryInfo folder)
    {
        if (folder.LinkTarget is null)
        {
            return Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder.FullName));
        }

        var target = folder.ResolveLinkTarget(returnFinalTarget: true);
        return target is null ? null : Path.TrimEndingDirectorySeparator(Path.GetFullPath(target.FullName));
    }

    /// <summary>True when <paramref name="path"/> is <paramref name="ancestor"/> or a folder under it.</summary>
    private static bool IsSameOrUnder(string path, string ancestor) =>
        PathComparer.Equals(path, ancestor)
        || path.StartsWith(Path.EndsInDirectorySeparator(ancestor) ? ancestor : ancestor + Path.DirectorySeparatorChar, PathComparer == StringComparer.Ordinal ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase);
}
