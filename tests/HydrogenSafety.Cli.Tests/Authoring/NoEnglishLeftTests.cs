using System.Net;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using HydrogenSafety.Reporting;
using HydrogenSafety.Rules;

namespace HydrogenSafety.Cli.Tests.Authoring;

/// <summary>
/// The Korean and Japanese reports of the samples carry no English word of the report's own: every phrase the
/// English <see cref="ReportStrings"/> prints (headings, labels, outcome names, the subjects phrase …) is absent
/// from the Markdown and HTML of <c>check</c> and the text and Markdown of <c>compare</c>, once the text the rules
/// and facility supply (citations, expressions, ids, attribute names, units) is set aside. The rules used are the
/// built-in ones whose translation in that language is complete, so no per-field fallback is in play.
/// </summary>
public class NoEnglishLeftTests : AuthoringTestBase
{
    private const string Marker = "\u0001";

    [TestCase("ko", "kr-ulsan-hrs.yaml")]
    [TestCase("ja", "jp-82mpa-station.yaml")]
    [TestCase("ko", "jp-82mpa-station.yaml")]
    [TestCase("ja", "kr-ulsan-hrs.yaml")]
    [TestCase("ko", "no components, KR")]
    [TestCase("ja", "no components, JP")]
    public void Reports_in_the_language_have_no_english_ui_phrase(string language, string sample)
    {
        var rules = Complete(language);
        rules.Should().NotBeEmpty();
        var profiles = Profiles(rules);

        // A facility without components: every rule with subjects says that no component matches them.
        var empty = sample.StartsWith("no components", StringComparison.Ordinal);
        var facility = empty
            ? Write("empty.yaml", $"facility:\n  id: empty-site\n  jurisdiction: {sample[^2..]}\n  type: fueling_station\ncomponents: []\n")
            : Path.Combine(RepositoryRoot, "samples", "facilities", sample);
        var junit = Run("check", facility, "--profile", profiles[0], "--lang", language, "--format", "junit", "--as-of", "2026-06-01").Stdout;
        if (empty)
        {
            junit.Should().Contain("[facility]\" classname=", "rules with subjects have one finding for the facility")
                .And.Contain("<skipped message=", "the not-applicable findings carry the no-match sentence");
        }

        var outputs = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["check markdown"] = Markdown(Run("check", facility, "--profile", profiles[0], "--lang", language, "--format", "markdown", "--as-of", "2026-06-01").Stdout),
            ["check html --show-passes"] = Html(Run("check", facility, "--profile", profiles[0], "--lang", language, "--format", "html", "--show-passes", "--as-of", "2026-06-01").Stdout),
            ["check markdown --show-passes"] = Markdown(Run("check", facility, "--profile", profiles[0], "--lang", language, "--format", "markdown", "--show-passes", "--as-of", "2026-06-01").Stdout),
            ["check text --show-passes"] = Run("check", facility, "--profile", profiles[0], "--lang", language, "--show-passes", "--as-of", "2026-06-01").Stdout,
            ["check junit"] = JUnit(junit),
            ["compare text"] = Run("compare", facility, "--profiles", string.Join(',', profiles), "--all", "--lang", language, "--as-of", "2026-06-01").Stdout,
            ["compare markdown"] = Markdown(Run("compare", facility, "--profiles", string.Join(',', profiles), "--all", "--lang", language, "--format", "markdown", "--as-of", "2026-06-01").Stdout),
        };

