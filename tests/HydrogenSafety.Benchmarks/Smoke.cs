using System.Diagnostics;
using System.Globalization;
using HydrogenSafety.Benchmarks.Baselines;
using HydrogenSafety.Benchmarks.Suites;
using HydrogenSafety.Benchmarks.Workloads;
using HydrogenSafety.Evaluation;
using HydrogenSafety.Rules;

namespace HydrogenSafety.Benchmarks;

/// <summary>
/// <c>--smoke</c>: every scenario a couple of times with a Stopwatch (no BenchmarkDotNet), a small table,
/// exit code 0. For CI, so that the benchmark project keeps building and running; the numbers are
/// indicative only (no warm-up beyond the first iteration, no statistics).
/// </summary>
public static class Smoke
{
    public static int Run(int iterations = 2, string? only = null)
    {
        var total = Stopwatch.StartNew();
        var rows = new List<(string Name, double BestMs, double CpuMs, double AllocMb, string Note)>();
        using var process = Process.GetCurrentProcess();
        bool Wanted(string name) => only is null || name.Contains(only, StringComparison.Ordinal);

        void Measure(string name, Func<object> action, string note = "")
        {
            if (!Wanted(name))
            {
                return;
            }

            var best = double.MaxValue;
            var bestCpu = double.MaxValue;
            var alloc = long.MaxValue;
            object? result = null;
            // Sub-millisecond operations are timed in batches (after a warm-up call) so that the figure is a mean
            // per call, not one call's timer noise and JIT.
            var probe = Stopwatch.StartNew();
            result = action();
            var repeat = probe.Elapsed.TotalMilliseconds < 2 ? 200 : 1;
            for (var i = 0; i < iterations; i++)
            {
                var before = GC.GetTotalAllocatedBytes(precise: true);
                process.Refresh();
                var cpuBefore = process.TotalProcessorTime;
                var sw = Stopwatch.StartNew();
                for (var r = 0; r < repeat; r++)
                {
                    result = action();
                }

                sw.Stop();
                process.Refresh();
                best = Math.Min(best, sw.Elapsed.TotalMilliseconds / repeat);
                bestCpu = Math.Min(bestCpu, (process.TotalProcessorTime - cpuBefore).TotalMilliseconds / repeat);
                alloc = Math.Min(alloc, (GC.GetTotalAllocatedBytes(precise: true) - before) / repeat);
            }

            rows.Add((name, best, bestCpu, alloc / 1048576.0, note.Length > 0 ? note : $"result {result}"));
        }

        // 1. Load + compile.
        var builtIn = RuleSet.Load(Scenarios.RulesDirectory);
        Measure("built-in: parse rules/", () => RuleSet.Load(Scenarios.RulesDirectory).Rules.Count);
        Measure("built-in: compile", () => ComplianceEngine.Create(builtIn, Scenarios.Options).Rules.Rules.Count);
        var yaml = SyntheticRules.Yaml(1000);
        RuleSet? synthetic = null;
        Measure("1000 synthetic rules: parse", () => (synthetic = RuleSet.Parse(yaml, "synthetic.yaml")).Rules.Count);
        ComplianceEngine? syntheticEngine = null;
        Measure("1000 synthetic rules: compile", () => (syntheticEngine = ComplianceEngine.Create(synthetic!, Scenarios.Options)).Rules.Rules.Count);
        var f50 = SyntheticFacilities.Create(50);
        Measure("1000 synthetic rules: evaluate 50 comps", () => syntheticEngine!.Evaluate(f50).Findings.Count);

        // 2. One facility with the built-in rules.
        var f1000 = SyntheticFacilities.Create(1000);
        var builtInWanted = Wanted("built-in");
        var engine = builtInWanted ? ComplianceEngine.Create(RuleSet.BuiltIn, Scenarios.Options) : null!;
        Measure("built-in: evaluate 50 comps", () => engine.Evaluate(f50).Findings.Count);
        Measure("built-in: evaluate 1000 comps", () => engine.Evaluate(f1000).Findings.Count);

        // 2b. An incremental update in an open session (one gas detector's setpoint toggles).
        foreach (var facility in builtInWanted ? new[] { f50, f1000 } : [])
        {
            var (low, high) = SyntheticFacilities.DetectorVariants(facility);
            var session = engine.OpenSession(facility);
            var toggle = false;
            Measure($"built-in: incremental upsert, {facility.Components.Count} comps", () =>
            {
                toggle = !toggle;
                session.Upsert(toggle ? high : low);
                return session.Findings.Count;
            });
        }

        // 2c. The consequence pack on 1000 components with leak scenarios (issue 13), with and without the pack.
        if (Wanted("consequence"))
        {
            ConsequenceSmoke.Add((name, action, note) => Measure(name, action, note));
        }

        // 3. 400 facilities x 50 components in parallel.
        var many = builtInWanted ? SyntheticFacilities.Many(400, 50) : [];
        Measure("built-in: 400 x 50 comps, Parallel.ForEach", () => ParallelRun.Evaluate(engine, many));

        // 4. Baselines on the ten rules.
        var ten = ComplianceEngine.Create(Scenarios.TenRuleSet(), Scenarios.Options);
        var rulesEngine = new RulesEngineTenRules();
        foreach (var facility in new[] { f50, f1000 })
        {
            var n = facility.Components.Count;
            var violations = Scenarios.CheckBaselinesAgree(facility, ten, rulesEngine);
            var note = $"{violations} violations, all three agree";
            Measure($"ten rules, {n} comps: hand-written C#", () => HandWrittenTenRules.Evaluate(facility).Count, note);
            Measure($"ten rules, {n} comps: RulesEngine 6.0.1", () => rulesEngine.Evaluate(facility).Count, note);
            Measure($"ten rules, {n} comps: HydrogenSafety", () => ten.Evaluate(facility).Findings.Count, note);
            Measure($"ten rules, {n} comps: NRules floor (session + insert, no actions)", () => NRulesFloor.InsertWithoutFiring(ten, facility));
        }

        var width = rows.Max(r => r.Name.Length);
        Console.WriteLine($"{"scenario".PadRight(width)}  {"wall ms",10}  {"cpu ms",10}  {"alloc MB",9}  note");
        foreach (var (name, ms, cpu, mb, note) in rows)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name.PadRight(width)}  {ms,10:F3}  {cpu,10:F0}  {mb,9:F1}  {note}"));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"smoke: {rows.Count} scenarios x {iterations} iterations (best of each; cpu = process CPU time, all threads) in {total.Elapsed.TotalSeconds:F1} s; load average {LoadAverage()}"));
        return 0;
    }

    /// <summary>The 1-minute load average (Linux), to judge how much other work shared the machine.</summary>
    public static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "n/a";
}

