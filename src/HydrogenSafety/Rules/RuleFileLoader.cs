using System.Reflection;
using HydrogenSafety.Diagnostics;
using HydrogenSafety.Yaml;

namespace HydrogenSafety.Rules;

/// <summary>
/// Loads rule files (SPEC §4): <c>rules:</c> and <c>tables:</c>, from text, files, folders (rule packs) or
/// the built-in packs embedded in an assembly. Every error of every file is reported together; a file
/// with any error yields no rules and no tables (what of it can be read is kept apart, to be checked but never evaluated). Rule ids and table names are unique across everything loaded.
/// </summary>
internal static class RuleFileLoader
{
    private static readonly string[] TopFields = ["rules", "tables", "$schema"];

    /// <summary>Reads one rule file's text; test facility paths are resolved on disk next to <paramref name="file"/>.</summary>
    public static RuleFileResult Read(string text, string file) => Read(text, file, RuleFileSource.Disk);

    /// <summary>Reads one rule file's text, resolving the paths it names through <paramref name="source"/>.</summary>
    public static RuleFileResult Read(string text, string file, RuleFileSource source, YamlLimits? limits = null) =>
        Read(text, file, source, limits, skipTests: false);

    /// <summary>Reads one rule file's text; with <paramref name="skipTests"/> its <c>tests:</c> blocks are left unread.</summary>
    private static RuleFileResult Read(string text, string file, RuleFileSource source, YamlLimits? limits, bool skipTests)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(source);
        limits ??= YamlLimits.Default;
        var document = YamlDocumentReader.Read(text, file, limits);
        var context = new YamlReadContext(file);
        context.AddRange(document.Diagnostics);
        var drafts = new List<RuleDraft>();
        var tables = new TableReader.Tables([], []);
        if (document.Root is { } root && context.Mapping(root, "rule file") is { } map)
        {
            var fields = YamlFields.Read(map, context, "a rule file", TopFields);
            if (fields.Get("tables") is { } tablesNode)
            {
                tables = TableReader.ReadAll(tablesNode, context);
            }

            if (fields.Get("rules") is { } rulesNode)
            {
                drafts.AddRange(ReadRules(rulesNode, new RuleTestReader.Files(source, limits, skipTests), context));
            }
        }

