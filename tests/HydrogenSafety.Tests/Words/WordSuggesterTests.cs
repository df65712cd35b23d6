using HydrogenSafety.Words;

namespace HydrogenSafety.Tests.Words;

/// <summary>"Did you mean" for closed word lists finds words of the same stem that edit distance misses.</summary>
public class WordSuggesterTests
{
    private static readonly string[] Outcomes = ["pass", "violation", "indeterminate", "waived", "not_applicable", "error"];
    private static readonly string[] Severities = ["info", "low", "medium", "high", "critical"];
    private static readonly string[] Stages = ["production", "storage", "transport", "utilization"];

    [TestCase("violated", "violation")]
    [TestCase("violaton", "violation")]
    [TestCase("waive", "waived")]
    [TestCase("indeterminable", "indeterminate")]
    public void Outcomes_near_by_stem_or_spelling(string written, string expected) =>
        WordSuggester.Suggest(written, Outcomes).Should().Be(expected);

    [TestCase("crit", "critical")]
    [TestCase("med", "medium")]
    [TestCase("hgh", "high")]
    public void Severities_near_by_beginning_or_spelling(string written, string expected) =>
        WordSuggester.Suggest(written, Severities).Should().Be(expected);

    [TestCase("util", "utilization")]
    [TestCase("stored", "storage")]
    [TestCase("transportation", "transport")]
    public void Stages_near_by_beginning_or_stem(string written, string expected) =>
        WordSuggester.Suggest(written, Stages).Should().Be(expected);

    [TestCase("xyz")]
    [TestCase("pa")]
    [TestCase("fail")]
    public void Nothing_is_suggested_when_nothing_is_near(string written) =>
        WordSuggester.Suggest(written, Outcomes).Should().BeNull();

    [Test]
    public void Two_words_equally_near_by_beginning_give_no_suggestion() =>
        WordSuggester.Suggest("stor", ["storage_vessel", "storage_site"]).Should().BeNull();
}
