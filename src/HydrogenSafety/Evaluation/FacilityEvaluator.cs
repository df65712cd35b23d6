using HydrogenSafety.Compilation;
using HydrogenSafety.Evaluation.Waivers;
using HydrogenSafety.Facilities;
using HydrogenSafety.Rules;

namespace HydrogenSafety.Evaluation;

/// <summary>Evaluates one facility: one NRules session, the facility's facts in, fire, outcomes out; and builds reports.</summary>
internal static class FacilityEvaluator
{
    /// <summary>Runs longer than this are sorted by <see cref="FindingRunSort"/>.</summary>
    private const int KeyedSortFrom = 16;

    public static ComplianceReport Evaluate(CompiledRuleSet compiled, RuleSet rules, Facility facility, DateOnly asOf, EngineOptions options, string? only)
    {
        var session = new RuleSession(compiled, rules, options, asOf, only, oneShot: true);
        session.Apply(facility);
        return session.Report();
    }

    public static ComplianceReport BuildReport(CompiledRuleSet compiled, RuleSet rules, Facility facility, DateOnly asOf, bool[] selected, bool[] joinAllowed, FindingSink sink, EngineOptions options)
    {
        // The sink's findings by plan index, in the sink's order (as the grouping before did).
        var byRule = sink.FindingsByPlan();
        var total = 0;
        foreach (var list in byRule)
        {
            total += list?.Count ?? 0;
        }

        var findings = new List<Finding>(total + compiled.Plans.Count);
        var bindings = new Dictionary<string, int>(StringComparer.Ordinal);
        // In report order, each rule's findings one run (waivers keep positions): sorting the runs one by one gives the
        // order of one sort of the whole list, whose first keys are the run's severity and rule id.
        var runs = new List<(Rules.Severity Severity, string RuleId, int Start)>();
        foreach (var plan in compiled.ReportOrder)
        {
            if (!selected[plan.Index])
            {
                continue;
            }

            if (runs.Count == 0 || runs[^1].Severity != plan.Definition.Severity || !string.Equals(runs[^1].RuleId, plan.Definition.Id, StringComparison.Ordinal))
            {
                runs.Add((plan.Definition.Severity, plan.Definition.Id, findings.Count));
            }

            if (!joinAllowed[plan.Index])
            {
                var refused = JoinLimit.Message(plan.Definition, facility);
                bindings[plan.Definition.Id] = 0;
                findings.Add(FindingFactory.RuleLevel(plan, Outcome.Error, $"{plan.Definition.Title}: {refused}", facility.Span, error: refused));
                continue;
            }

            var list = byRule[plan.Index] ?? [];
            bindings[plan.Definition.Id] = list.Count(f => f.Subjects.Count > 0 || plan.Definition.IsFacilityRule);
            if (list.Count == 0)
            {
                list.Add(FindingFactory.NoComponentMatches(plan, facility.Span));
            }

            findings.AddRange(list);
        }

        var warnings = new List<Diagnostics.Diagnostic>(facility.Warnings);
        if (!options.IgnoreWaivers)
        {
            // A waiver given for the whole run (EngineOptions.Waivers, `--waivers FILE`) that names components, none of
            // them in this facility, is about another facility: it is neither applied nor reported (expired, stale) here.
            var shared = options.Waivers.Count == 0 ? [] : RunWideWaiversFor(facility, options.Waivers);
            var (waived, waiverWarnings) = WaiverApplier.Apply(findings, facility.Waivers.Concat(shared), asOf, facility.File ?? facility.Id);
            findings = waived;
            warnings.AddRange(waiverWarnings);
        }

        var outcomesByRule = new Dictionary<string, List<Outcome>>(StringComparer.Ordinal);
        FindingRunSort? keyed = null;
        for (var r = 0; r < runs.Count; r++)
        {
            var (_, ruleId, start) = runs[r];
            var end = r + 1 < runs.Count ? runs[r + 1].Start : findings.Count;
            // A long run is sorted by component ranks first (the same order, fewer string compares); a short one, where
            // the sort is an insertion sort of a few findings, by FindingOrder alone.
            if (end - start > KeyedSortFrom)
            {
                keyed ??= FindingRunSort.For(facility.Components);
                keyed.Sort(findings, start, end - start);
            }
            else
            {
                findings.Sort(start, end - start, FindingOrder.Instance);
            }

            if (!outcomesByRule.TryGetValue(ruleId, out var outcomes))
            {
                outcomesByRule[ruleId] = outcomes = new List<Outcome>(end - start);
            }

            for (var i = start; i < end; i++)
            {
                outcomes.Add(findings[i].Outcome);
            }
        }

        var results = bindings.Keys.Order(StringComparer.Ordinal)
            .Select(id => new RuleResult(id, bindings[id], OutcomeCounts.Of(outcomesByRule.GetValueOrDefault(id) ?? [])))
            .ToList();
        // Draft rules are not loaded by default (SPEC §4): checked like any rule, but neither counted nor listed.
        var draftsLeftOut = options.IncludeDrafts ? 0 : compiled.Plans.Count(p => p.Definition.Status == RuleStatus.Draft && !selected[p.Index]);
        return new ComplianceReport
        {
            FacilityId = facility.Id,
            FacilityFile = facility.File,
            RuleCount = rules.Rules.Count - draftsLeftOut,
            RulesEvaluated = selected.Count(s => s),
            RulesNotSelected = selected.Count(s => !s) - draftsLeftOut,
            RuleDigest = rules.Digest,
            Profile = rules.Profile,
            AsOf = asOf,
            Findings = findings,
            RuleResults = results,
            Warnings = warnings,
        };
    }

    private static List<Facilities.WaiverDeclaration> RunWideWaiversFor(Facility facility, IReadOnlyList<Facilities.WaiverDeclaration> waivers)
    {
        var ids = facility.Components.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        return waivers.Where(w => w.Components.Count == 0 || w.Components.Any(ids.Contains)).ToList();
    }
}
