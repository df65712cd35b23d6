using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;
using System.Runtime.CompilerServices;
using HydrogenSafety.Evaluation;
using HydrogenSafety.Facilities;
using HydrogenSafety.Reporting;
using HydrogenSafety.Rules;
using HydrogenSafety.Tests.Docs;

namespace HydrogenSafety.Tests.Reliability;

/// <summary>Byte-identical JSON reports across runs, component orders and cultures; one engine shared by eight threads.</summary>
[TestFixture]
[NonParallelizable]
public class DeterminismTests
{
    private static readonly EngineOptions Options = new() { AsOf = new DateOnly(2026, 6, 1) };

    private static IReadOnlyList<string> SampleFiles() =>
        Directory.GetFiles(RepositoryPaths.Of("samples", "facilities"), "*.yaml").Order(StringComparer.Ordinal).ToList();

    private static string Json(ComplianceEngine engine, Facility facility) =>
        JsonReportWriter.ToJson(engine.Evaluate(facility), new ReportOptions { ShowPasses = true });

    [Test]
    public void Two_runs_give_byte_identical_json()
    {
        foreach (var file in SampleFiles())
        {
            var first = Json(ComplianceEngine.Create(RuleSet.BuiltIn, Options), Facility.Load(file));
            var second = Json(ComplianceEngine.Create(RuleSet.Load(RepositoryPaths.Of("rules")), Options), Facility.Load(file));
            second.Should().Be(first, file);
        }
    }

    [Test]
    public void Shuffling_the_components_does_not_change_the_report()
    {
        var engine = ComplianceEngine.Create(RuleSet.BuiltIn, Options);
        var random = new Random(42);
        foreach (var file in SampleFiles())
        {
            var facility = Facility.Load(file);
            var expected = Json(engine, facility);
            for (var i = 0; i < 5; i++)
            {
                var shuffled = new Facility
                {
                    Id = facility.Id,
                    Name = facility.Name,
                    Jurisdiction = facility.Jurisdiction,
                    Type = facility.Type,
                    Attributes = facility.Attributes,
                    Components = [.. facility.Components.OrderBy(_ => random.Next())],
                    Distances = [.. facility.Distances.OrderBy(_ => random.Next())],
                    Waivers = facility.Waivers,
                    File = facility.File,
                    Span = facility.Span,
                };
                Json(engine, shuffled).Should().Be(expected, $"{file}, shuffle {i}");
            }
        }
    }

