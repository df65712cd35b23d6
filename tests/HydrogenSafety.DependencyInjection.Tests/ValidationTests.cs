using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HydrogenSafety.DependencyInjection.Tests;

/// <summary>Bad options stop the start (<c>ValidateOnStart</c>) with a message that names the mistake.</summary>
public class ValidationTests
{
    [Test]
    public void No_rules_at_all_fails_at_start()
    {
        var act = () => Start(o => o.UseBuiltInRules(false));

        act.Should().Throw<OptionsValidationException>()
            .Which.Message.Should().Contain("HydrogenSafety has no rules to check against: call UseBuiltInRules() and/or AddRules(path)");
    }

    [Test]
    public void A_missing_rule_folder_fails_at_start_and_is_named()
    {
        var missing = Path.Combine(Path.GetTempPath(), "h2s-no-such-folder-" + Guid.NewGuid().ToString("N"));

        var act = () => Start(o => o.UseBuiltInRules().AddRules(missing));

        act.Should().Throw<OptionsValidationException>()
            .Which.Message.Should().Contain($"HydrogenSafety rule path '{missing}' does not exist");
    }

    [Test]
    public void An_unknown_profile_fails_at_start_and_lists_the_known_ones()
    {
        var act = () => Start(o => o.UseBuiltInRules().UseProfile("kr-hydrogn"));

        act.Should().Throw<OptionsValidationException>()
            .Which.Message.Should().Contain("HydrogenSafety profile 'kr-hydrogn' cannot be used")
            .And.Contain("no built-in profile is named 'kr-hydrogn'")
            .And.Contain("kr-hydrogen");
    }

    [Test]
    public void Watching_without_a_folder_fails_at_start()
    {
        var act = () => Start(o => o.UseBuiltInRules().WatchRules(TimeSpan.Zero));

        var message = act.Should().Throw<OptionsValidationException>().Which.Message;
        message.Should().Contain("WatchRulePaths is on but there is no rule folder to watch");
        message.Should().Contain("WatchDebounce must be more than zero");
    }

    [Test]
    public void Every_mistake_is_reported_at_once()
    {
        var act = () => Start(o => o.UseBuiltInRules(false).UseProfile("nope").AddRules("/no/such/rules"));

        act.Should().Throw<OptionsValidationException>().Which.Failures.Should().HaveCount(2)
            .And.Contain(f => f.Contains("rule path '/no/such/rules' does not exist"))
            .And.Contain(f => f.Contains("profile 'nope'"));
    }

    [Test]
    public void A_broken_rule_file_fails_at_start_with_every_diagnostic_and_logs_them()
    {
        using var rules = new TestRules();
        File.WriteAllText(rules.File("broken.yaml"), TestRules.DispenserRule("TEST-BROKEN", 1.4).Replace("1.4 * dispenser.nominal_working_pressure", "3 m"));
        var logs = new CapturingLoggerProvider();

        var act = () => Start(o => o.AddRules(rules.Folder), logs);

        act.Should().Throw<OptionsValidationException>()
            .Which.Message.Should().Contain("HydrogenSafety rules could not be loaded:")
            .And.MatchRegex(@"broken\.yaml:\d+:\d+: error H2S\d{4}: ");
        logs.Messages(LogLevel.Error).Should().Contain(m => m.StartsWith("Loading the rules from ", StringComparison.Ordinal))
            .And.Contain(m => m.StartsWith("Rule error: ", StringComparison.Ordinal) && m.Contains("broken.yaml:"));
    }

    [Test]
    public void Compile_on_start_can_be_turned_off()
    {
        using var rules = new TestRules();
        File.WriteAllText(rules.File("broken.yaml"), "rules: [");
        using var provider = Build(o =>
        {
            o.AddRules(rules.Folder);
            o.CompileOnStart = false;
        });

        provider.GetRequiredService<IStartupValidator>().Validate();

        var resolve = () => provider.GetRequiredService<IComplianceEngine>();
        resolve.Should().Throw<Diagnostics.LoadException>().Which.Diagnostics.Should().NotBeEmpty();
    }

    private static void Start(Action<HydrogenSafetyOptions> configure, CapturingLoggerProvider? logs = null)
    {
        using var provider = Build(configure, logs);
        provider.GetRequiredService<IStartupValidator>().Validate();
    }

    private static ServiceProvider Build(Action<HydrogenSafetyOptions> configure, CapturingLoggerProvider? logs = null) =>
        new ServiceCollection()
            .AddLogging(b => b.AddProvider(logs ?? new CapturingLoggerProvider()))
            .AddHydrogenSafety(configure)
            .BuildServiceProvider();
}
