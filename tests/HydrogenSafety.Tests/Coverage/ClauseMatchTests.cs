using HydrogenSafety.Coverage;
using HydrogenSafety.Diagnostics;

namespace HydrogenSafety.Tests.Coverage;

public class ClauseMatchTests
{
    [TestCase("Art. 6", "Art. 6", true)]
    [TestCase("Art. 6", "Art. 6 ¶1 (iii)", true)]
    [TestCase("Art. 6", "Art. 6 (item number not confirmed)", true)]
    [TestCase("Art. 6", "Art. 60", false)]
    [TestCase("Art. 6", "Art. 6-2", false)]
    [TestCase("Art. 6", "Art. 6a", false)]
    [TestCase("7.3", "7.3.2", true)]
    [TestCase("7.3", "7.30", false)]
    [TestCase("Art. 6 ¶1 (i)", "Art. 6 ¶1 (ii)", false)]
    [TestCase("Art. 6 ¶1 (i)", "Art. 6 ¶1 (i) (警戒標)", true)]
    [TestCase("Art.  6 ¶1", " Art. 6\t¶1 (iii)", true)]
    [TestCase("23", "23 (ガス漏えい検知警報設備) 1.2", true)]
    [TestCase("2", "23", false)]
    [TestCase("Art. 7-3", "art. 7-3", false)]
    public void Covers_at_a_token_boundary(string listed, string cited, bool expected) =>
        ClauseMatch.Covers(listed, cited).Should().Be(expected);

    [Test]
    public void Match_takes_the_most_specific_listed_clause()
    {
        var listed = new[] { Clause("Art. 6"), Clause("Art. 6 ¶1"), Clause("Art. 6 ¶1 (iii)") };

        ClauseMatch.Match(listed, "Art. 6 ¶1 (iii) (8 m)").Select(c => c.Clause).Should().Equal("Art. 6 ¶1 (iii)");
        ClauseMatch.Match(listed, "Art. 6 ¶1 (leak test)").Select(c => c.Clause).Should().Equal("Art. 6 ¶1");
        ClauseMatch.Match(listed, "Art. 6 (gases not compressed)").Select(c => c.Clause).Should().Equal("Art. 6");
        ClauseMatch.Match(listed, "Art. 60").Should().BeEmpty();
    }

    [Test]
    public void Match_reads_each_part_of_a_list_of_references()
    {
        var listed = new[] { Clause("Art. 6 ¶2"), Clause("Art. 8") };

        ClauseMatch.Match(listed, "Art. 6 ¶2 (yards; filled containers); Art. 8").Select(c => c.Clause).Should().Equal("Art. 6 ¶2", "Art. 8");
        ClauseMatch.Parts("A (x; y); B").Should().Equal("A (x; y)", "B");
    }

    private static CoverageClause Clause(string id) => new() { Clause = id, Title = id, Topic = "separation", Span = SourceSpan.Start("t.yaml") };
}
