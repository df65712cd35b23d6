using HydrogenSafety.Reporting;

namespace HydrogenSafety.Tests.Reporting;

public class DisplayWidthTests
{
    [TestCase("", 0)]
    [TestCase("violation", 9)]
    [TestCase("위반", 4)]
    [TestCase("판정 불가", 9)]
    [TestCase("判定不能", 8)]
    [TestCase("エラー", 6)]
    [TestCase("ｴﾗｰ", 3)] // halfwidth katakana are narrow
    [TestCase("ＡＢ", 4)] // fullwidth Latin
    [TestCase("e\u0301", 1)] // a combining accent takes no column
    [TestCase("\u1112\u1161\u11AB", 2)] // Hangul written as conjoining jamo: one syllable, two columns
    [TestCase("𠀋", 2)] // CJK extension B, outside the BMP
    [TestCase("TK-101（貯槽）", 14)]
    public void Wide_characters_take_two_columns(string text, int columns) =>
        DisplayWidth.Of(text).Should().Be(columns);

    [Test]
    public void Padding_counts_columns_not_characters()
    {
        DisplayWidth.PadRight("위반", 9).Should().Be("위반     ");
        DisplayWidth.PadRight("違反", 3).Should().Be("違反", "already wider: unchanged");
        DisplayWidth.PadRight("pass", 9).Should().Be("pass".PadRight(9), "ASCII pads as string.PadRight does");
    }

    [Test]
    public void Language_codes_parse()
    {
        ReportLanguages.TryParse("ko", out var ko).Should().BeTrue();
        ko.Should().Be(ReportLanguage.Korean);
        ReportLanguages.TryParse("JA", out var ja).Should().BeTrue();
        ja.Should().Be(ReportLanguage.Japanese);
        ReportLanguages.TryParse("ko-KR", out var region).Should().BeTrue();
        region.Should().Be(ReportLanguage.Korean);
        ReportLanguages.TryParse("en", out var en).Should().BeTrue();
        en.Should().Be(ReportLanguage.English);
        ReportLanguages.TryParse("fr", out _).Should().BeFalse();
        ReportLanguages.TryParse("", out _).Should().BeFalse();
        ReportLanguages.TryParse("ko-", out _).Should().BeFalse();
        ReportLanguages.All.Select(l => l.Code()).Should().Equal(ReportLanguages.Codes);
    }

    [Test]
    public void Every_language_names_every_outcome_severity_status_and_stage()
    {
        foreach (var language in ReportLanguages.All)
        {
            var words = ReportStrings.For(language);
            words.Language.Should().Be(language);
            foreach (var outcome in Enum.GetValues<HydrogenSafety.Evaluation.Outcome>())
            {
                words.Outcome(outcome).Should().NotBeNullOrWhiteSpace();
                words.OutcomeLabel(outcome).Should().NotBeNullOrWhiteSpace();
                DisplayWidth.Of(words.Outcome(outcome)).Should().BeLessThanOrEqualTo(Math.Max(words.OutcomeColumnWidth, 14));
            }

            foreach (var severity in Enum.GetValues<HydrogenSafety.Rules.Severity>())
            {
                words.Severity(severity).Should().NotBeNullOrWhiteSpace();
            }

            foreach (var stage in Enum.GetValues<HydrogenSafety.Facilities.Stage>())
            {
                words.Stage(stage).Should().NotBeNullOrWhiteSpace();
            }
        }
    }
}
