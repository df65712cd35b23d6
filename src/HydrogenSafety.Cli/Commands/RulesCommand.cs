using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using HydrogenSafety.Cli.Inputs;
using HydrogenSafety.Profiles;
using HydrogenSafety.Reporting;
using HydrogenSafety.Rules;

namespace HydrogenSafety.Cli.Commands;

/// <summary>
/// <c>h2safety rules [--profile NAME|FILE] [--rules PATH]... [--format text|markdown|json] [--output FILE]</c>:
/// lists rules with id, stages, severity, status and citation. With a profile, only the rules it selects,
/// with its severities. <c>--format markdown</c> is the catalogue checked in as <c>rules/README.md</c>.
/// </summary>
internal static class RulesCommand
{
    /// <summary>The command that regenerates the checked-in catalogue.</summary>
    public const string RegenerateCatalogue = "dotnet run --project src/HydrogenSafety.Cli -- rules --format markdown --output rules/README.md";

    private static readonly Dictionary<string, string> s_packNames = new(StringComparer.Ordinal)
    {
        ["kr"] = "Korea",
        ["jp"] = "Japan",
        ["us"] = "United States",
        ["intl"] = "International",
        ["eu"] = "European Union",
    };

    public static Command Create()
    {
        var profile = AuthoringOptions.Profile("List only the rules a profile selects, with its severities: a built-in profile name or a profile file.");
        var rules = AuthoringOptions.Rules();
        var format = AuthoringOptions.Format("text", "markdown", "json");
        var output = AuthoringOptions.Output("the list");
        var language = AuthoringOptions.Language();
        var command = new Command("rules", "List rules: id, stage, severity, status, citation. --format markdown gives the catalogue (rules/README.md).")
        {
            profile, rules, format, output, language,
        };
        command.SetAction(parseResult => Execute(
            new RulesSettings
            {
                Profile = parseResult.GetValue(profile),
                Rules = parseResult.GetValue(rules) ?? [],
                Format = parseResult.GetValue(format) ?? "text",
                Output = parseResult.GetValue(output),
                Language = parseResult.GetValue(language),
            },
            parseResult.InvocationConfiguration.Output,
            parseResult.InvocationConfiguration.Error));
        return command;
    }

    /// <summary>Loads and (with a profile) tailors the rules, then writes the list; exit 0, or 2 on bad input.</summary>
    public static int Execute(RulesSettings settings, TextWriter stdout, TextWriter stderr)
    {
        var log = new LoadLog();
        var (rules, profile) = InputLoader.LoadTailoredRules(settings.Rules, settings.Profile, log, evaluateOnly: true);

        log.WriteTo(stderr);
        if (log.HasErrors || rules is null)
        {
            return ExitCodes.BadInput;
        }

        var listed = rules.Rules.Where(r => !rules.Excluded.Contains(r.Id)).ToList();
        var words = settings.Language.Strings();
        var text = settings.Format switch
        {
            // Titles and citations come from rule files: control characters are escaped (JSON escapes its own).
            "markdown" => Diagnostics.PrintableText.Of(Markdown(listed, rules.Rules.Count, profile, builtIn: settings.Rules.Count == 0, words)),
            "json" => Json(listed, rules.Rules.Count, profile, words.Code),
            _ => Diagnostics.PrintableText.Of(Text(listed, rules.Rules.Count, profile, words)),
        };
        return AuthoringOptions.Write(settings.Output, text, stdout, stderr, "rules") ? ExitCodes.Success : ExitCodes.BadInput;
    }

    private static string Text(IReadOnlyList<RuleDefinition> rules, int total, Profile? profile, ReportStrings words)
    {
        if (words.Language != ReportLanguage.English)
        {
            return LocalizedText(rules, total, profile, words);
        }

        var sb = new StringBuilder();
        if (profile is not null)
        {
            sb.Append(CultureInfo.InvariantCulture, $"profile {profile.Name}: {profile.Title}\n");
        }

        string[] header = ["ID", "STAGE", "SEVERITY", "STATUS", "CITATION"];
        var rows = rules.Select(r => new[] { r.Id, AuthoringText.Stages(r.Stages), AuthoringText.Word(r.Severity), AuthoringText.Word(r.Status), AuthoringText.OneLine(AuthoringText.Citation(r.Source)) }).ToList();
        var widths = Enumerable.Range(0, header.Length - 1).Select(i => rows.Select(r => r[i].Length).Append(header[i].Length).Max()).ToList();
        foreach (var row in rows.Prepend(header))
        {
            for (var i = 0; i < row.Length - 1; i++)
            {
                sb.Append(row[i].PadRight(widths[i] + 2));
            }

            sb.Append(row[^1]).Append('\n');
        }

        sb.Append(Summary(rules, total, profile)).Append('\n');
        return sb.ToString();
    }

