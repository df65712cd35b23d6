using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using HydrogenSafety.Cli.Inputs;
using HydrogenSafety.Diagnostics;
using HydrogenSafety.Evaluation;
using HydrogenSafety.Facilities;
using HydrogenSafety.Rules;

namespace HydrogenSafety.Cli.Commands;

/// <summary>
/// <c>h2safety compare FACILITY --profiles A,B[,C] [--rules PATH]... [--format text|markdown|json]
/// [--group-by tag|stage] [--all] [--as-of DATE] [--keep-jurisdiction]</c>: evaluates one facility under
/// several profiles and prints, topic by topic (a rule's first tag, or its first stage), what each profile
/// requires of the facility (rule, title, requirement) and the outcome under each, side by side.
/// </summary>
/// <remarks>
/// The facility's own <c>jurisdiction</c> is set aside by default: a KR facility would otherwise leave out
/// every JP rule, and the question asked here is what each profile's rules would require of it.
/// </remarks>
internal static class CompareCommand
{
    public static Command Create()
    {
        var facility = new Argument<string>("FACILITY")
        {
            Description = "One facility file.",
        };
        facility.Validators.Add(InputArguments.RejectUnknownOptions);
        var profiles = new Option<string>("--profiles")
        {
            Description = "Two or more profiles, comma-separated: built-in names or profile files, e.g. kr-hydrogen,jp-hydrogen.",
            HelpName = "A,B[,C]",
            Required = true,
        };
        var rules = AuthoringOptions.Rules();
        var format = AuthoringOptions.Format("text", "markdown", "json");
        var output = AuthoringOptions.Output("the comparison");
        var asOf = AuthoringOptions.AsOf();
        var groupBy = new Option<string>("--group-by")
        {
            Description = "Group rules into topics by their first tag (stage when untagged), or by their first stage.",
            DefaultValueFactory = _ => "tag",
        };
        groupBy.AcceptOnlyFromAmong("tag", "stage");
        var all = new Option<bool>("--all")
        {
            Description = "Also list selected rules that do not apply to this facility (not applicable under every profile).",
        };
        var keepJurisdiction = new Option<bool>("--keep-jurisdiction")
        {
            Description = "Keep the facility's jurisdiction, so that rules of other jurisdictions are left out under every profile.",
        };
        var command = new Command("compare", "Evaluate one facility under several profiles and show, topic by topic, what each requires and the outcome under each.")
        {
            facility, profiles, rules, format, output, asOf, groupBy, all, keepJurisdiction,
        };
        command.SetAction(parseResult => Execute(
            new CompareSettings
            {
                Facility = parseResult.GetValue(facility)!,
                Profiles = (parseResult.GetValue(profiles) ?? string.Empty)
                    .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
                Rules = parseResult.GetValue(rules) ?? [],
                Format = parseResult.GetValue(format) ?? "text",
                Output = parseResult.GetValue(output),
                AsOf = parseResult.GetValue(asOf),
                GroupBy = parseResult.GetValue(groupBy) ?? "tag",
                All = parseResult.GetValue(all),
                KeepJurisdiction = parseResult.GetValue(keepJurisdiction),
            },
            parseResult.InvocationConfiguration.Output,
            parseResult.InvocationConfiguration.Error));
        return command;
    }

