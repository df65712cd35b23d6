using HydrogenSafety.Evaluation;
using HydrogenSafety.Facilities;
using HydrogenSafety.Rules;

namespace HydrogenSafety.Tests.Evaluation;

/// <summary>
/// The keyed sort of one rule's findings gives exactly the list <see cref="FindingOrder"/> gives, on generated runs whose
/// component ids sort oddly in ordinal order, with 0 to 3 subjects and findings that tie on subjects.
/// </summary>
public class FindingRunSortTests
{
    // Ordinal: "" < "A" < "A,B" < "A-1" < "A1" < "B" < "a" < "a,b" < "aa" < "Ä"; "A" is a prefix of several others.
    private static readonly string[] Ids = ["A", "a", "A-1", "A1", "", "A,B", "a,b", "B", "aa", "Ä", "TK-101", "TK-10", "TK-1,0"];

    private static readonly Outcome[] Outcomes = Enum.GetValues<Outcome>();

    [TestCase(1, 5)]
    [TestCase(2, 17)]
    [TestCase(3, 60)]
    [TestCase(4, 300)]
    [TestCase(5, 2000)]
    public void Keyed_sort_gives_the_order_of_FindingOrder(int seed, int count)
    {
        var random = new Random(seed);
        var sorter = FindingRunSort.For(Components(Ids));
        for (var round = 0; round < 20; round++)
        {
            var run = Run(random, count);
            var expected = run.ToList();
            expected.Sort(FindingOrder.Instance);

            // The run between other findings, as in a report: the neighbours stay where they are.
            var before = Finding(random, "EX-BEFORE", 1);
            var after = Finding(random, "EX-AFTER", 1);
            var findings = new List<Finding> { before };
            findings.AddRange(run);
            findings.Add(after);
            sorter.Sort(findings, 1, run.Count);

            findings[0].Should().BeSameAs(before);
            findings[^1].Should().BeSameAs(after);
            // Findings FindingOrder holds equal (same subjects, outcome and message) are told apart by nothing it
            // reads, and List.Sort does not keep their order either: the lists are compared by what it reads.
            findings.Skip(1).Take(run.Count).Select(Describe).Should().Equal(expected.Select(Describe), $"seed {seed}, round {round}");
        }
    }

    [Test]
    public void A_subject_that_is_not_a_component_falls_back_to_FindingOrder()
    {
        var random = new Random(9);
        var run = Run(random, 200);
        run.Add(Finding(random, "EX-RUN", 2, "not-a-component"));
        var expected = run.ToList();
        expected.Sort(FindingOrder.Instance);

        FindingRunSort.For(Components(Ids)).Sort(run, 0, run.Count);

        run.Select(Describe).Should().Equal(expected.Select(Describe));
    }

    [Test]
    public void Key_ties_go_to_FindingOrder_for_a_third_subject_outcome_and_message()
    {
        // Same first two subjects: a third subject (and its id), the outcome and the message decide.
        var findings = new List<Finding>
        {
            Make("EX-RUN", Outcome.Pass, "m", "a", "A", "B"),
            Make("EX-RUN", Outcome.Pass, "m", "a", "A", "A1"),
            Make("EX-RUN", Outcome.Violation, "m", "a", "A"),
            Make("EX-RUN", Outcome.Pass, "z", "a", "A"),
            Make("EX-RUN", Outcome.Pass, "b", "a", "A"),
            Make("EX-RUN", Outcome.Pass, "m", "a"),
            Make("EX-RUN", Outcome.Error, "e"),
            Make("EX-RUN", Outcome.Pass, "f"),
        };
        var expected = findings.ToList();
        expected.Sort(FindingOrder.Instance);

        FindingRunSort.For(Components(Ids)).Sort(findings, 0, findings.Count);

        findings.Select(Describe).Should().Equal(
            "Pass f", "Error e", "Pass m a", "Pass b a,A", "Pass z a,A", "Violation m a,A", "Pass m a,A,A1", "Pass m a,A,B");
        findings.SequenceEqual(expected, ReferenceEqualityComparer.Instance).Should().BeTrue();
    }

    private static string Describe(Finding f) =>
        f.Subjects.Count == 0 ? $"{f.Outcome} {f.Message}" : $"{f.Outcome} {f.Message} {string.Join(",", f.Subjects.Select(s => s.ComponentId))}";

    private static List<Component> Components(IEnumerable<string> ids) =>
        ids.Select(id => new Component { Id = id, Kind = "storage_vessel" }).ToList();

    private static List<Finding> Run(Random random, int count)
    {
        var run = new List<Finding>(count);
        for (var i = 0; i < count; i++)
        {
            // Now and then the same subjects as an earlier finding, with another outcome or message (or both the same).
            if (run.Count > 0 && random.Next(4) == 0)
            {
                var twin = run[random.Next(run.Count)];
                run.Add(Make("EX-RUN", Outcomes[random.Next(Outcomes.Length)], $"m{random.Next(3)}", twin.Subjects.Select(s => s.ComponentId).ToArray()));
                continue;
            }

            run.Add(Finding(random, "EX-RUN", random.Next(4)));
        }

        return run;
    }

    private static Finding Finding(Random random, string ruleId, int subjects, params string[] extra)
    {
        var ids = Enumerable.Range(0, subjects).Select(_ => Ids[random.Next(Ids.Length)]).Concat(extra).ToArray();
        return Make(ruleId, Outcomes[random.Next(Outcomes.Length)], $"m{random.Next(3)}", ids);
    }

    private static Finding Make(string ruleId, Outcome outcome, string message, params string[] subjects) => new()
    {
        RuleId = ruleId,
        Title = "A rule",
        RuleVersion = "1.0.0",
        Outcome = outcome,
        Severity = Severity.High,
        Status = RuleStatus.Enforced,
        Stages = [Stage.Storage],
        Subjects = subjects.Select((id, i) => new SubjectBinding($"s{i}", id)).ToArray(),
        Message = message,
        Source = new Citation("Example Code"),
    };
}
