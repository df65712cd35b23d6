using BenchmarkDotNet.Attributes;
using HydrogenSafety.Benchmarks.Workloads;
using HydrogenSafety.Evaluation;
using HydrogenSafety.Rules;

namespace HydrogenSafety.Benchmarks.Suites;

/// <summary>Scenario 1a: the built-in packs re-parsed from <c>rules/</c> and compiled into an engine.</summary>
[MemoryDiagnoser]
public class BuiltInLoadCompileBenchmarks
{
    private RuleSet _builtIn = null!;

    [GlobalSetup]
    public void Setup() => _builtIn = RuleSet.Load(Scenarios.RulesDirectory);

    /// <summary>Parse + check the YAML files.</summary>
    [Benchmark]
    public RuleSet BuiltIn_Parse() => RuleSet.Load(Scenarios.RulesDirectory);

    /// <summary>Build the NRules rules and compile the network.</summary>
    [Benchmark]
    public ComplianceEngine BuiltIn_Compile() => ComplianceEngine.Create(_builtIn, Scenarios.Options);

    /// <summary>Both, as a tool does at start-up.</summary>
    [Benchmark]
    public ComplianceEngine BuiltIn_ParseAndCompile() => ComplianceEngine.Create(RuleSet.Load(Scenarios.RulesDirectory), Scenarios.Options);
}

/// <summary>Scenario 1b: synthetic rule sets (70 % thresholds, 20 % joins, 10 % aggregates) parsed, compiled, and run on a 50-component facility.</summary>
[MemoryDiagnoser]
public class SyntheticRulesBenchmarks
{
    private string _yaml = "";
    private RuleSet _rules = null!;
    private ComplianceEngine _engine = null!;
    private HydrogenSafety.Facilities.Facility _facility = null!;

    [Params(100, 1000)]
    public int Rules { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _yaml = SyntheticRules.Yaml(Rules);
        _rules = RuleSet.Parse(_yaml, "synthetic.yaml");
        _engine = ComplianceEngine.Create(_rules, Scenarios.Options);
        _facility = SyntheticFacilities.Create(50);
    }

    /// <summary>Parse + check the YAML text.</summary>
    [Benchmark]
    public RuleSet Synthetic_Parse() => RuleSet.Parse(_yaml, "synthetic.yaml");

    /// <summary>Compile into an engine (NRules network + action delegates).</summary>
    [Benchmark]
    public ComplianceEngine Synthetic_Compile() => ComplianceEngine.Create(_rules, Scenarios.Options);

    /// <summary>How evaluation grows with the number of rules: one 50-component facility.</summary>
    [Benchmark]
    public int Synthetic_Evaluate50() => _engine.Evaluate(_facility).Findings.Count;
}