    /// <summary>Loads, evaluates under each profile, writes the comparison; exit 0, or 2 on bad input.</summary>
    public static int Execute(CompareSettings settings, TextWriter stdout, TextWriter stderr)
    {
        var commandPath = $"{CliApp.ToolName} compare";
        if (settings.Profiles.Count < 2)
        {
            throw new UsageException("--profiles needs two or more profiles separated by commas, e.g. kr-hydrogen,jp-hydrogen.", commandPath);
        }

        if (settings.Profiles.Distinct(StringComparer.Ordinal).Count() != settings.Profiles.Count)
        {
            throw new UsageException("--profiles names a profile twice.", commandPath);
        }

        if (Directory.Exists(settings.Facility))
        {
            throw new UsageException($"'{settings.Facility}' is a folder; compare takes one facility file.", commandPath);
        }

        var log = new LoadLog();
        var rules = InputLoader.LoadRules(settings.Rules, log);
        var files = InputFiles.ResolveFacilities([settings.Facility], log);
        var loaded = InputLoader.LoadFacilities(files, log);
        var engines = new List<ComplianceEngine>();
        if (rules is not null)
        {
            foreach (var profile in settings.Profiles)
            {
                try
                {
                    engines.Add(ComplianceEngine.Create(rules, new EngineOptions { Profile = profile, AsOf = settings.AsOf }));
                }
                catch (LoadException exception)
                {
                    log.Add(exception);
                }
            }
        }

        log.WriteTo(stderr);
        if (log.HasErrors || rules is null || loaded is not [{ } facility] || engines.Count != settings.Profiles.Count)
        {
            return ExitCodes.BadInput;
        }

        var evaluated = settings.KeepJurisdiction || facility.Jurisdiction is null ? facility : WithoutJurisdiction(facility);
        var columns = engines.Select((engine, i) => new Column(
            settings.Profiles[i],
            Profiles.Profile.Resolve(settings.Profiles[i]),
            engine.Rules,
            engine.Evaluate(evaluated))).ToList();
        var comparison = Build(columns, settings);
        var text = settings.Format switch
        {
            "markdown" => Markdown(comparison, facility, settings),
            "json" => Json(comparison, facility, settings),
            _ => Text(comparison, facility, settings),
        };
        return AuthoringOptions.Write(settings.Output, text, stdout, stderr, "compare") ? ExitCodes.Success : ExitCodes.BadInput;
    }

    private static Facility WithoutJurisdiction(Facility facility) => new()
    {
        Id = facility.Id,
        Name = facility.Name,
        Jurisdiction = null,
        Type = facility.Type,
        Attributes = facility.Attributes,
        Components = facility.Components,
        Distances = facility.Distances,
        Waivers = facility.Waivers,
        File = facility.File,
        Span = facility.Span,
        Warnings = facility.Warnings,
    };

    /// <summary>One profile's side: its name as given, the profile, the tailored rules and the report.</summary>
    private sealed record Column(string Argument, Profiles.Profile Profile, RuleSet Rules, ComplianceReport Report);

    /// <summary>One rule under one profile.</summary>
    private sealed record Cell(bool Selected, string? Reason, RuleDefinition? Rule, IReadOnlyList<Finding> Findings)
    {
        public OutcomeCounts Counts => OutcomeCounts.Of(Findings.Select(f => f.Outcome));

        public bool Applies => Selected && Findings.Any(f => f.Outcome != Outcome.NotApplicable);

        public string Summary => !Selected ? Reason! : AuthoringText.Outcomes(Counts);
    }

    private sealed record Row(RuleDefinition Rule, IReadOnlyList<Cell> Cells);

    private sealed record Topic(string Name, IReadOnlyList<Row> Rows);

    private sealed record Comparison(IReadOnlyList<Column> Columns, IReadOnlyList<Topic> Topics);

