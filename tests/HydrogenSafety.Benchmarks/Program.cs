using BenchmarkDotNet.Running;
using HydrogenSafety.Benchmarks;

// --smoke [--iterations N] [--only TEXT]: each scenario N times (default 2), plain Stopwatch, for CI; --only keeps the
//   scenarios whose name contains TEXT (e.g. "ten rules"), skipping the others' setup where it can.
// --write-facilities DIR [COUNT] [COMPONENTS]: synthetic facilities as YAML files (default 400 x 50), for the CLI.
// --profile-evaluate [COMPONENTS] [SECONDS] [--ten-rules | --consequence with|without]: built-in rules (or the ten baseline
//   rules, or the consequence workload with or without its pack), one facility evaluated in a loop, for a profiler.
// --scaling [PNG] [MAX_COMPONENTS] [MAX_FACILITIES]: the cost curves (components 50-5000, facilities 1-10,000) into docs/scaling.png.
// --peak-memory: the 400 x 50 parallel run alone, then the process's peak working set.
// --sort-ab [--iterations N]: the report sort alone on the 1000-component consequence facility, FindingOrder against the
//   keyed run sort (FindingRunSort), alternated.
// Anything else goes to BenchmarkDotNet's switcher, e.g. --filter '*' --job short.
if (args.Contains("--smoke"))
{
    var at = Array.IndexOf(args, "--iterations");
    var only = Array.IndexOf(args, "--only");
    return Smoke.Run(at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], System.Globalization.CultureInfo.InvariantCulture) : 2,
        only >= 0 && only + 1 < args.Length ? args[only + 1] : null);
}

if (args.Length >= 2 && args[0] == "--write-facilities")
{
    static int Arg(string[] a, int i, int fallback) => a.Length > i ? int.Parse(a[i], System.Globalization.CultureInfo.InvariantCulture) : fallback;
    return HydrogenSafety.Benchmarks.Workloads.FacilityYaml.Write(args[1], Arg(args, 2, 400), Arg(args, 3, 50));
}

if (args.Length >= 1 && args[0] == "--profile-evaluate")
{
    // A steady loop for a profiler (dotnet-trace collect -- dotnet HydrogenSafety.Benchmarks.dll --profile-evaluate 50 10).
    static int Arg(string[] a, int i, int fallback) => a.Length > i ? int.Parse(a[i], System.Globalization.CultureInfo.InvariantCulture) : fallback;
    var consequence = Array.IndexOf(args, "--consequence");
    return HydrogenSafety.Benchmarks.ProfileLoop.Run(Arg(args, 1, 50), Arg(args, 2, 10), args.Contains("--ten-rules"),
        consequence >= 0 && consequence + 1 < args.Length ? args[consequence + 1] : null);
}

if (args.Length >= 1 && args[0] == "--scaling")
{
    static int Arg(string[] a, int i, int fallback) => a.Length > i ? int.Parse(a[i], System.Globalization.CultureInfo.InvariantCulture) : fallback;
    var png = args.Length > 1 ? args[1] : Path.Combine(HydrogenSafety.Benchmarks.Workloads.Scenarios.RepoRoot, "docs", "scaling.png");
    return HydrogenSafety.Benchmarks.Scaling.Run(png, Arg(args, 2, 5000), Arg(args, 3, 10000));
}

// --consequence-overhead [--iterations N]: only the consequence-pack rows of the smoke mode (issue 13).
if (args.Contains("--consequence-overhead"))
{
    var at = Array.IndexOf(args, "--iterations");
    return ConsequenceSmoke.Run(at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], System.Globalization.CultureInfo.InvariantCulture) : 5);
}

// --sort-ab [--iterations N]: the report sort alone, FindingOrder against the keyed run sort, alternated (issue 13).
if (args.Contains("--sort-ab"))
{
    var at = Array.IndexOf(args, "--iterations");
    return SortSmoke.Run(at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], System.Globalization.CultureInfo.InvariantCulture) : 10);
}

// --prune-ab [--iterations N]: distance-gated joins pruned against the plain cross join, alternated (issue 11).
if (args.Contains("--prune-ab"))
{
    var at = Array.IndexOf(args, "--iterations");
    return PruneSmoke.Run(at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], System.Globalization.CultureInfo.InvariantCulture) : 5);
}

if (args.Contains("--peak-memory"))
{
    return PeakMemory.Run();
}

BenchmarkSwitcher.FromAssembly(typeof(Smoke).Assembly).Run(args);
return 0;