        return context.HasErrors
            ? new RuleFileResult([], [], context.SortedDiagnostics()) { Broken = new CheckableParts(drafts, tables.Read, tables.Unreadable) }
            : new RuleFileResult(drafts.Select(d => d.Rule).ToList(), tables.Read, context.SortedDiagnostics());
    }

    /// <summary>Reads one rule file from disk; a missing or unreadable file is H2S0001.</summary>
    public static RuleFileResult ReadFile(string path, YamlLimits? limits = null) => ReadFrom(RuleFileSource.Disk, path, limits ?? YamlLimits.Default);

    /// <summary>
    /// Loads files and folders in the order given; a folder contributes every *.yaml, *.yml and *.json under
    /// it, recursively (<see cref="FolderFiles"/>), in ordinal path order, except files under a folder named
    /// <c>fixtures</c> (test facilities). A file reached twice is read once.
    /// </summary>
    public static RuleLoadResult LoadPaths(IEnumerable<string> paths, YamlLimits? limits = null) =>
        Combine(ReadPaths(paths, limits ?? YamlLimits.Default));

    /// <summary>The built-in rule files of <paramref name="assembly"/> and the given files and folders, checked together (ids and tables unique across all).</summary>
    public static RuleLoadResult LoadEmbeddedAndPaths(Assembly assembly, IEnumerable<string> paths, YamlLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        limits ??= YamlLimits.Default;
        var source = RuleFileSource.Embedded(assembly);
        var builtIn = RuleFileSource.BuiltInRuleFiles(source).Select(name => ReadFrom(source, name, limits)).ToList();
        return Combine([.. builtIn, .. ReadPaths(paths, limits)]);
    }

    /// <summary>
    /// Reads the files of <paramref name="paths"/>, each distinct file once (by full path): a file named twice, or
    /// named and also inside a folder named, is one file, not a duplicate of its own rules.
    /// </summary>
    private static List<RuleFileResult> ReadPaths(IEnumerable<string> paths, YamlLimits limits)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var seen = new HashSet<string>(FolderFiles.PathComparer);
        var results = new List<RuleFileResult>();
        foreach (var path in paths)
        {
            var files = Directory.Exists(path) ? RuleFilesUnder(path) : [path];
            foreach (var file in files.Where(f => seen.Add(FullPathOrSelf(f))))
            {
                results.Add(ReadFrom(RuleFileSource.Disk, file, limits));
            }
        }

        return results;
    }

    /// <summary>Loads the manifest resources of <paramref name="assembly"/> whose names start with <c>rules/</c>; files are named <c>builtin:rules/…</c>.</summary>
    /// <remarks>
    /// With <paramref name="skipTests"/> the rules' <c>tests:</c> blocks are not read (no test facility is parsed or
    /// checked, every rule has no tests); an error inside them then goes unreported, so this is only for the
    /// shipped packs, whose tests <c>h2safety test rules</c> and <c>lint</c> check.
    /// </remarks>
    public static RuleLoadResult LoadEmbedded(Assembly assembly, YamlLimits? limits = null, bool skipTests = false)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        var source = RuleFileSource.Embedded(assembly);
        return Combine(RuleFileSource.BuiltInRuleFiles(source).Select(name => ReadFrom(source, name, limits ?? YamlLimits.Default, skipTests)).ToList());
    }

    private static RuleFileResult ReadFrom(RuleFileSource source, string name, YamlLimits limits, bool skipTests = false)
    {
        var text = source.ReadText(name, limits, out var problem);
        return text is null ? new RuleFileResult([], [], [problem!]) : Read(text, name, source, limits, skipTests);
    }

    /// <summary>The full path of <paramref name="path"/>, or the path itself when it has none (empty, invalid): it is then reported as it is.</summary>
    private static string FullPathOrSelf(string path)
    {
        try
        {
            return Path.GetFullPath(path);
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return path;
        }
    }

    private static IEnumerable<string> RuleFilesUnder(string folder) =>
        FolderFiles.Under(folder)
            .Where(RuleFileSource.IsRuleFileName)
            .Where(file => !RuleFileSource.IsFixture(Path.GetRelativePath(folder, file)))
            .Order(StringComparer.Ordinal);

    /// <summary>Every rule of <c>rules:</c> as far as it can be read, broken ones included (to check them too).</summary>
    private static List<RuleDraft> ReadRules(YamlNode node, RuleTestReader.Files files, YamlReadContext context)
    {
        var rules = new List<RuleDraft>();
        if (context.Sequence(node, "rules") is not { } list)
        {
            return rules;
        }

        if (list.Items.Count > YamlLimits.MaxRulesPerFile)
        {
            context.Error(DiagnosticCodes.LimitExceeded, list.Span, $"too many rules in one file: {list.Items.Count}; the limit is {YamlLimits.MaxRulesPerFile}");
            return rules;
        }

        foreach (var item in list.Items)
        {
            if (context.Mapping(item, "rules") is { } map)
            {
                rules.Add(RuleReader.Read(map, files, context));
            }
        }

        foreach (var duplicate in Duplicates(rules.Where(r => r.HasId), r => r.Rule.Id, r => r.Rule.Span))
        {
            context.Error(DiagnosticCodes.DuplicateRuleId, duplicate.Second.Rule.Span, $"duplicate rule id `{duplicate.Second.Rule.Id}` (first defined at {duplicate.First})");
        }

        return rules;
    }

    /// <summary>
    /// Puts the files together, reporting rule ids and table names given in more than one file (H2S0301, H2S0305).
    /// The rules and tables of broken files take part too, so that a clash with them is reported at once; they are
    /// passed on only to be checked.
    /// </summary>
    private static RuleLoadResult Combine(IReadOnlyList<RuleFileResult> files)
    {
        var rules = new List<RuleDefinition>();
        var tables = new List<LookupTable>();
        var diagnostics = new List<Diagnostic>();
        var broken = new List<RuleDraft>();
        var brokenTables = new List<LookupTable>();
        var unreadableTables = new List<string>();
        var firstRule = new Dictionary<string, (SourceSpan Span, RuleFileResult File)>(StringComparer.Ordinal);
        var firstTable = new Dictionary<string, SourceSpan>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            diagnostics.AddRange(file.Diagnostics);
            foreach (var (table, usable) in file.Tables.Select(t => (t, true)).Concat(file.Broken.Tables.Select(t => (t, false))))
            {
                if (firstTable.TryGetValue(table.Name, out var first))
                {
                    diagnostics.Add(Diagnostic.Error(DiagnosticCodes.DuplicateTable, table.Span, $"duplicate table name `{table.Name}` (first defined at {first})"));
                    continue;
                }

                firstTable.Add(table.Name, table.Span);
                (usable ? tables : brokenTables).Add(table);
            }

            unreadableTables.AddRange(file.Broken.UnreadableTables);
            foreach (var draft in file.Rules.Select(RuleDraft.Complete).Concat(file.Broken.Rules))
            {
                var rule = draft.Rule;
                var usable = !file.HasErrors;
                if (draft.HasId && firstRule.TryGetValue(rule.Id, out var first))
                {
                    // A duplicate inside one file is reported by the file's reader.
                    if (!ReferenceEquals(first.File, file))
                    {
                        diagnostics.Add(Diagnostic.Error(DiagnosticCodes.DuplicateRuleId, rule.Span, $"duplicate rule id `{rule.Id}` (first defined at {first.Span})"));
                    }

                    usable = false;
                }
                else if (draft.HasId)
                {
                    firstRule.Add(rule.Id, (rule.Span, file));
                }

                if (usable)
                {
                    rules.Add(rule);
                }
                else
                {
                    broken.Add(draft);
                }
            }
        }

        return new RuleLoadResult(rules, tables, diagnostics) { Broken = new CheckableParts(broken, brokenTables, unreadableTables) };
    }

    private static IEnumerable<(SourceSpan First, T Second)> Duplicates<T>(IEnumerable<T> items, Func<T, string> key, Func<T, SourceSpan> span)
    {
        var first = new Dictionary<string, SourceSpan>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            if (!first.TryAdd(key(item), span(item)))
            {
                yield return (first[key(item)], item);
            }
        }
    }
}
