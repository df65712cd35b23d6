using HydrogenSafety.Rules;

namespace HydrogenSafety.Cli.Inputs;

/// <summary>Turns file and folder arguments into the files to read.</summary>
internal static class InputFiles
{
    private static readonly string[] s_extensions = [".yaml", ".yml", ".json"];

    /// <summary>Whether a file name has one of the extensions read from folders (*.yaml, *.yml, *.json).</summary>
    public static bool HasInputExtension(string path) =>
        s_extensions.Any(e => path.EndsWith(e, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// Facility arguments: a file stays as given; a folder gives every *.yaml, *.yml and *.json
    /// directly in it (not recursive), in ordinal name order. A missing path, or a folder with no such
    /// file, is an error in <paramref name="log"/>.
    /// </summary>
    public static List<string> ResolveFacilities(IEnumerable<string> arguments, LoadLog log)
    {
        var files = new List<string>();
        foreach (var argument in arguments)
        {
            if (File.Exists(argument))
            {
                files.Add(argument);
            }
            else if (Directory.Exists(argument))
            {
                var found = Directory.EnumerateFiles(argument)
                    .Select(Path.GetFileName)
                    .OfType<string>()
                    .Where(HasInputExtension)
                    .Order(StringComparer.Ordinal)
                    .Select(name => Join(argument, name))
                    .ToList();
                if (found.Count == 0)
                {
                    log.AddUnreadable(argument, $"folder '{argument}' holds no *.yaml, *.yml or *.json file");
                }

                files.AddRange(found);
            }
            else
            {
                log.AddUnreadable(argument, $"no such file or folder '{argument}'");
            }
        }

        return files;
    }

    /// <summary>
    /// Lint arguments: a file stays as given; a folder gives every *.yaml, *.yml and *.json under it,
    /// recursively (a rule pack may have sub-folders; <see cref="FolderFiles"/>: a folder link back into the
    /// walk is not followed), in ordinal path order. A file reached twice is checked once.
    /// </summary>
    public static List<string> ResolveRecursive(IEnumerable<string> arguments, LoadLog log)
    {
        var files = new List<string>();
        var seen = new HashSet<string>(FolderFiles.PathComparer);
        foreach (var argument in arguments)
        {
            if (File.Exists(argument))
            {
                AddOnce(files, seen, argument);
            }
            else if (Directory.Exists(argument))
            {
                foreach (var file in FolderFiles.Under(argument)
                    .Where(HasInputExtension)
                    .Select(path => Path.GetRelativePath(argument, path).Replace(Path.DirectorySeparatorChar, '/'))
                    .Order(StringComparer.Ordinal)
                    .Select(relative => Join(argument, relative)))
                {
                    AddOnce(files, seen, file);
                }
            }
            else
            {
                log.AddUnreadable(argument, $"no such file or folder '{argument}'");
            }
        }

        return files;
    }

    private static void AddOnce(List<string> files, HashSet<string> seen, string file)
    {
        if (seen.Add(Path.GetFullPath(file)))
        {
            files.Add(file);
        }
    }

    /// <summary>Joins a folder as given and a name with '/', keeping the folder's spelling.</summary>
    private static string Join(string folder, string name) =>
        folder.EndsWith('/') || folder.EndsWith(Path.DirectorySeparatorChar) ? folder + name : folder + "/" + name;
}
