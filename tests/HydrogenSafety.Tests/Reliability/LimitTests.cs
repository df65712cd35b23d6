using System.Diagnostics;
using System.Globalization;
using System.Text;
using HydrogenSafety.Diagnostics;
using HydrogenSafety.Expressions.Syntax;
using HydrogenSafety.Facilities;
using HydrogenSafety.Rules;

namespace HydrogenSafety.Tests.Reliability;

/// <summary>Limits that keep hostile input from exhausting the stack, memory or time (docs/threat-model.md).</summary>
[TestFixture]
public class LimitTests
{
    /// <summary>Runs <paramref name="action"/> on a thread with a small stack, as a thread-pool thread of a host application might have.</summary>
    private static void OnSmallStack(Action action, int bytes = 512 * 1024)
    {
        Exception? failure = null;
        var thread = new Thread(() =>
        {
            try
            {
                action();
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                failure = e;
            }
        }, bytes);
        thread.Start();
        thread.Join();
        if (failure is not null)
        {
            throw new AssertionException("failed on a small stack", failure);
        }
    }

    [Test]
    public void The_parser_refuses_an_expression_nested_ten_thousand_deep_without_recursing_into_it()
    {
        OnSmallStack(() =>
        {
            var (node, error) = Parser.Parse(new string('(', 10_000) + "x" + new string(')', 10_000));
            node.Should().BeNull();
            error!.Code.Should().Be(DiagnosticCodes.LimitExceeded);

            foreach (var text in new[]
            {
                new string('(', 1999) + "x" + new string(')', 1999),
                string.Concat(Enumerable.Repeat("not ", 999)) + "x",
                "x > " + new string('-', 3990) + "1",
                string.Concat(Enumerable.Repeat("[", 1999)) + string.Concat(Enumerable.Repeat("]", 1999)),
                string.Concat(Enumerable.Repeat("exists(k where ", 250)) + "x" + new string(')', 250),
            })
            {
                var (deep, deepError) = Parser.Parse(text);
                deep.Should().BeNull(text[..20]);
                deepError!.Code.Should().Be(DiagnosticCodes.LimitExceeded, text[..20]);
            }
        });
    }

    [Test]
    public void A_yaml_document_nested_ten_thousand_deep_is_refused_on_a_small_stack()
    {
        OnSmallStack(() =>
        {
            var act = () => Facility.Parse("components: " + new string('[', 10_000) + new string(']', 10_000), "deep.yaml");
            act.Should().Throw<LoadException>().Which.Diagnostics.Should().Contain(d => d.Code == DiagnosticCodes.LimitExceeded);
        });
    }

    [Test]
    public void An_alias_bomb_is_refused_quickly()
    {
        var sb = new StringBuilder("a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        var previous = "a";
        foreach (var name in "bcdefghijklm")
        {
            sb.Append(CultureInfo.InvariantCulture, $"{name}: &{name} [{string.Join(", ", Enumerable.Repeat("*" + previous, 9))}]\n");
            previous = name.ToString();
        }

        var watch = Stopwatch.StartNew();
        var act = () => Facility.Parse(sb + "components: *m\n", "bomb.yaml");
        act.Should().Throw<LoadException>().Which.Diagnostics.Should().Contain(d => d.Code == DiagnosticCodes.LimitExceeded);
        watch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(30), "a sanity bound against a hang: the aliases are counted, never expanded");
    }

    /// <summary>
    /// The issue asks for a limit on the number of components (every join is quadratic in them). BUG: there is
    /// none; 100,000 components load, and a two-subject rule over them would then make ten billion bindings.
    /// </summary>
    [Test]
    public void A_facility_with_a_hundred_thousand_components_is_refused_with_a_limit_error()
    {
        var sb = new StringBuilder("components:\n");
        for (var i = 0; i < 100_000; i++)
        {
            sb.Append(CultureInfo.InvariantCulture, $"  - {{ id: C{i}, kind: storage_vessel }}\n");
        }

        var act = () => Facility.Parse(sb.ToString(), "many.yaml");
        act.Should().Throw<LoadException>().Which.Diagnostics.Should().Contain(d => d.Code == DiagnosticCodes.LimitExceeded);
    }

    [Test]
    public void A_rule_set_of_more_than_twenty_thousand_rules_is_refused_with_a_limit_error()
    {
        var rules = Enumerable.Range(0, HydrogenSafety.Yaml.YamlLimits.MaxRules + 1).Select(i => new RuleDefinition
        {
            Id = $"R-{i}",
            Title = "t",
            Stages = [HydrogenSafety.Facilities.Stage.Storage],
            Severity = Severity.Low,
            Source = new Citation("Doc"),
            Require = [],
            Span = SourceSpan.At("many.yaml", i + 1, 5),
        }).ToList();
        var act = () => RuleSetBuilder.Build(rules, [], []);
        var error = act.Should().Throw<LoadException>().Which.Diagnostics.Should().ContainSingle().Subject;
        error.Code.Should().Be(DiagnosticCodes.LimitExceeded);
        error.Span.Line.Should().Be(HydrogenSafety.Yaml.YamlLimits.MaxRules + 1);
    }

    /// <summary>The issue asks for a limit on table size. BUG: there is none.</summary>
    [Test]
    public void A_table_with_a_hundred_thousand_rows_is_refused_with_a_limit_error()
    {
        var sb = new StringBuilder("tables:\n  big:\n    key: pressure\n    rows:\n");
        for (var i = 0; i < 100_000; i++)
        {
            sb.Append(CultureInfo.InvariantCulture, $"      - {{ over: {i} kPa, upto: {i + 1} kPa, d: 1 m }}\n");
        }

        var act = () => RuleSet.Parse(sb + "rules: []\n", "big-table.yaml");
        act.Should().Throw<LoadException>().Which.Diagnostics.Should().Contain(d => d.Code == DiagnosticCodes.LimitExceeded);
    }

    /// <summary>
    /// A left-deep chain (1+1+…, 3,979 characters, within the 4,000-character limit) is shallow to parse
    /// but deep to walk; the parser bounds the tree's height so that the checker, the compiler and NRules,
    /// which walk trees recursively, can never overflow a host thread's stack.
    /// </summary>
    [Test]
    public void A_long_operator_chain_is_refused_by_the_height_limit()
    {
        var expression = string.Join("+", Enumerable.Repeat("1", 1990)) + " > 0";
        expression.Length.Should().BeLessThan(Parser.MaxLength);
        var (node, error) = Parser.Parse(expression);
        node.Should().BeNull();
        error!.Code.Should().Be(DiagnosticCodes.LimitExceeded);
        Parser.Parse(string.Join("+", Enumerable.Repeat("1", 90)) + " > 0").Error.Should().BeNull();
    }
}