    private static Comparison Build(IReadOnlyList<Column> columns, CompareSettings settings)
    {
        var ids = columns.SelectMany(c => c.Report.RuleResults.Select(r => r.RuleId)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        var rows = new List<Row>();
        foreach (var id in ids)
        {
            var cells = columns.Select(column =>
            {
                var rule = column.Rules.Rules.FirstOrDefault(r => string.Equals(r.Id, id, StringComparison.Ordinal));
                if (!column.Report.RuleResults.Any(r => string.Equals(r.RuleId, id, StringComparison.Ordinal)))
                {
                    var reason = column.Rules.Excluded.Contains(id) ? "not in profile" : "not selected (jurisdiction, dates or status)";
                    return new Cell(false, reason, rule, []);
                }

                return new Cell(true, null, rule, column.Report.Findings.Where(f => string.Equals(f.RuleId, id, StringComparison.Ordinal)).ToList());
            }).ToList();
            if (!settings.All && !cells.Any(c => c.Applies))
            {
                continue;
            }

            rows.Add(new Row(cells.First(c => c.Rule is not null).Rule!, cells));
        }

        var topics = rows.GroupBy(r => TopicOf(r.Rule, settings.GroupBy), StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new Topic(g.Key, g.ToList()))
            .ToList();
        return new Comparison(columns, topics);
    }

    private static string TopicOf(RuleDefinition rule, string groupBy) =>
        groupBy == "tag" && rule.Tags.Count > 0 ? rule.Tags[0] : AuthoringText.Word(rule.Stages[0]);

    private static string Header(Comparison comparison, Facility facility, CompareSettings settings)
    {
        var sb = new StringBuilder();
        var asOf = comparison.Columns[0].Report.AsOf;
        sb.Append(CultureInfo.InvariantCulture, $"Facility {facility.Id}{(facility.File is { } file ? $" ({file})" : string.Empty)} under {AuthoringText.Number(comparison.Columns.Count)} profiles, as of {AuthoringText.Date(asOf)}.\n");
        if (facility.Jurisdiction is { } jurisdiction)
        {
            sb.Append(settings.KeepJurisdiction
                ? $"The facility's jurisdiction ({jurisdiction}) is kept: rules of other jurisdictions are left out under every profile.\n"
                : $"The facility's jurisdiction ({jurisdiction}) is set aside so that each profile's own rules apply (--keep-jurisdiction keeps it).\n");
        }

        return sb.ToString();
    }

    private static string ProfileSummary(Column column)
    {
        var selected = column.Report.RuleResults.Count;
        return $"{AuthoringText.Count(selected, "rule", "rules")} selected; {AuthoringText.Outcomes(column.Report.Summary)}";
    }

    private static string Text(Comparison comparison, Facility facility, CompareSettings settings)
    {
        var sb = new StringBuilder();
        sb.Append(Header(comparison, facility, settings)).Append('\n');
        var width = comparison.Columns.Max(c => c.Argument.Length);
        foreach (var column in comparison.Columns)
        {
            sb.Append(CultureInfo.InvariantCulture, $"  {column.Argument.PadRight(width)}  {column.Profile.Title}\n  {new string(' ', width)}  {ProfileSummary(column)}\n");
        }

        if (comparison.Topics.Count == 0)
        {
            sb.Append("\nNo selected rule applies to this facility under these profiles (--all lists the rules that do not apply).\n");
        }

        foreach (var topic in comparison.Topics)
        {
            sb.Append(CultureInfo.InvariantCulture, $"\n== {topic.Name} ({AuthoringText.Count(topic.Rows.Count, "rule", "rules")})\n");
            foreach (var (column, i) in comparison.Columns.Select((c, i) => (c, i)))
            {
                var cells = topic.Rows.Select(r => r.Cells[i]).ToList();
                var outcomes = OutcomeCounts.Of(cells.SelectMany(c => c.Findings).Select(f => f.Outcome));
                var selected = cells.Count(c => c.Selected);
                sb.Append(CultureInfo.InvariantCulture, $"   {column.Argument.PadRight(width)}  {(selected == 0 ? "no rule selected" : $"{AuthoringText.Count(selected, "rule", "rules")}: {AuthoringText.Outcomes(outcomes)}")}\n");
            }

            foreach (var row in topic.Rows)
            {
                sb.Append(CultureInfo.InvariantCulture, $"\n{row.Rule.Id}  {row.Rule.Title}\n");
                sb.Append(CultureInfo.InvariantCulture, $"  source:   {AuthoringText.OneLine(AuthoringText.Citation(row.Rule.Source))}\n");
                sb.Append(CultureInfo.InvariantCulture, $"  for:      {AuthoringText.SubjectsPhrase(row.Rule)}\n");
                if (row.Rule.When is { } when)
                {
                    AppendLines(sb, "  when:     ", when.Text);
                }

                foreach (var require in row.Rule.Require)
                {
                    AppendLines(sb, "  requires: ", require.Text);
                }

                foreach (var (column, i) in comparison.Columns.Select((c, i) => (c, i)))
                {
                    var cell = row.Cells[i];
                    sb.Append(CultureInfo.InvariantCulture, $"  {(column.Argument + ":").PadRight(width + 1)}  {cell.Summary}");
                    if (cell.Selected && cell.Rule is { } rule)
                    {
                        sb.Append(CultureInfo.InvariantCulture, $" [{AuthoringText.Word(rule.Severity)}, {AuthoringText.Word(rule.Status)}]");
                        if (ParamsDiffer(row))
                        {
                            sb.Append(CultureInfo.InvariantCulture, $" with {string.Join(", ", rule.Params.Select(p => $"params.{p.Key} = {p.Value}"))}");
                        }
                    }

                    sb.Append('\n');
                    foreach (var finding in cell.Findings.Where(f => f.Outcome is not (Outcome.Pass or Outcome.NotApplicable)))
                    {
                        sb.Append(CultureInfo.InvariantCulture, $"  {new string(' ', width + 1)}    {OutcomeNames.Of(finding.Outcome)}{Binding(finding)}: {AuthoringText.OneLine(finding.Message)}\n");
                    }
                }
            }
        }

        return sb.ToString();
    }

    private static void AppendLines(StringBuilder sb, string label, string text)
    {
        var lines = text.Trim().Split('\n');
        sb.Append(label).Append(lines[0].TrimEnd()).Append('\n');
        foreach (var line in lines.Skip(1))
        {
            sb.Append(new string(' ', label.Length)).Append(line.TrimEnd()).Append('\n');
        }
    }

    private static bool ParamsDiffer(Row row)
    {
        var texts = row.Cells.Where(c => c.Selected && c.Rule is not null)
            .Select(c => string.Join(";", c.Rule!.Params.Select(p => $"{p.Key}={p.Value}")))
            .Distinct(StringComparer.Ordinal)
            .Count();
        return texts > 1;
    }

    /// <summary>" (A, B)" before a message, left out when the message already starts with the first id.</summary>
    private static string Binding(Finding finding)
    {
        var ids = finding.Subjects.Count == 0 ? "facility" : string.Join(", ", finding.Subjects.Select(s => s.ComponentId));
        return finding.Subjects.Count > 0 && finding.Message.StartsWith(finding.Subjects[0].ComponentId, StringComparison.Ordinal) ? string.Empty : $" ({ids})";
    }

    private static string Markdown(Comparison comparison, Facility facility, CompareSettings settings)
    {
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"# {AuthoringText.Cell(facility.Id)}: {string.Join(" vs ", comparison.Columns.Select(c => c.Argument))}\n\n");
        sb.Append(Header(comparison, facility, settings)).Append('\n');
        sb.Append("| profile | title | rules selected | outcomes |\n|---|---|---:|---|\n");
        foreach (var column in comparison.Columns)
        {
            sb.Append(CultureInfo.InvariantCulture, $"| `{column.Argument}` | {AuthoringText.Cell(column.Profile.Title)} | {AuthoringText.Number(column.Report.RuleResults.Count)} | {AuthoringText.Outcomes(column.Report.Summary)} |\n");
        }

        foreach (var topic in comparison.Topics)
        {
            sb.Append(CultureInfo.InvariantCulture, $"\n## {AuthoringText.Cell(topic.Name)}\n\n");
            sb.Append("| rule | requires | ").Append(string.Join(" | ", comparison.Columns.Select(c => $"`{c.Argument}`"))).Append(" |\n");
            sb.Append("|---|---|").Append(string.Concat(comparison.Columns.Select(_ => "---|"))).Append('\n');
            foreach (var row in topic.Rows)
            {
                var requires = string.Join(" and ", row.Rule.Require.Select(r => AuthoringText.Code(r.Text)));
                if (row.Rule.When is { } when)
                {
                    requires += " when " + AuthoringText.Code(when.Text);
                }

                sb.Append(CultureInfo.InvariantCulture, $"| `{row.Rule.Id}` {AuthoringText.Cell(row.Rule.Title)} | {requires} | ");
                sb.Append(string.Join(" | ", row.Cells.Select(c => c.Selected && c.Rule is { } rule
                    ? $"{(c.Counts.Violation > 0 ? "**" + c.Summary + "**" : c.Summary)} ({AuthoringText.Word(rule.Severity)})"
                    : c.Summary)));
                sb.Append(" |\n");
            }
        }

        return sb.ToString();
    }