    /// <summary>
    /// The list in Korean or Japanese: the same columns with the rule's translated title before the citation,
    /// padded by terminal columns (<see cref="DisplayWidth"/>: a Hangul, kana or kanji character takes two).
    /// </summary>
    private static string LocalizedText(IReadOnlyList<RuleDefinition> rules, int total, Profile? profile, ReportStrings words)
    {
        var sb = new StringBuilder();
        if (profile is not null)
        {
            sb.Append(CultureInfo.InvariantCulture, $"{words.ProfileFact(profile.Name)}: {profile.TitleIn(words.Code)}\n");
        }

        string[] header = [words.IdColumn, words.StageColumn, words.SeverityColumn, words.StatusColumn, words.TitleColumn, words.CitationColumn];
        var rows = rules.Select(r => new[]
        {
            r.Id, string.Join(", ", r.Stages.Select(words.Stage)), words.Severity(r.Severity), words.Status(r.Status),
            AuthoringText.OneLine(r.TitleIn(words.Code)), AuthoringText.OneLine(AuthoringText.Citation(r.Source)),
        }).ToList();
        var widths = Enumerable.Range(0, header.Length - 1).Select(i => rows.Select(r => DisplayWidth.Of(r[i])).Append(DisplayWidth.Of(header[i])).Max()).ToList();
        foreach (var row in rows.Prepend(header))
        {
            for (var i = 0; i < row.Length - 1; i++)
            {
                sb.Append(DisplayWidth.PadRight(row[i], widths[i] + 2));
            }

            sb.Append(row[^1]).Append('\n');
        }

        var counts = words.StatusCounts(
            rules.Count(r => r.Status == RuleStatus.Enforced), rules.Count(r => r.Status == RuleStatus.Advisory), rules.Count(r => r.Status == RuleStatus.Draft));
        sb.Append(words.RuleListSummary(rules.Count, total, profile?.Name, counts)).Append('\n');
        return sb.ToString();
    }

    private static string Summary(IReadOnlyList<RuleDefinition> rules, int total, Profile? profile)
    {
        var counts = $"{AuthoringText.Number(rules.Count(r => r.Status == RuleStatus.Enforced))} enforced, " +
                     $"{AuthoringText.Number(rules.Count(r => r.Status == RuleStatus.Advisory))} advisory, " +
                     $"{AuthoringText.Number(rules.Count(r => r.Status == RuleStatus.Draft))} draft";
        return profile is null
            ? $"{AuthoringText.Count(rules.Count, "rule", "rules")}: {counts}"
            : $"{AuthoringText.Number(rules.Count)} of {AuthoringText.Count(total, "rule", "rules")} selected by profile {profile.Name}: {counts}";
    }