    [TestCase("de-DE")]
    [TestCase("fr-FR")]
    [TestCase("tr-TR")]
    [TestCase("ar-SA")]
    public void A_culture_with_a_decimal_comma_does_not_change_anything(string culture)
    {
        var expected = SampleFiles().Select(f => Json(ComplianceEngine.Create(RuleSet.BuiltIn, Options), Facility.Load(f))).ToList();
        var expectedDigest = RuleSet.BuiltIn.Digest;
        var saved = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture, CultureInfo.DefaultThreadCurrentCulture, CultureInfo.DefaultThreadCurrentUICulture);
        try
        {
            var c = CultureInfo.GetCultureInfo(culture);
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = c;
            CultureInfo.DefaultThreadCurrentCulture = CultureInfo.DefaultThreadCurrentUICulture = c;
            var rules = RuleSet.Load(RepositoryPaths.Of("rules"));
            rules.Digest.Should().Be(expectedDigest);
            var actual = SampleFiles().Select(f => Json(ComplianceEngine.Create(rules, Options), Facility.Load(f))).ToList();
            actual.Should().Equal(expected);
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture, CultureInfo.DefaultThreadCurrentCulture, CultureInfo.DefaultThreadCurrentUICulture) = saved;
        }
    }

    [Test]
    public void One_engine_used_by_eight_threads_for_hundreds_of_evaluations_gives_identical_reports()
    {
        var engine = ComplianceEngine.Create(RuleSet.BuiltIn, Options);
        var facilities = SampleFiles().Select(Facility.Load).ToList();
        var expected = facilities.Select(f => Json(engine, f)).ToList();
        var differences = new ConcurrentBag<string>();
        var threads = Enumerable.Range(0, 8).Select(t => new Thread(() =>
        {
            for (var i = 0; i < 100; i++)
            {
                var k = (i + t) % facilities.Count;
                if (Json(engine, facilities[k]) != expected[k])
                {
                    differences.Add($"thread {t}, evaluation {i}, {facilities[k].Id}");
                }
            }
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());
        differences.Should().BeEmpty();
    }

    /// <summary>
    /// The deliberate exceptions: static readonly fields of a mutable type that are filled by their initialiser and
    /// only read afterwards (a private array, set or dictionary used as a constant lookup). Each has its reason; a new
    /// one must be added here on purpose (or, better, made a FrozenSet/FrozenDictionary/ImmutableArray).
    /// </summary>
    private static readonly Dictionary<string, string> ReadOnlyLookups = new(StringComparer.Ordinal)
    {
        ["HydrogenSafety.Facilities.AttributeReader.s_nearest"] = "thread-safe cache of the vocabulary name nearest to a free-form attribute name (a function of the name and the fixed vocabulary), bounded to 4096 entries",
        ["HydrogenSafety.Rules.CitationReader.Fields"] = "private array of words, only enumerated",
        ["HydrogenSafety.Rules.RuleFileLoader.TopFields"] = "private array of words, only enumerated",
        ["HydrogenSafety.Rules.RuleReader.Fields"] = "private array of words, only enumerated",
        ["HydrogenSafety.Rules.RuleReader.EffectiveFields"] = "private array of words, only enumerated",
        ["HydrogenSafety.Rules.RuleTestReader.Fields"] = "private array of words, only enumerated",
        ["HydrogenSafety.Rules.SubjectReader.SubjectFields"] = "private array of words, only enumerated",
        ["HydrogenSafety.Rules.TableReader.Fields"] = "private array of words, only enumerated",
        ["HydrogenSafety.Facilities.DistanceReader.Fields"] = "private array of words, only enumerated",
        ["HydrogenSafety.Facilities.FacilityDocumentReader.TopFields"] = "private array of words, only enumerated",
        ["HydrogenSafety.Facilities.FacilityDocumentReader.HeaderFields"] = "private array of words, only enumerated",
        ["HydrogenSafety.Facilities.FacilityDocumentReader.FacilityTypes"] = "private array of words, only enumerated",
        ["HydrogenSafety.Facilities.WaiverFileLoader.TopFields"] = "private array of words, only enumerated",
        ["HydrogenSafety.Facilities.WaiverReader.Fields"] = "private array of words, only enumerated",
        ["HydrogenSafety.Expressions.Syntax.Lexer.s_twoCharSymbols"] = "private array of words, only enumerated",
        ["HydrogenSafety.Expressions.Binding.Binder.s_builtIns"] = "private array of words, only enumerated",
        ["HydrogenSafety.Reporting.TextReportWriter.s_severitiesHighFirst"] = "private array of words, only enumerated",
        ["HydrogenSafety.Reporting.HtmlReportWriter.s_stages"] = "private array of the four stages, only enumerated",
        ["HydrogenSafety.Reporting.HtmlReportWriter.s_severitiesHighFirst"] = "private array of severities, only enumerated",
        ["HydrogenSafety.Profiles.ProfileLoader.TopFields"] = "private array of field names, only enumerated",
        ["HydrogenSafety.Profiles.ProfileLoader.SelectorFields"] = "private array of field names, only enumerated",
        ["HydrogenSafety.Profiles.ProfileLoader.OverrideFields"] = "private array of field names, only enumerated",
        ["HydrogenSafety.Reporting.SarifReportWriter.s_writerOptions"] = "a struct of options, copied on every use",
        ["HydrogenSafety.Reporting.SitePlanSvg.s_alongLine"] = "private array of label offsets, only read",
        ["HydrogenSafety.Reporting.SitePlanSvg.s_aroundCircle"] = "private array of label offsets, only read",
        ["HydrogenSafety.Reporting.SitePlanSvg.s_offLine"] = "private array of label offsets, only read",
        ["HydrogenSafety.Rules.RuleChecker.s_reservedNames"] = "private HashSet of words, only Contains is called",
        ["HydrogenSafety.Expressions.Syntax.Lexer.s_keywordsAfterNumber"] = "private HashSet of words, only Contains is called",
        ["HydrogenSafety.Expressions.Syntax.Parser.s_comparison"] = "private HashSet of words, only Contains is called",
        ["HydrogenSafety.Expressions.Syntax.Parser.s_reserved"] = "private HashSet of words, only Contains is called",
        ["HydrogenSafety.Expressions.Binding.Binder.s_componentFields"] = "private HashSet of words, only Contains is called",
        ["HydrogenSafety.Expressions.Binding.Binder.s_facilityFields"] = "private HashSet of words, only Contains is called",
        ["HydrogenSafety.Units.UnitSuggester.Hints"] = "private Dictionary of unit hints, only TryGetValue is called",
        ["HydrogenSafety.Reporting.JsonReportWriter.s_writerOptions"] = "a struct of options, copied on every use",
    };

    [Test]
    public void No_type_of_the_library_has_mutable_static_state()
    {
        var problems = new List<string>();
        foreach (var type in typeof(RuleSet).Assembly.GetTypes())
        {
            if (type.IsDefined(typeof(CompilerGeneratedAttribute)) || type.FullName!.Contains('<', StringComparison.Ordinal))
            {
                continue; // closures' cached delegates, regex and other generator output
            }

            foreach (var field in type.GetFields(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            {
                if (field.IsLiteral || field.IsDefined(typeof(CompilerGeneratedAttribute)) && field.IsInitOnly)
                {
                    continue;
                }

                var name = $"{type.FullName}.{field.Name}: {field.FieldType.Name}";
                if (!field.IsInitOnly)
                {
                    problems.Add(name + " is not readonly");
                }
                else if (!IsImmutable(field.FieldType) && !ReadOnlyLookups.ContainsKey($"{type.FullName}.{field.Name}"))
                {
                    problems.Add(name + " is readonly but of a mutable type");
                }
            }
        }

        problems.Should().BeEmpty("static state is shared by every thread; list a deliberate exception with its reason:\n" + string.Join("\n", problems));
        ReadOnlyLookups.Keys.Should().OnlyContain(k => Exists(k), "the list of exceptions names fields that still exist");
    }

    private static bool Exists(string qualified)
    {
        var dot = qualified.LastIndexOf('.');
        var type = typeof(RuleSet).Assembly.GetType(qualified[..dot]);
        return type?.GetField(qualified[(dot + 1)..], BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic) is not null;
    }

    /// <summary>Types whose instances cannot change: primitives, strings, enums, delegates, frozen/immutable collections, Lazy, and read-only views.</summary>
    private static bool IsImmutable(Type t)
    {
        if (t.IsPrimitive || t.IsEnum || t == typeof(string) || t == typeof(decimal) || t == typeof(DateOnly) || t == typeof(Type)
            || typeof(Delegate).IsAssignableFrom(t))
        {
            return true;
        }

        var definition = t.IsGenericType ? t.GetGenericTypeDefinition() : t;
        var ns = definition.Namespace ?? string.Empty;
        if (ns is "System.Collections.Frozen" or "System.Collections.Immutable" || definition == typeof(Lazy<>)
            || definition == typeof(IReadOnlyList<>) || definition == typeof(IReadOnlyDictionary<,>) || definition == typeof(IReadOnlyCollection<>)
            || definition == typeof(IReadOnlySet<>) || definition == typeof(IEnumerable<>))
        {
            return true;
        }

        // Records and classes of the library without settable state (every instance field readonly) are immutable.
        if (t.Assembly == typeof(RuleSet).Assembly && !t.IsArray)
        {
            return t.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic).All(f => f.IsInitOnly);
        }

        return t == typeof(System.Text.RegularExpressions.Regex);
    }
}
