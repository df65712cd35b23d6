using HydrogenSafety.Evaluation;
using HydrogenSafety.Facilities;
using HydrogenSafety.Rules;

namespace HydrogenSafety.Reporting;

/// <summary>The reports' words in English (the default); every report printed before <c>--lang</c> existed keeps them byte for byte.</summary>
internal sealed class EnglishReportStrings : ReportStrings
{
    public override ReportLanguage Language => ReportLanguage.English;

    public override string Outcome(Outcome outcome) => ReportVocabulary.Name(outcome);

    public override string OutcomePhrase(Outcome outcome) => ReportVocabulary.Name(outcome).Replace('_', ' ');

    public override string OutcomeLabel(Outcome outcome) => outcome switch
    {
        Evaluation.Outcome.Pass => "Pass",
        Evaluation.Outcome.Violation => "Violation",
        Evaluation.Outcome.Indeterminate => "Indeterminate",
        Evaluation.Outcome.Waived => "Waived",
        Evaluation.Outcome.NotApplicable => "Not applicable",
        Evaluation.Outcome.Error => "Error",
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, null),
    };

    public override string Severity(Severity severity) => ReportVocabulary.Name(severity);

    public override string SeverityHeading(Severity severity) => ReportVocabulary.Name(severity).ToUpperInvariant();

    public override string Status(RuleStatus status) => ReportVocabulary.Name(status);

    public override string Stage(Stage stage) => ReportVocabulary.Name(stage);

    public override string FacilitySubject => "facility";

    public override string Allowed => "allowed";

    public override string SummaryLine(OutcomeCounts counts)
    {
        var parts = new List<string>
        {
            Count(counts.Violation, "violation", "violations"),
            Count(counts.Indeterminate, "indeterminate", "indeterminate"),
            Count(counts.Error, "error", "errors"),
        };
        if (counts.Waived > 0)
        {
            parts.Add(Count(counts.Waived, "waived", "waived"));
        }

        parts.Add(Count(counts.Pass, "passed", "passed"));
        parts.Add(Count(counts.NotApplicable, "not applicable", "not applicable"));
        return string.Join(", ", parts);
    }

    public override string TextHeader(string facilityId, string? file, int evaluated, int ruleCount, string asOf) =>
        $"facility {facilityId}{(file is null ? string.Empty : $" ({file})")}: {N(evaluated)} of {N(ruleCount)} rules evaluated, as of {asOf}";

    public override string RulesEvaluated(int evaluated, int ruleCount) => $"{N(evaluated)} of {N(ruleCount)} rules evaluated";

    public override string EvaluatedOf(int evaluated, int ruleCount) => $"{N(evaluated)} of {N(ruleCount)} evaluated";

    public override string ProfileFact(string name) => $"profile {name}";

    public override string AsOfFact(string asOf) => $"as of {asOf}";

    public override string NoFindings => "no findings";

    public override string NoProblemsOrWaivers => "no violations, indeterminate outcomes, errors or waivers";

    public override string WarningsHeading => "WARNINGS";

    public override string ErrorLabel => "error";

    public override string WaivedLabel => "waived";

    public override string TableTag(string table) => $"table {table}";

    private protected override string ComparisonStatement(EvidenceSentence s)
    {
        var got = s.Actual ?? "not recorded";
        var limit = s.Limit ?? string.Empty;
        if (s.Gap != EvidenceGap.None)
        {
            var words = s.Gap switch
            {
                EvidenceGap.Short => $"short by {s.GapText}",
                EvidenceGap.Exceeds => $"exceeds by {s.GapText}",
                _ => $"margin {s.GapText}",
            };
            return $"expected {EvidenceSentence.Symbol(s.Operator)} {limit}, got {got}: {words}";
        }

        return s.Operator switch
        {
            "==" => $"expected {limit}, got {got}",
            "!=" => $"expected other than {limit}, got {got}",
            "in" => $"expected one of {limit}, got {got}",
            "not in" => $"expected none of {limit}, got {got}",
            "between" => $"expected between {limit.Trim('[', ']').Replace(", ", " and ", StringComparison.Ordinal)}, got {got}",
            _ => $"expected {EvidenceSentence.Symbol(s.Operator)} {limit}, got {got}",
        };
    }

    private protected override string NegatedComparisonStatement(EvidenceSentence s)
    {
        if (s.Actual is null)
        {
            return $"cannot tell whether {s.Column} holds: not recorded";
        }

        var sides = s.Sides((value, item) => $"{value} matches {item}", value => $"{value} matches no item");
        var gap = s.Gap switch
        {
            EvidenceGap.Short => $": short by {s.GapText}",
            EvidenceGap.Exceeds => $": exceeds by {s.GapText}",
            EvidenceGap.Margin => $": margin {s.GapText}",
            _ => string.Empty,
        };
        return s.Holds ? $"{s.Column} holds ({sides}), so the 'not' fails{gap}" : $"{s.Column} does not hold ({sides}), as the 'not' requires{gap}";
    }

    private protected override string DefinedStatement(EvidenceSentence s) => (s.Negated, s.Holds) switch
    {
        (false, false) => $"expected {s.Column} recorded, got not recorded",
        (false, true) => $"{s.Column} recorded: {s.Actual}",
        (true, false) => $"expected {s.Column} not recorded, got {s.Actual}",
        (true, true) => $"{s.Column} not recorded",
    };

    private protected override string ExistsStatement(EvidenceSentence s)
    {
        var what = s.What("where");
        var found = s.FoundList(n => $" and {N(n)} more");
        return (s.Negated, s.Holds) switch
        {
            (false, false) => $"expected at least one {what}, found none of {N(s.Looked)}",
            (false, true) => $"found {found} ({what})",
            (true, false) => $"expected no {what}, found {found}",
            (true, true) => $"found no {what} (of {N(s.Looked)})",
        };
    }

    private protected override string Band(string? over, string? upTo) => (over, upTo) switch
    {
        ({ } o, { } u) => $"over {o} up to {u}",
        ({ } o, null) => $"over {o}",
        (null, { } u) => $"up to {u}",
        _ => "any value",
    };

    private protected override string RowStatement(string band, string column, string? cell) =>
        cell is null ? $"band {band}: no {column}" : $"band {band}: {column} {cell}";

    public override string EvidenceLabel => "evidence";

    public override string MissingLabel => "missing";

    public override string SourceLabel => "source";

    public override string AtLabel => "at";

    public override string MoreEvidence(int count) => $" (+{N(count)} more with -v)";

    public override string TraceLabel => "trace";

    public override string RemediationLabel => "remediation";

    public override string WaiverDetail(string reason, string approvedBy, string expires, string wasOutcome) =>
        $"{reason} (approved by {approvedBy}, expires {expires}; was {wasOutcome})";

    public override string TableRow(string table, string? row) => row is null ? $"table {table}" : $"table {table}, row {row}";

    public override string OutcomeHeader => "Outcome";

    public override string CountHeader => "Count";

    public override string SeverityHeader => "Severity";

    public override string RuleHeader => "Rule";

    public override string SubjectsHeader => "Subjects";

    public override string MessageHeader => "Message";

    public override string SourceHeader => "Source";

    public override string TitleHeader => "Title";

    public override string NoProblems => "No violations, indeterminate outcomes or errors.";

    public override string ProblemsHeading => "Violations, indeterminate outcomes and errors";

    public override string WaivedHeading => "Waived";

    public override string PassesHeading => "Passed and not applicable";

    public override string WarningsTitle => "Warnings";

    public override string More(int count) => $"… and {N(count)} more (see the JSON or SARIF report).";

    public override string PageTitle(string facilityId) => $"h2safety report: {facilityId}";

    public override string PageTitleMany(int count) => $"h2safety report: {N(count)} facilities";

    public override string PageHeading => "Hydrogen safety compliance report";

    public override string FacilityHeading => "Facility";

    public override string FileFact => "File";

    public override string JurisdictionFact => "Jurisdiction";

    public override string RulesFact => "Rules";

    public override string ProfileLabel => "Profile";

    public override string AsOfLabel => "As of";

    public override string DigestFact => "Rule digest";

    public override string SummaryCaption => "Summary";

    public override string PlanCaption(string facilityIdHtml, int separationsDrawn) =>
        $"Site plan of {facilityIdHtml}: positions in metres (x east, y north). {N(separationsDrawn)} violated separation{(separationsDrawn == 1 ? string.Empty : "s")} drawn as lines with the measured and required distance; dashed circles show the required clearance.";

    public override string NotDrawn => "Not drawn (no position): ";

    public override string FindingsHeading => "Findings";

    public override string StageHeading(string stage) => $"Stage: {stage}";

    public override string WaiversHeading => "Waivers";

    public override string WasHeader => "Was";

    public override string ReasonHeader => "Reason";

    public override string ApprovedByHeader => "Approved by";

    public override string ExpiresHeader => "Expires";

    public override string FindingHeader => "Finding";

    public override string WarningBadge => "warning";

    public override string Footer(string tool) => $"Made by {tool}. Findings cite their source documents; check the cited edition before acting on them.";

    public override string CompareHeader(string facilityId, string? file, int profiles, string asOf) =>
        $"Facility {facilityId}{(file is null ? string.Empty : $" ({file})")} under {N(profiles)} profiles, as of {asOf}.";

    public override string JurisdictionKept(string jurisdiction) =>
        $"The facility's jurisdiction ({jurisdiction}) is kept: rules of other jurisdictions are left out under every profile.";

    public override string JurisdictionSetAside(string jurisdiction) =>
        $"The facility's jurisdiction ({jurisdiction}) is set aside so that each profile's own rules apply (--keep-jurisdiction keeps it).";

    public override string CompareRules(int count) => count == 1 ? "1 rule" : $"{N(count)} rules";

    public override string RulesSelected(int count, string outcomes) => $"{CompareRules(count)} selected; {outcomes}";

    public override string PartsNote => ": passes one profile, fails another";

    public override string NoRuleApplies => "No selected rule applies to this facility under these profiles (--all lists the rules that do not apply).";

    public override string NoRuleSelected => "no rule selected";

    public override string Verdict(string verdict) => verdict;

    public override string CompareField(string field) => field;

    public override string TopicByTopicHeading => "Topic by topic";

    public override string PartingHeading => "Where the station passes one and fails the other";

    public override string CompareProfileHeader => "| profile | title | rules selected | outcomes |";

    public override (string Topic, string Parts) CompareTopicHeader => ("topic", "passes one, fails another");

    public override (string Rule, string Requires) CompareRuleHeader => ("rule", "requires");

    public override string Yes => "yes";

    public override string VerdictUnder(string verdict, string profile) => $"{verdict} under {profile}";

    public override string ProfileFails(string profile, string rule, string title) => $"{profile} fails {rule} {title}";

    public override (string And, string When) CompareJoins => (" and ", " when ");

    public override string CompareNeeds(string actual, string op, string required) => $"{actual}, needs {op} {required}";

    public override string CompareMissing(string missing) => $"missing {missing}";

    public override string CompareNotSelected(bool notInProfile) =>
        notInProfile ? "not in profile" : "not selected (jurisdiction, dates or status)";

    public override string IdColumn => "ID";

    public override string StageColumn => "STAGE";

    public override string SeverityColumn => "SEVERITY";

    public override string StatusColumn => "STATUS";

    public override string CitationColumn => "CITATION";

    public override string TitleColumn => "TITLE";

    public override string RuleCount(int count) => Count(count, "rule", "rules");

    public override string StatusCounts(int enforced, int advisory, int draft) => $"{N(enforced)} enforced, {N(advisory)} advisory, {N(draft)} draft";

    public override string RuleListSummary(int listed, int total, string? profile, string statusCounts) =>
        profile is null ? $"{RuleCount(listed)}: {statusCounts}" : $"{N(listed)} of {RuleCount(total)} selected by profile {profile}: {statusCounts}";

    internal override string PlanTitle(string facilityId, int components, int separations) =>
        $"Site plan of {facilityId}: {N(components)} components, {N(separations)} violated separations";

    internal override string PlanAxisX => "x, east (m)";

    internal override string PlanAxisY => "y, north (m)";

    internal override string PlanLegend => "Legend";

    internal override string PlanViolatedLegend => "violated separation: measured < required";

    internal override string PlanClearanceLegend => "required clearance (r = radius)";

    internal override string PlanWaivedLegend => "waived separation";

    internal override string PlanCategory(SitePlanSvg.KindCategory category) => SitePlanSvg.CategoryName(category);

    internal override string PlanRequired(string distance) => $"{distance} required";

    internal override string PlanClearanceTitle(string from, string required, string rule) => $"Required clearance around {from}: {required} ({rule})";

    internal override string PlanSeparationTitle(string from, string to, string measured, string rules) => $"{from} to {to} is {measured}; {rules}";

    internal override string PlanComponentTitle(string id, string kind, string x, string y) => $"{id} ({kind}) at x {x} m, y {y} m";

    private static string Count(int n, string singular, string plural) => $"{N(n)} {(n == 1 ? singular : plural)}";

    // ---- phrases (ReportStrings.Phrases.cs) ----

    private protected override string SubjectsWhole => "for the facility as a whole (one outcome per facility)";

    private protected override string SubjectsEach(string joined, bool several) =>
        several ? $"for each {joined}, different components" : $"for each {joined}";

    private protected override string AnyComponent => "any component";

    private protected override string KindWord(string kind) => kind.Replace('_', ' ');

    private protected override (string Comma, string Or, string And, string Where) SubjectJoins => (", ", " or ", " and ", ", where ");

    internal override string NoComponentMatches(string kinds) => $"no component matches the rule's subjects ({kinds})";

    internal override string UnknownValue => "unknown";

    internal override string ErrorValue => "(error)";

    internal override string JUnitLabel(string field) => field;

    internal override string AdvisorySkip(string status, string failure) => $"{status} rule, never fails a run: {failure}";
}