    private static string Markdown(IReadOnlyList<RuleDefinition> rules, int total, Profile? profile, bool builtIn, ReportStrings words)
    {
        var sb = new StringBuilder();
        sb.Append(profile is null ? "# Rule catalogue\n\n" : $"# Rule catalogue: profile {profile.Name}\n\n");
        sb.Append(CultureInfo.InvariantCulture, $"<!-- Generated by `h2safety rules --format markdown`; do not edit by hand. Regenerate: {RegenerateCatalogue} -->\n\n");
        if (profile is not null)
        {
            sb.Append(CultureInfo.InvariantCulture, $"{profile.TitleIn(words.Code)}.\n\n");
        }

        sb.Append(builtIn ? "Built-in rule packs, " : string.Empty).Append(Summary(rules, total, profile)).Append(". ");
        sb.Append("Read one rule in full with `h2safety explain RULE-ID`; run the rules' tests with `h2safety test`.\n\n");
        AppendCounts(sb, rules);
        if (builtIn && profile is null)
        {
            AppendProfiles(sb);
        }

        foreach (var pack in rules.GroupBy(r => PackOf(r.Span.File)).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            sb.Append(CultureInfo.InvariantCulture, $"## {(s_packNames.TryGetValue(pack.Key, out var name) ? $"{name} (`{pack.Key}`)" : $"`{pack.Key}`")}\n\n");
            foreach (var file in pack.GroupBy(r => r.Span.File).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                var display = DisplayPath(file.Key);
                sb.Append(file.Key.StartsWith(AuthoringText.BuiltInRulesPrefix, StringComparison.Ordinal)
                    ? $"### [{display}]({display})\n\n"
                    : $"### {display}\n\n");
                sb.Append(words.Language == ReportLanguage.English
                    ? "| id | title | stage | severity | status | citation |\n|---|---|---|---|---|---|\n"
                    : $"| {words.IdColumn} | {words.TitleHeader} | {words.StageColumn} | {words.SeverityHeader} | {words.StatusColumn} | {words.SourceHeader} |\n|---|---|---|---|---|---|\n");
                foreach (var rule in file.OrderBy(r => r.Span.Line))
                {
                    sb.Append(CultureInfo.InvariantCulture, $"| `{rule.Id}` | {AuthoringText.Cell(rule.TitleIn(words.Code))} | {string.Join(", ", rule.Stages.Select(words.Stage))} | {words.Severity(rule.Severity)} | {words.Status(rule.Status)} | {CitationCell(rule.Source)} |\n");
                }

                sb.Append('\n');
            }
        }

        return sb.ToString().TrimEnd('\n') + "\n";
    }

    /// <summary>Counts by jurisdiction and stage (a rule with several stages counts under each).</summary>
    private static void AppendCounts(StringBuilder sb, IReadOnlyList<RuleDefinition> rules)
    {
        var stages = Enum.GetValues<Facilities.Stage>();
        sb.Append("| jurisdiction | rules | ").Append(string.Join(" | ", stages.Select(AuthoringText.Word))).Append(" |\n");
        sb.Append("|---|---:|").Append(string.Concat(stages.Select(_ => "---:|"))).Append('\n');
        var groups = rules.GroupBy(r => r.Jurisdictions is { Count: > 0 } j ? JurisdictionList(j) : "everywhere")
            .OrderBy(g => g.Key == "everywhere" ? 1 : 0).ThenBy(g => g.Key, StringComparer.Ordinal);
        foreach (var group in groups)
        {
            sb.Append(CultureInfo.InvariantCulture, $"| {AuthoringText.Cell(group.Key)} | {AuthoringText.Number(group.Count())} | ")
                .Append(string.Join(" | ", stages.Select(s => AuthoringText.Number(group.Count(r => r.Stages.Contains(s))))))
                .Append(" |\n");
        }

        sb.Append(CultureInfo.InvariantCulture, $"| **all** | **{AuthoringText.Number(rules.Count)}** | ")
            .Append(string.Join(" | ", stages.Select(s => $"**{AuthoringText.Number(rules.Count(r => r.Stages.Contains(s)))}**")))
            .Append(" |\n\n");
    }

    private static string JurisdictionList(IReadOnlyList<string> jurisdictions) =>
        jurisdictions.Count <= 4
            ? string.Join(", ", jurisdictions)
            : $"{string.Join(", ", jurisdictions.Take(3))} … ({AuthoringText.Number(jurisdictions.Count)} jurisdictions)";

    private static void AppendProfiles(StringBuilder sb)
    {
        var profiles = Profile.BuiltIn;
        if (profiles.Count == 0)
        {
            return;
        }

        sb.Append("Built-in profiles (`--profile NAME`):\n\n| profile | title | rules selected |\n|---|---|---:|\n");
        foreach (var profile in profiles.OrderBy(p => p.Name, StringComparer.Ordinal))
        {
            var tailored = RuleSet.BuiltIn.Tailor(profile);
            var selected = tailored.Rules.Count(r => !tailored.Excluded.Contains(r.Id));
            sb.Append(CultureInfo.InvariantCulture, $"| `{profile.Name}` | {AuthoringText.Cell(profile.Title)} | {AuthoringText.Number(selected)} |\n");
        }

        sb.Append('\n');
    }

