using HydrogenSafety.Diagnostics;
using HydrogenSafety.Rules;

namespace HydrogenSafety.Coverage;

/// <summary>One listed clause: its status and the rules that encode it (by id).</summary>
/// <param name="Clause">The clause as listed.</param>
/// <param name="Status">Encoded, not encoded (with the list's reason) or unknown.</param>
/// <param name="Rules">The rules that encode it, by id; empty unless encoded.</param>
public sealed record ClauseCoverage(CoverageClause Clause, ClauseStatus Status, IReadOnlyList<RuleDefinition> Rules);

/// <summary>One document's clause list against the rules.</summary>
/// <param name="List">The clause list.</param>
/// <param name="Clauses">Every listed clause, in file order.</param>
/// <param name="Unlisted">Rules citing the document whose clause no listed id covers (the list should name it), by id.</param>
public sealed record DocumentCoverage(CoverageDocument List, IReadOnlyList<ClauseCoverage> Clauses, IReadOnlyList<RuleDefinition> Unlisted)
{
    /// <summary>How many listed clauses are encoded.</summary>
    public int Encoded => Clauses.Count(c => c.Status == ClauseStatus.Encoded);

    /// <summary>How many are deliberately not encoded.</summary>
    public int NotEncoded => Clauses.Count(c => c.Status == ClauseStatus.NotEncoded);

    /// <summary>How many have no rule and no reason.</summary>
    public int Unknown => Clauses.Count(c => c.Status == ClauseStatus.Unknown);

    /// <summary>The share of listed clauses encoded, 0 to 1.</summary>
    public double Share => Clauses.Count == 0 ? 0 : (double)Encoded / Clauses.Count;

    /// <summary>The rules citing the document at all (listed clause or not), by id.</summary>
    public IReadOnlyList<RuleDefinition> Citing => Clauses.SelectMany(c => c.Rules).Concat(Unlisted).DistinctBy(r => r.Id).OrderBy(r => r.Id, StringComparer.Ordinal).ToList();
}

/// <summary>A document rules cite that has no clause list.</summary>
/// <param name="Document">The document as cited.</param>
/// <param name="Rules">The rules citing it, by id.</param>
public sealed record UnlistedDocument(string Document, IReadOnlyList<RuleDefinition> Rules);

/// <summary>
/// Clause traceability: for each source document with a clause list, which clauses the rules encode (and by
/// which rules), which are deliberately not encoded and why, which are open, and which rules cite clauses the list
/// does not name; and the documents rules cite that have no list. Matching: <see cref="ClauseMatch"/>.
/// </summary>
public sealed class CoverageReport
{
    private CoverageReport(IReadOnlyList<DocumentCoverage> documents, IReadOnlyList<UnlistedDocument> withoutList, IReadOnlyList<CoverageDocument> uncited, string? profile, int rules)
    {
        Documents = documents;
        WithoutList = withoutList;
        Uncited = uncited;
        Profile = profile;
        RuleCount = rules;
    }

    /// <summary>The documents with a clause list, in the order of their files.</summary>
    public IReadOnlyList<DocumentCoverage> Documents { get; }

    /// <summary>Documents rules cite without a clause list, by name.</summary>
    public IReadOnlyList<UnlistedDocument> WithoutList { get; }

    /// <summary>Clause lists of documents that no rule considered cites (left out of <see cref="Documents"/> under a profile).</summary>
    public IReadOnlyList<CoverageDocument> Uncited { get; }

    /// <summary>The profile the rules were tailored with, if any.</summary>
    public string? Profile { get; }

    /// <summary>How many rules were considered (those the profile selects, or all).</summary>
    public int RuleCount { get; }

