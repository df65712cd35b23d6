using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using HydrogenSafety.Cli.Inputs;
using HydrogenSafety.Diagnostics;
using HydrogenSafety.Evaluation;
using HydrogenSafety.Facilities;
using HydrogenSafety.Profiles;
using HydrogenSafety.Rules;

namespace HydrogenSafety.Cli.Commands;

/// <summary>
/// <c>h2safety explain RULE-ID [--rules PATH]... [--profile NAME|FILE]</c>: one rule in words a safety
/// engineer reads: title, metadata, citation, subjects, applicability, requirement, parameters, the
/// tables it looks up with their bands, message, remediation and its test cases. An unknown id is exit 2
/// with a "did you mean".
/// </summary>
internal static class ExplainCommand
{
    public static Command Create()
    {
        var id = new Argument<string>("RULE-ID")
        {
            Description = "The rule id, e.g. KR-HPG-PROTECTED-FACILITY-DIST (see 'h2safety rules').",
        };
        var rules = AuthoringOptions.Rules();
        var profile = AuthoringOptions.Profile("Show the rule as a profile tailors it (severity, parameters) and whether the profile selects it.");
        var language = AuthoringOptions.Language();
        var command = new Command("explain", "Explain a rule in words: subjects, applicability, requirement, tables, citation, remediation, tests.")
        {
            id, rules, profile, language,
        };
        command.SetAction(parseResult => Execute(
            parseResult.GetValue(id)!,
            parseResult.GetValue(rules) ?? [],
            parseResult.GetValue(profile),
            parseResult.InvocationConfiguration.Output,
            parseResult.InvocationConfiguration.Error,
            parseResult.GetValue(language)));
        return command;
    }

    /// <summary>Loads the rules, finds the rule (exit 2 with suggestions when unknown) and prints it.</summary>
    public static int Execute(string id, IReadOnlyList<string> rulePaths, string? profileName, TextWriter stdout, TextWriter stderr,
        Reporting.ReportLanguage language = Reporting.ReportLanguage.English)
    {
        var log = new LoadLog();
        var (rules, profile) = InputLoader.LoadTailoredRules(rulePaths, profileName, log);

        log.WriteTo(stderr);
        if (log.HasErrors || rules is null)
        {
            return ExitCodes.BadInput;
        }

        var rule = rules.Rules.FirstOrDefault(r => string.Equals(r.Id, id, StringComparison.Ordinal));
        if (rule is null)
        {
            var near = AuthoringText.NearIds(id, rules.Rules.Select(r => r.Id));
            var where = rulePaths.Count == 0 ? "the built-in rules" : "the rules loaded";
            // The id is echoed as typed and the suggestions come from rule files: control characters are escaped.
            stderr.WriteLine(PrintableText.Of($"error {DiagnosticCodes.Usage}: no rule has the id '{id}' in {where}{AuthoringText.DidYouMean(near)}"));
            stderr.WriteLine($"Run '{CliApp.ToolName} rules' to list the rules.");
            return ExitCodes.BadInput;
        }

        stdout.Write(PrintableText.Of(Explain(rule, rules, profile, language)));
        return ExitCodes.Success;
    }