        var phrases = EnglishPhrases();
        phrases.Should().Contain(["for each", "Findings", "Summary"], "the phrase list is read from the English words");
        foreach (var (what, output) in outputs)
        {
            // Rules of the other country select nothing on a sample: its text and JUnit reports are a header only.
            output.Length.Should().BeGreaterThan(!empty && what is "check junit" or "check text --show-passes" ? 0 : 200, what);
            var text = WithoutRuleText(output, rules);
            var found = phrases.Select(p => Regex.Match(text, $@"(?<![A-Za-z_.]){Regex.Escape(p)}(?![A-Za-z_]|\.[A-Za-z_])", RegexOptions.CultureInvariant))
                .Where(m => m.Success)
                .Select(m => $"{m.Value} in: {text.Substring(Math.Max(0, m.Index - 60), Math.Min(text.Length - Math.Max(0, m.Index - 60), 120 + m.Length))}")
                .ToList();
            found.Should().BeEmpty($"the {language} {what} of {sample} should have no English UI phrase");
        }
    }

    [Test]
    public void The_english_phrases_include_the_subjects_phrase()
    {
        // The subjects phrase of `compare` was once English in every language: the phrase list must catch it.
        var phrases = EnglishPhrases();
        phrases.Should().Contain("for each").And.Contain(p => p.StartsWith("for the facility as a whole", StringComparison.Ordinal));
        var words = ReportStrings.Korean.Subjects(RuleSet.BuiltIn.Rules.First(r => r.Subjects.Count > 0));
        phrases.Where(p => words.Contains(p, StringComparison.Ordinal)).Should().BeEmpty(words);
    }

    /// <summary>The built-in rules whose text in <paramref name="language"/> is complete (title, message, remediation as the rule has them).</summary>
    private static List<RuleDefinition> Complete(string language) =>
        RuleSet.BuiltIn.Rules.Where(r => r.Translations.TryGetValue(language, out var t) && t.Title is not null
            && (r.Message is null || t.Message is not null) && (r.Remediation is null || t.Remediation is not null)).ToList();

    /// <summary>Two profile files selecting <paramref name="rules"/>, with their titles in both languages.</summary>
    private string[] Profiles(List<RuleDefinition> rules)
    {
        var ids = string.Join(", ", rules.Select(r => $"\"{r.Id}\""));
        return new[] { "first", "second" }.Select(name => Write($"{name}.yaml",
            $"profile: l10n-{name}\ntitle: English title\ntranslations:\n  ko:\n    title: 시험 프로파일\n  ja:\n    title: 試験プロファイル\ninclude:\n  - ids: [{ids}]\n")).ToArray();
    }

    /// <summary>Markdown without code spans and link targets, escapes undone.</summary>
    private static string Markdown(string text)
    {
        var plain = Regex.Replace(text, "`[^`\n]*`", " ", RegexOptions.CultureInvariant);
        plain = Regex.Replace(plain, @"\]\([^)\s]*\)", "] ", RegexOptions.CultureInvariant);
        return plain.Replace("\\_", "_", StringComparison.Ordinal).Replace("\\|", "|", StringComparison.Ordinal).Replace("\\*", "*", StringComparison.Ordinal);
    }

    /// <summary>The text a reader sees of an HTML page: text nodes and hover texts, without styles, code and citations.</summary>
    private static string Html(string html)
    {
        var page = Regex.Replace(html, "<style.*?</style>|<code[^>]*>.*?</code>", " ", RegexOptions.Singleline | RegexOptions.CultureInvariant);
        var hovers = Regex.Matches(page, "(?:title|aria-label|alt)=\"([^\"]*)\"", RegexOptions.CultureInvariant).Select(m => m.Groups[1].Value);
        var text = Regex.Replace(page, "<[^>]+>", "\n", RegexOptions.CultureInvariant);
        return WebUtility.HtmlDecode(text + "\n" + string.Join("\n", hovers));
    }

    /// <summary>The human text of a JUnit report: failure and skip messages and bodies, and the summary property.</summary>
    private static string JUnit(string xml)
    {
        var document = XDocument.Parse(xml);
        var messages = document.Descendants().Attributes("message").Select(a => a.Value);
        var bodies = document.DescendantNodes().OfType<XText>().Select(t => t.Value);
        var summary = document.Descendants("property").Where(p => (string?)p.Attribute("name") == "summary").Select(p => (string?)p.Attribute("value") ?? string.Empty);
        return string.Join("\n", messages.Concat(bodies).Concat(summary));
    }

    /// <summary>The output with what the rules supply removed: citations, expressions (whole and line by line), parameters, table names.</summary>
    private static string WithoutRuleText(string output, List<RuleDefinition> rules)
    {
        var supplied = rules.SelectMany(r => new[] { r.Source.ToString(), r.Source.Document, r.When?.Text ?? string.Empty }
                .Concat(r.Require.Select(q => q.Text)).Concat(r.Params.Select(p => $"params.{p.Key} = {p.Value}")))
            .Concat(RuleSet.BuiltIn.Tables.Select(t => t.Name))
            .SelectMany(s => s.Split('\n').Prepend(s))
            .Select(s => string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)))
            .Where(s => s.Length > 0)
            .Distinct(StringComparer.Ordinal)
            .OrderByDescending(s => s.Length);
        var text = string.Join('\n', output.Split('\n').Select(l => string.Join(' ', l.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))));
        foreach (var s in supplied)
        {
            text = text.Replace(s, " ", StringComparison.Ordinal);
        }

        // URLs and file paths.
        return Regex.Replace(text, @"https?://\S+|\S+\.ya?ml\S*", " ", RegexOptions.CultureInvariant);
    }

    /// <summary>
    /// Every fixed phrase the English words print: each string member called with a marker for its text arguments
    /// (and 7 for numbers), split at the markers and numbers; phrases with a word of four letters or more.
    /// </summary>
    private static List<string> EnglishPhrases()
    {
        // A single word that is also a kind or subject name (the site plan's legend says "dispenser") is the facility's word too.
        var names = RuleSet.BuiltIn.Rules.SelectMany(r => r.Subjects).SelectMany(d => d.Kinds.Append(d.Name)).ToHashSet(StringComparer.Ordinal);
        var english = ReportStrings.English;
        var outputs = new List<string>();
        const BindingFlags flags = BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic;
        foreach (var property in english.GetType().GetProperties(flags).Where(p => p.GetIndexParameters().Length == 0))
        {
            outputs.AddRange(Strings(property.GetValue(english)));
        }

        foreach (var method in english.GetType().GetMethods(flags).Where(m => !m.IsSpecialName && m.DeclaringType != typeof(object)))
        {
            var parameters = method.GetParameters();
            if (parameters.Length == 1 && parameters[0].ParameterType.IsEnum)
            {
                foreach (var value in Enum.GetValues(parameters[0].ParameterType))
                {
                    outputs.AddRange(Strings(method.Invoke(english, [value])));
                }

                continue;
            }

            var args = parameters.Select(p => p.ParameterType == typeof(string) ? Marker
                : p.ParameterType == typeof(int) ? 7
                : p.ParameterType == typeof(bool) ? (object)true
                : p.ParameterType.IsEnum ? Enum.GetValues(p.ParameterType).GetValue(0) : null).ToArray();
            if (args.Any(a => a is null) || method.ReturnType != typeof(string) && !typeof(ITuple).IsAssignableFrom(method.ReturnType))
            {
                continue;
            }

            outputs.AddRange(Strings(method.Invoke(english, args)));
            if (parameters.Any(p => p.ParameterType == typeof(bool)))
            {
                outputs.AddRange(Strings(method.Invoke(english, args.Select(a => a is bool ? false : a).ToArray())));
            }
        }

        return outputs
            .SelectMany(o => Regex.Split(o, $@"{Marker}|\d+", RegexOptions.CultureInvariant))
            .Select(p => p.Trim(' ', ',', ':', ';', '.', '(', ')', '|', '-', '—', '\n'))
            .Where(p => Regex.IsMatch(p, "[A-Za-z]{4,}", RegexOptions.CultureInvariant) && !p.Contains('\n', StringComparison.Ordinal) && !names.Contains(p))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    private static IEnumerable<string> Strings(object? value) => value switch
    {
        string s => [s],
        ITuple tuple => Enumerable.Range(0, tuple.Length).Select(i => tuple[i]).OfType<string>(),
        _ => [],
    };
}
