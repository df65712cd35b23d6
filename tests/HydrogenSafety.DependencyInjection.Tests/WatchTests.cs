using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace HydrogenSafety.DependencyInjection.Tests;

/// <summary>Watched rule folders: a change recompiles and swaps; a broken change keeps the engine in use.</summary>
public class WatchTests
{
    private static readonly TimeSpan Debounce = TimeSpan.FromMilliseconds(100);

    [Test]
    public void An_edited_rule_file_is_recompiled_and_swapped_in()
    {
        using var rules = new TestRules();
        var file = rules.WriteDispenserRule(factor: 1.4);
        var logs = new CapturingLoggerProvider();
        using var provider = Build(rules, logs);
        var engine = provider.GetRequiredService<IComplianceEngine>();
        var before = engine.Current;
        var reloaded = new ConcurrentQueue<ComplianceEngineReloadedEventArgs>();
        engine.Reloaded += (_, e) => reloaded.Enqueue(e);
        engine.Evaluate(AddHydrogenSafetyTests.Station).Violations.Should().ContainSingle();

        File.WriteAllText(file, TestRules.DispenserRule("TEST-DISPENSER-RELIEF", 1.6));

        Poll.Until(() => !ReferenceEquals(engine.Current, before), "the engine to be swapped");
        engine.Evaluate(AddHydrogenSafetyTests.Station).Violations.Should().BeEmpty("52 MPa <= 1.6 x 35 MPa");
        engine.Rules.Digest.Should().NotBe(before.Rules.Digest);
        Poll.Until(() => !reloaded.IsEmpty, "the Reloaded event");
        reloaded.First().Previous.Should().BeSameAs(before);
        logs.Messages(LogLevel.Information).Should().Contain(m => m.StartsWith("Rules reloaded: engine 2 in use", StringComparison.Ordinal));
    }

    [Test]
    public void A_new_rule_file_in_a_sub_folder_is_picked_up()
    {
        using var rules = new TestRules();
        rules.WriteDispenserRule();
        using var provider = Build(rules, new CapturingLoggerProvider());
        var engine = provider.GetRequiredService<IComplianceEngine>();

        Directory.CreateDirectory(rules.File("more"));
        File.WriteAllText(rules.File(Path.Combine("more", "second.yaml")), TestRules.DispenserRule("TEST-SECOND", 2.0));

        Poll.Until(() => engine.Rules.Rules.Count == 2, "the second rule to be loaded");
    }

    [Test]
    public void A_broken_edit_keeps_the_old_engine_and_logs_every_diagnostic()
    {
        using var rules = new TestRules();
        var file = rules.WriteDispenserRule();
        var logs = new CapturingLoggerProvider();
        using var provider = Build(rules, logs);
        var engine = provider.GetRequiredService<IComplianceEngine>();
        var before = engine.Current;

        // Two errors in one edit: a pressure compared with a length, and with a mass.
        File.WriteAllText(file, TestRules.DispenserRule("TEST-DISPENSER-RELIEF", 1.4).Replace(
            "require: \"dispenser.relief_set_pressure <= 1.4 * dispenser.nominal_working_pressure\"",
            "require: [\"dispenser.relief_set_pressure <= 3 m\", \"dispenser.nominal_working_pressure >= 2 kg\"]"));

        Poll.Until(() => logs.Messages(LogLevel.Error).Any(m => m.StartsWith("Rule reload failed; keeping engine 1", StringComparison.Ordinal)), "the failed reload to be logged");
        engine.Current.Should().BeSameAs(before);
        engine.Evaluate(AddHydrogenSafetyTests.Station).Violations.Should().ContainSingle("the old rule still applies");
        var errors = logs.Messages(LogLevel.Error).Where(m => m.StartsWith("Rule error: ", StringComparison.Ordinal)).ToList();
        errors.Should().HaveCountGreaterThanOrEqualTo(2).And.OnlyContain(m => m.Contains("dispenser.yaml:"));

        // Fixing the file afterwards swaps in the fixed rules.
        File.WriteAllText(file, TestRules.DispenserRule("TEST-DISPENSER-RELIEF", 1.6));
        Poll.Until(() => !ReferenceEquals(engine.Current, before), "the fixed rules to be swapped in");
        engine.Evaluate(AddHydrogenSafetyTests.Station).Violations.Should().BeEmpty();
    }

    [Test]
    public void Evaluations_during_reloads_use_one_whole_engine_each()
    {
        using var rules = new TestRules();
        var file = rules.WriteDispenserRule(factor: 1.4);
        using var provider = Build(rules, new CapturingLoggerProvider());
        var engine = provider.GetRequiredService<IComplianceEngine>();
        var counts = new ConcurrentBag<int>();
        using var stop = new CancellationTokenSource();
        var readers = Enumerable.Range(0, 2).Select(_ => Task.Run(() =>
        {
            while (!stop.IsCancellationRequested)
            {
                var report = engine.Evaluate(AddHydrogenSafetyTests.Station);
                report.Findings.Should().ContainSingle();
                counts.Add(report.Violations.Count());
            }
        })).ToList();

        var before = engine.Current;
        File.WriteAllText(file, TestRules.DispenserRule("TEST-DISPENSER-RELIEF", 1.6));
        Poll.Until(() => !ReferenceEquals(engine.Current, before), "the engine to be swapped");
        var after = counts.Count;
        Poll.Until(() => counts.Count > after + 10, "evaluations on the new engine");
        stop.Cancel();
        Task.WaitAll([.. readers]);

        counts.Should().Contain(1).And.Contain(0);
    }

    private static ServiceProvider Build(TestRules rules, CapturingLoggerProvider logs)
    {
        var provider = new ServiceCollection()
            .AddLogging(b => b.AddProvider(logs))
            .AddHydrogenSafety(o => o.AddRules(rules.Folder).WatchRules(Debounce))
            .BuildServiceProvider();
        provider.GetRequiredService<Microsoft.Extensions.Options.IStartupValidator>().Validate();
        return provider;
    }
}