    /// <summary>The explanation text of one rule.</summary>
    /// <remarks>
    /// In Korean or Japanese the title, message and remediation come from the rule's translation (English per missing
    /// field), with the English title under the translated one; the explanation's own words stay English.
    /// </remarks>
    public static string Explain(RuleDefinition rule, RuleSet rules, Profile? profile, Reporting.ReportLanguage language = Reporting.ReportLanguage.English)
    {
        var code = Reporting.ReportLanguages.Code(language);
        var sb = new StringBuilder();
        var title = rule.TitleIn(code);
        sb.Append(CultureInfo.InvariantCulture, $"{rule.Id} (version {rule.Version})\n{title}\n");
        if (!string.Equals(title, rule.Title, StringComparison.Ordinal))
        {
            sb.Append(CultureInfo.InvariantCulture, $"({rule.Title})\n");
        }

        sb.Append('\n');
        Field(sb, "Status", StatusInWords(rule.Status));
        Field(sb, "Severity", AuthoringText.Word(rule.Severity) + (profile is null ? string.Empty : $" (as tailored by profile {profile.Name})"));
        Field(sb, "Stages", AuthoringText.Stages(rule.Stages));
        Field(sb, "Jurisdictions", AuthoringText.Jurisdictions(rule));
        Field(sb, "In effect", AuthoringText.Effective(rule));
        if (rule.Tags.Count > 0)
        {
            Field(sb, "Tags", string.Join(", ", rule.Tags));
        }

        if (profile is not null)
        {
            Field(sb, "Profile", rules.Excluded.Contains(rule.Id)
                ? $"left out by profile {profile.Name}"
                : $"selected by profile {profile.Name}");
        }

        Field(sb, "Source", AuthoringText.OneLine(AuthoringText.Citation(rule.Source)));
        if (rule.Source.Url is { Length: > 0 } url)
        {
            Field(sb, string.Empty, url);
        }

        Field(sb, "Defined in", rule.Span.ToString());

        sb.Append("\nApplies to\n");
        sb.Append(CultureInfo.InvariantCulture, $"  {Capitalise(AuthoringText.SubjectsPhrase(rule))}.\n");
        if (rule.When is { } when)
        {
            sb.Append("  Only when:\n");
            AuthoringText.WriteIndented(sb, when.Text, "    ");
            sb.Append("  (otherwise the outcome is not_applicable)\n");
        }
        else
        {
            sb.Append("  Always (no `when`): every binding of the subjects is checked.\n");
        }

        sb.Append("\nRequirement\n");
        if (rule.Require.Count == 1)
        {
            AuthoringText.WriteIndented(sb, rule.Require[0].Text, "  ");
        }
        else
        {
            sb.Append("  All of:\n");
            for (var i = 0; i < rule.Require.Count; i++)
            {
                var lines = rule.Require[i].Text.Trim().Split('\n');
                sb.Append(CultureInfo.InvariantCulture, $"  {AuthoringText.Number(i + 1)}. {lines[0].TrimEnd()}\n");
                foreach (var line in lines.Skip(1))
                {
                    sb.Append("     ").Append(line.TrimEnd()).Append('\n');
                }
            }
        }

        sb.Append("  A requirement that needs a value the facility does not give is indeterminate, never a pass.\n");
        if (rule.Params.Count > 0)
        {
            sb.Append("\nParameters").Append(profile is null ? " (a profile may override them)" : $" (as tailored by profile {profile.Name})").Append('\n');
            foreach (var (name, value) in rule.Params)
            {
                sb.Append(CultureInfo.InvariantCulture, $"  params.{name} = {value}\n");
            }
        }

        var tables = TablesUsed(rule, rules).ToList();
        if (tables.Count > 0)
        {
            sb.Append("\nTables\n");
            var texts = string.Join("\n", ExpressionTexts(rule));
            foreach (var table in tables)
            {
                AppendTable(sb, table, texts);
            }
        }

        if (rule.MessageIn(code) is { } message)
        {
            sb.Append("\nMessage\n");
            AuthoringText.WriteIndented(sb, message.Text, "  ");
        }

        sb.Append("\nRemediation\n");
        AuthoringText.WriteIndented(sb, rule.RemediationIn(code) ?? "(none given)", "  ");

        sb.Append(CultureInfo.InvariantCulture, $"\nTests ({AuthoringText.Number(rule.Tests.Count)}; run them with '{CliApp.ToolName} test')\n");
        if (rule.Tests.Count == 0)
        {
            sb.Append("  (none)\n");
        }

        foreach (var test in rule.Tests)
        {
            var expectations = string.Join(", ", test.Expect.Select(e => $"{e.Key} → {OutcomeNames.Of(e.Value)}"));
            sb.Append(CultureInfo.InvariantCulture, $"  - {test.Name}: expects {expectations}");
            if (test.Applicable is { } n)
            {
                sb.Append(CultureInfo.InvariantCulture, $" ({AuthoringText.Count(n, "applicable binding", "applicable bindings")})");
            }

            sb.Append('\n');
            sb.Append("      ").Append(FacilityInWords(test.Facility)).Append('\n');
        }

        return sb.ToString();
    }

    private static string StatusInWords(RuleStatus status) => status switch
    {
        RuleStatus.Enforced => "enforced (a violation fails 'h2safety check')",
        RuleStatus.Advisory => "advisory (reported, never fails a run)",
        _ => "draft (not evaluated unless --include-drafts)",
    };

    private static void Field(StringBuilder sb, string name, string value) =>
        sb.Append((name.Length == 0 ? string.Empty : name + ":").PadRight(15)).Append(value).Append('\n');

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    /// <summary>The tables the rule calls in its expressions (<c>name(…)</c>), in declaration order.</summary>
    public static IEnumerable<LookupTable> TablesUsed(RuleDefinition rule, RuleSet rules)
    {
        var texts = ExpressionTexts(rule).ToList();
        return rules.Tables.Where(t => texts.Any(text => Regex.IsMatch(text, $@"(?<![A-Za-z0-9_.]){Regex.Escape(t.Name)}\s*\(", RegexOptions.CultureInvariant)));
    }