    private static string Json(Comparison comparison, Facility facility, CompareSettings settings)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, NewLine = "\n" }))
        {
            json.WriteStartObject();
            json.WriteString("compare", "h2safety/compare/1");
            json.WriteStartObject("facility");
            json.WriteString("id", facility.Id);
            WriteNullable(json, "file", facility.File);
            WriteNullable(json, "jurisdiction", facility.Jurisdiction);
            json.WriteBoolean("jurisdiction_kept", settings.KeepJurisdiction || facility.Jurisdiction is null);
            json.WriteEndObject();
            json.WriteString("as_of", AuthoringText.Date(comparison.Columns[0].Report.AsOf));
            json.WriteString("group_by", settings.GroupBy);
            json.WriteStartArray("profiles");
            foreach (var column in comparison.Columns)
            {
                json.WriteStartObject();
                json.WriteString("name", column.Profile.Name);
                json.WriteString("title", column.Profile.Title);
                json.WriteNumber("rules_selected", column.Report.RuleResults.Count);
                WriteCounts(json, "summary", column.Report.Summary);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("topics");
            foreach (var topic in comparison.Topics)
            {
                json.WriteStartObject();
                json.WriteString("topic", topic.Name);
                json.WriteStartArray("rules");
                foreach (var row in topic.Rows)
                {
                    WriteRow(json, comparison, row);
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static void WriteRow(Utf8JsonWriter json, Comparison comparison, Row row)
    {
        json.WriteStartObject();
        json.WriteString("id", row.Rule.Id);
        json.WriteString("title", row.Rule.Title);
        json.WriteString("subjects", AuthoringText.SubjectsPhrase(row.Rule));
        WriteNullable(json, "when", row.Rule.When?.Text);
        json.WriteStartArray("require");
        foreach (var require in row.Rule.Require)
        {
            json.WriteStringValue(require.Text);
        }

        json.WriteEndArray();
        json.WriteStartObject("source");
        json.WriteString("document", row.Rule.Source.Document);
        WriteNullable(json, "edition", row.Rule.Source.Edition);
        WriteNullable(json, "clause", row.Rule.Source.Clause);
        WriteNullable(json, "url", row.Rule.Source.Url);
        json.WriteEndObject();
        json.WriteStartObject("outcomes");
        foreach (var (column, i) in comparison.Columns.Select((c, i) => (c, i)))
        {
            var cell = row.Cells[i];
            json.WriteStartObject(column.Profile.Name);
            json.WriteBoolean("selected", cell.Selected);
            if (!cell.Selected)
            {
                json.WriteString("reason", cell.Reason);
                json.WriteEndObject();
                continue;
            }

            json.WriteString("severity", AuthoringText.Word(cell.Rule!.Severity));
            json.WriteString("status", AuthoringText.Word(cell.Rule.Status));
            json.WriteString("outcome", cell.Summary);
            WriteCounts(json, "counts", cell.Counts);
            json.WriteStartObject("params");
            foreach (var (name, value) in cell.Rule.Params)
            {
                json.WriteString(name, value.ToString());
            }

            json.WriteEndObject();
            json.WriteStartArray("findings");
            foreach (var finding in cell.Findings)
            {
                json.WriteStartObject();
                json.WriteString("outcome", OutcomeNames.Of(finding.Outcome));
                json.WriteStartObject("subjects");
                foreach (var subject in finding.Subjects)
                {
                    json.WriteString(subject.Name, subject.ComponentId);
                }

                json.WriteEndObject();
                json.WriteString("message", finding.Message);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteCounts(Utf8JsonWriter json, string name, OutcomeCounts counts)
    {
        json.WriteStartObject(name);
        foreach (var (outcome, count) in AuthoringText.WorstFirst(counts))
        {
            json.WriteNumber(OutcomeNames.Of(outcome), count);
        }

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
