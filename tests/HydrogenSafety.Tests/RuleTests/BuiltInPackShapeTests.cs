using HydrogenSafety.Facilities;
using HydrogenSafety.Rules;

namespace HydrogenSafety.Tests.RuleTests;

/// <summary>
/// The shape the shipped packs promise (issue 10): size per jurisdiction and stage, citations with a confidence (only
/// H enforced), at least two thirds enforced, a topic as every rule's first tag, and Korean / Japanese text on every
/// national rule.
/// </summary>
public class BuiltInPackShapeTests
{
    private static IReadOnlyList<RuleDefinition> Rules => RuleSet.BuiltIn.Rules;

    private static int CountWithPrefix(string prefix) => Rules.Count(r => r.Id.StartsWith(prefix, StringComparison.Ordinal));

    [Test]
    public void The_packs_hold_at_least_160_rules_with_the_promised_share_per_jurisdiction()
    {
        Rules.Count.Should().BeGreaterThanOrEqualTo(160);
        CountWithPrefix("KR-").Should().BeGreaterThanOrEqualTo(50);
        CountWithPrefix("JP-").Should().BeGreaterThanOrEqualTo(40);
        CountWithPrefix("US-").Should().BeGreaterThanOrEqualTo(40);
        CountWithPrefix("INTL-").Should().BeGreaterThanOrEqualTo(30);
    }

    [TestCase(Stage.Production)]
    [TestCase(Stage.Storage)]
    [TestCase(Stage.Transport)]
    [TestCase(Stage.Utilization)]
    public void Every_stage_has_at_least_25_rules(Stage stage) =>
        Rules.Count(r => r.Stages.Contains(stage)).Should().BeGreaterThanOrEqualTo(25);

    [Test]
    public void Every_rule_cites_an_edition_and_clause_with_a_confidence_and_only_high_confidence_is_enforced()
    {
        foreach (var rule in Rules)
        {
            rule.Source.Edition.Should().NotBeNullOrWhiteSpace(rule.Id);
            rule.Source.Clause.Should().NotBeNullOrWhiteSpace(rule.Id);
            rule.Source.Confidence.Should().NotBeNull(rule.Id);
            if (rule.Status == RuleStatus.Enforced)
                rule.Source.Confidence.Should().Be(SourceConfidence.High, rule.Id);
        }
    }

    [Test]
    public void At_least_two_thirds_of_the_rules_are_enforced()
    {
        var enforced = Rules.Count(r => r.Status == RuleStatus.Enforced);
        (3 * enforced).Should().BeGreaterThanOrEqualTo(2 * Rules.Count, $"{enforced} of {Rules.Count} rules are enforced");
    }

    [Test]
    public void Every_rule_names_its_topic_first_so_compare_and_coverage_can_group_it()
    {
        foreach (var rule in Rules)
        {
            rule.Tags.Should().NotBeEmpty(rule.Id);
            RuleTopics.IsTopic(rule.Tags[0]).Should().BeTrue($"{rule.Id} starts its tags with '{rule.Tags[0]}'");
        }
    }

    [TestCase("KR-", "ko")]
    [TestCase("JP-", "ja")]
    public void Every_national_rule_has_its_language(string prefix, string language)
    {
        foreach (var rule in Rules.Where(r => r.Id.StartsWith(prefix, StringComparison.Ordinal)))
        {
            rule.Translations.Should().ContainKey(language, rule.Id);
            var text = rule.Translations[language];
            text.Title.Should().NotBeNullOrWhiteSpace(rule.Id);
            text.Remediation.Should().NotBeNullOrWhiteSpace(rule.Id);
            if (rule.Message is not null)
                text.Message.Should().NotBeNull(rule.Id);
        }
    }
    /// <summary>
    /// A Korean particle whose form depends on the sound before it (와/과, 은/는, 이/가, 을/를) cannot follow a
    /// placeholder: the value is only known when the report is written ("C-1와" reads wrong). The messages are
    /// worded around it (및, 의, 사이의 …).
    /// </summary>
    [Test]
    public void No_Korean_message_puts_a_sound_dependent_particle_right_after_a_placeholder()
    {
        var particle = new System.Text.RegularExpressions.Regex(@"\}(와|과|은|는|이|가|을|를)(?=[\s,.:;)]|$)");
        var offending = Rules
            .Where(r => r.Translations.TryGetValue("ko", out var t) && t.Message is not null)
            .Where(r => particle.IsMatch(r.Translations["ko"].Message!.Text))
            .Select(r => r.Id)
            .ToList();
        offending.Should().BeEmpty();
    }
}