    private static IEnumerable<string> ExpressionTexts(RuleDefinition rule) =>
        rule.Require.Select(r => r.Text)
            .Concat(rule.Subjects.Where(s => s.Where is not null).Select(s => s.Where!.Text))
            .Append(rule.When?.Text ?? string.Empty)
            .Append(rule.Message?.Text ?? string.Empty);

    /// <summary>The table's bands; only the columns the rule names (<c>.column</c>) when it names any.</summary>
    private static void AppendTable(StringBuilder sb, LookupTable table, string texts)
    {
        sb.Append(CultureInfo.InvariantCulture, $"  {table.Name}(key).column, key: {DimensionWord(table)}");
        if (table.Source is { } source)
        {
            sb.Append(CultureInfo.InvariantCulture, $"; source: {AuthoringText.OneLine(AuthoringText.Citation(source))}");
        }

        sb.Append('\n');
        var columns = table.Rows.Count == 0 ? [] : table.Rows[0].Columns.Keys.ToList();
        var used = columns.Where(c => Regex.IsMatch(texts, $@"\)\s*\.{Regex.Escape(c)}(?![A-Za-z0-9_])", RegexOptions.CultureInvariant)).ToList();
        if (used.Count > 0 && used.Count < columns.Count)
        {
            sb.Append(CultureInfo.InvariantCulture, $"    (the columns this rule reads; the table has {AuthoringText.Number(columns.Count)})\n");
            columns = used;
        }

        var rows = table.Rows.Select(r => columns.Select(c => r.Columns.TryGetValue(c, out var v) ? v.ToString() : string.Empty).Prepend(r.Describe()).ToArray()).ToList();
        var header = columns.Prepend("band").ToArray();
        var widths = Enumerable.Range(0, header.Length).Select(i => rows.Select(r => r[i].Length).Append(header[i].Length).Max()).ToList();
        foreach (var row in rows.Prepend(header))
        {
            sb.Append("    ");
            for (var i = 0; i < row.Length; i++)
            {
                sb.Append(i == row.Length - 1 ? row[i] : row[i].PadRight(widths[i] + 2));
            }

            sb.Append('\n');
        }

        if (table.GapsAllowed)
        {
            sb.Append("    (gaps allowed: a value between bands has no row, and the outcome is indeterminate)\n");
        }

        sb.Append("    A value outside every band has no row: the outcome is indeterminate.\n");
    }

    private static string DimensionWord(LookupTable table) => table.KeyDimension switch
    {
        Units.Dimension.Dimensionless => "number",
        Units.Dimension.MassFlow => "mass flow",
        Units.Dimension.HeatFlux => "heat flux",
        var d => d.ToString().ToLowerInvariant(),
    };

    /// <summary>A test facility in one line: header facts, components with their attributes, measured distances.</summary>
    private static string FacilityInWords(Facility facility)
    {
        var parts = new List<string>();
        var header = new List<string>();
        if (facility.Type is { } type)
        {
            header.Add($"type {type}");
        }

        if (facility.Jurisdiction is { } jurisdiction)
        {
            header.Add($"jurisdiction {jurisdiction}");
        }

        header.AddRange(facility.Attributes.Select(a => $"{a.Key} {a.Value}"));
        if (header.Count > 0)
        {
            parts.Add("facility: " + string.Join(", ", header));
        }

        var components = facility.Components.Select(c =>
        {
            var facts = new List<string> { c.Kind };
            if (c.Area is { } area)
            {
                facts.Add($"area {area}");
            }

            facts.AddRange(c.Attributes.Select(a => $"{a.Key} {a.Value}"));
            if (c.Position is { } p)
            {
                facts.Add(p.Z == 0 ? $"at [{Coordinate(p.X)}, {Coordinate(p.Y)}]" : $"at [{Coordinate(p.X)}, {Coordinate(p.Y)}, {Coordinate(p.Z)}]");
            }

            return $"{c.Id} ({string.Join(", ", facts)})";
        }).ToList();
        parts.Add(components.Count == 0 ? "no components" : string.Join("; ", components));
        if (facility.Distances.Count > 0)
        {
            parts.Add("measured: " + string.Join(", ", facility.Distances.Select(d => $"{d.First}–{d.Second} {d.Distance}")));
        }

        return string.Join(" | ", parts);
    }

    private static string Coordinate(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}