    /// <summary>
    /// Matches <paramref name="rules"/> (those a profile leaves out excepted) against <paramref name="coverage"/>.
    /// Under a profile, a clause list no selected rule cites is left out of <see cref="Documents"/> (it is in
    /// <see cref="Uncited"/>); without one, every list is reported.
    /// </summary>
    public static CoverageReport Build(CoverageSet coverage, RuleSet rules)
    {
        ArgumentNullException.ThrowIfNull(coverage);
        ArgumentNullException.ThrowIfNull(rules);
        var selected = rules.Rules.Where(r => !rules.Excluded.Contains(r.Id)).ToList();
        var byDocument = selected.GroupBy(r => r.Source.Document, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var documents = new List<DocumentCoverage>();
        var uncited = new List<CoverageDocument>();
        foreach (var list in coverage.Documents)
        {
            var citing = byDocument.TryGetValue(list.Document, out var found) ? found : [];
            if (citing.Count == 0)
            {
                uncited.Add(list);
                if (rules.Profile is not null)
                {
                    continue;
                }
            }

            documents.Add(Match(list, citing));
        }

        var withoutList = byDocument
            .Where(d => coverage.Find(d.Key) is null)
            .OrderBy(d => d.Key, StringComparer.Ordinal)
            .Select(d => new UnlistedDocument(d.Key, d.Value.OrderBy(r => r.Id, StringComparer.Ordinal).ToList()))
            .ToList();
        return new CoverageReport(documents, withoutList, uncited, rules.Profile, selected.Count);
    }

    /// <summary>
    /// Warnings for <c>lint</c>: a rule citing a clause its document's list does not name (H2S0313), a list naming a
    /// document no rule cites (H2S0316), and a clause listed as not encoded that a rule encodes (H2S0317).
    /// </summary>
    public IReadOnlyList<Diagnostic> Warnings()
    {
        var warnings = new List<Diagnostic>();
        foreach (var document in Documents)
        {
            foreach (var rule in document.Unlisted)
            {
                warnings.Add(Diagnostic.Warning(DiagnosticCodes.CoverageUnlistedClause, rule.Span,
                    $"rule `{rule.Id}` cites clause `{rule.Source.Clause ?? "(none)"}` of `{document.List.Document}`, which its clause list ({document.List.File}) does not name; add the clause to the list"));
            }

            foreach (var clause in document.Clauses.Where(c => c.Status == ClauseStatus.Encoded && c.Clause.NotEncoded is not null))
            {
                warnings.Add(Diagnostic.Warning(DiagnosticCodes.CoverageExcusedClauseEncoded, clause.Clause.Span,
                    $"clause `{clause.Clause.Clause}` is listed as not encoded ({CoverageFileReader.Word(clause.Clause.NotEncoded!.Value)}) but {string.Join(", ", clause.Rules.Select(r => $"`{r.Id}`"))} encode{(clause.Rules.Count == 1 ? "s" : string.Empty)} it; drop `not_encoded` or correct the rule's clause"));
            }
        }

        foreach (var list in Uncited)
        {
            warnings.Add(Diagnostic.Warning(DiagnosticCodes.CoverageUncitedDocument, list.Span,
                $"no rule cites `{list.Document}`; the document must be written exactly as the rules' source.document"));
        }

        return warnings.OrderBy(w => w.Span.File, StringComparer.Ordinal).ThenBy(w => w.Span.Line).ThenBy(w => w.Span.Column).ToList();
    }

    private static DocumentCoverage Match(CoverageDocument list, IReadOnlyList<RuleDefinition> citing)
    {
        var encoders = list.Clauses.Select(_ => new List<RuleDefinition>()).ToList();
        var unlisted = new List<RuleDefinition>();
        foreach (var rule in citing.OrderBy(r => r.Id, StringComparer.Ordinal))
        {
            var matched = rule.Source.Clause is { } clause ? ClauseMatch.Match(list.Clauses, clause) : [];
            if (matched.Count == 0)
            {
                unlisted.Add(rule);
            }

            foreach (var listed in matched)
            {
                encoders[IndexOf(list.Clauses, listed)].Add(rule);
            }
        }

        var clauses = list.Clauses.Select((c, i) =>
        {
            var rules = encoders[i];
            var status = rules.Count > 0 ? ClauseStatus.Encoded : c.NotEncoded is not null ? ClauseStatus.NotEncoded : ClauseStatus.Unknown;
            return new ClauseCoverage(c, status, rules);
        }).ToList();
        return new DocumentCoverage(list, clauses, unlisted);
    }

    private static int IndexOf(IReadOnlyList<CoverageClause> clauses, CoverageClause clause)
    {
        for (var i = 0; i < clauses.Count; i++)
        {
            if (ReferenceEquals(clauses[i], clause))
            {
                return i;
            }
        }

        return -1;
    }
}