    private static string CitationCell(Citation source)
    {
        var document = AuthoringText.Cell(source.Document);
        if (source.Url is { Length: > 0 } url)
        {
            document = $"[{document}]({url.Replace(" ", "%20", StringComparison.Ordinal).Replace(")", "%29", StringComparison.Ordinal)})";
        }

        return string.Join(", ", new[] { document, AuthoringText.Cell(source.Edition), AuthoringText.Cell(source.Clause) }.Where(s => s.Length > 0));
    }

    /// <summary>The pack a rule file belongs to: the first folder under <c>rules/</c> for built-in files, else the file's folder.</summary>
    private static string PackOf(string file)
    {
        if (file.StartsWith(AuthoringText.BuiltInRulesPrefix, StringComparison.Ordinal))
        {
            var rest = file[AuthoringText.BuiltInRulesPrefix.Length..];
            var slash = rest.IndexOf('/', StringComparison.Ordinal);
            return slash < 0 ? "." : rest[..slash];
        }

        var folder = Path.GetDirectoryName(file);
        return string.IsNullOrEmpty(folder) ? "." : folder.Replace('\\', '/');
    }

    private static string DisplayPath(string file) =>
        file.StartsWith(AuthoringText.BuiltInRulesPrefix, StringComparison.Ordinal) ? file[AuthoringText.BuiltInRulesPrefix.Length..] : file.Replace('\\', '/');

    private static string Json(IReadOnlyList<RuleDefinition> rules, int total, Profile? profile, string language)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, NewLine = "\n" }))
        {
            json.WriteStartObject();
            if (profile is null)
            {
                json.WriteNull("profile");
            }
            else
            {
                json.WriteStartObject("profile");
                json.WriteString("name", profile.Name);
                json.WriteString("title", profile.TitleIn(language));
                json.WriteEndObject();
            }

            json.WriteNumber("count", rules.Count);
            json.WriteNumber("total", total);
            json.WriteStartArray("rules");
            foreach (var rule in rules)
            {
                WriteRule(json, rule, language);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    /// <summary>One rule's metadata as JSON (shared with <c>compare --format json</c>).</summary>
    public static void WriteRule(Utf8JsonWriter json, RuleDefinition rule, string language = "en")
    {
        json.WriteStartObject();
        json.WriteString("id", rule.Id);
        json.WriteString("title", rule.TitleIn(language));
        json.WriteStartArray("stages");
        foreach (var stage in rule.Stages)
        {
            json.WriteStringValue(AuthoringText.Word(stage));
        }

        json.WriteEndArray();
        json.WriteString("severity", AuthoringText.Word(rule.Severity));
        json.WriteString("status", AuthoringText.Word(rule.Status));
        json.WriteString("version", rule.Version);
        json.WriteStartObject("effective");
        WriteNullable(json, "from", rule.EffectiveFrom is { } from ? AuthoringText.Date(from) : null);
        WriteNullable(json, "until", rule.EffectiveUntil is { } until ? AuthoringText.Date(until) : null);
        json.WriteEndObject();
        if (rule.Jurisdictions is { } jurisdictions)
        {
            json.WriteStartArray("jurisdictions");
            foreach (var jurisdiction in jurisdictions)
            {
                json.WriteStringValue(jurisdiction);
            }

            json.WriteEndArray();
        }
        else
        {
            json.WriteNull("jurisdictions");
        }

        json.WriteStartArray("tags");
        foreach (var tag in rule.Tags)
        {
            json.WriteStringValue(tag);
        }

        json.WriteEndArray();
        json.WriteStartObject("source");
        json.WriteString("document", rule.Source.Document);
        WriteNullable(json, "edition", rule.Source.Edition);
        WriteNullable(json, "clause", rule.Source.Clause);
        WriteNullable(json, "url", rule.Source.Url);
        json.WriteEndObject();
        json.WriteString("file", AuthoringText.DisplayFile(rule.Span.File));
        json.WriteNumber("line", rule.Span.Line);
        json.WriteEndObject();
    }

    private static void WriteNullable(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }
}