/// <summary>
/// <c>--peak-memory</c>: only the 400 x 50 parallel run (after compiling the built-in rules), in this fresh
/// process, then the peak working set. Run it under <c>/usr/bin/time -v</c> for an outside view.
/// </summary>
public static class PeakMemory
{
    public static int Run()
    {
        var sw = Stopwatch.StartNew();
        var engine = ComplianceEngine.Create(RuleSet.BuiltIn, Scenarios.Options);
        var compileMs = sw.Elapsed.TotalMilliseconds;
        var facilities = SyntheticFacilities.Many(400, 50);
        sw.Restart();
        var findings = ParallelRun.Evaluate(engine, facilities);
        var runMs = sw.Elapsed.TotalMilliseconds;
        var info = GC.GetGCMemoryInfo();
        using var process = Process.GetCurrentProcess();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"compile {compileMs:F0} ms; 400 x 50 in parallel {runMs:F0} ms, {findings} findings; peak working set {process.PeakWorkingSet64 / 1048576.0:F0} MB; " +
            $"GC heap after {GC.GetTotalMemory(false) / 1048576.0:F0} MB; largest committed {info.TotalCommittedBytes / 1048576.0:F0} MB; gen0/1/2 collections {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}"));
        return 0;
    }
}

/// <summary><c>--profile-evaluate</c>: the built-in rules on one synthetic facility, evaluated in a loop for a profiler; prints calls, ms and KB per call.</summary>
public static class ProfileLoop
{
    /// <param name="components">Components of the synthetic facility.</param>
    /// <param name="seconds">How long to loop.</param>
    /// <param name="tenRules">The ten baseline rules instead of the built-in ones.</param>
    /// <param name="consequence">
    /// The consequence workload (issue 13): the facility with leak scenarios, and the built-in rules with the
    /// <c>intl/consequence</c> pack (<c>with</c>) or without it (<c>without</c>); null for the plain facility.
    /// </param>
    public static int Run(int components, int seconds, bool tenRules = false, string? consequence = null)
    {
        var rules = tenRules ? Scenarios.TenRuleSet() : consequence == "without" ? ConsequenceFacilities.WithoutConsequencePack() : RuleSet.BuiltIn;
        var engine = ComplianceEngine.Create(rules, Scenarios.Options);
        var facility = consequence is null ? SyntheticFacilities.Create(components) : ConsequenceFacilities.Create(components);
        var findings = engine.Evaluate(facility).Findings.Count;
        var before = GC.GetTotalAllocatedBytes(precise: true);
        var pauseBefore = GC.GetTotalPauseDuration();
        var collections = new[] { GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2) };
        var sw = Stopwatch.StartNew();
        var calls = 0;
        while (sw.Elapsed.TotalSeconds < seconds)
        {
            engine.Evaluate(facility);
            calls++;
        }

        var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{components} components, {findings} findings: {calls} calls, {sw.Elapsed.TotalMilliseconds / calls:F3} ms and {allocated / 1024.0 / calls:F0} KB per call; " +
            $"GC pauses {(GC.GetTotalPauseDuration() - pauseBefore).TotalMilliseconds / calls:F1} ms per call, gen0/1/2 collections " +
            $"{GC.CollectionCount(0) - collections[0]}/{GC.CollectionCount(1) - collections[1]}/{GC.CollectionCount(2) - collections[2]}"));
        return 0;
    }
}
