using System.Globalization;
using HydrogenSafety.Evaluation;
using HydrogenSafety.Facilities;
using HydrogenSafety.Rules;

namespace HydrogenSafety.Reporting;

/// <summary>
/// The words of reports in one language: outcome, severity, status and stage names, headings, table headers and
/// summary lines, for the text, Markdown and HTML reports and the command line's <c>rules</c>, <c>explain</c> and
/// <c>compare</c>. One class per language (<see cref="ReportStrings.English"/> is the default); rule titles, messages and
/// remediations come from the rules' own <c>translations</c>, not from here.
/// </summary>
public abstract partial class ReportStrings
{
    /// <summary>Only the library's languages derive from this class (it has internal members, for the site plan).</summary>
    private protected ReportStrings()
    {
    }

    /// <summary>English, the default: the words the reports have always printed, byte for byte.</summary>
    public static ReportStrings English { get; } = new EnglishReportStrings();

    /// <summary>Korean (한국어).</summary>
    public static ReportStrings Korean { get; } = new KoreanReportStrings();

    /// <summary>Japanese (日本語).</summary>
    public static ReportStrings Japanese { get; } = new JapaneseReportStrings();

    /// <summary>The words of <paramref name="language"/>.</summary>
    public static ReportStrings For(ReportLanguage language) => language switch
    {
        ReportLanguage.Korean => Korean,
        ReportLanguage.Japanese => Japanese,
        _ => English,
    };

    /// <summary>The language these words are in.</summary>
    public abstract ReportLanguage Language { get; }

    /// <summary>The language code (<c>en</c>, <c>ko</c>, <c>ja</c>): the key of rules' translations and HTML's <c>lang</c>.</summary>
    public string Code => Language.Code();

    // ---- names ----

    /// <summary>An outcome as a word of a line or table cell (English: the machine name, e.g. <c>not_applicable</c>).</summary>
    public abstract string Outcome(Outcome outcome);

    /// <summary>An outcome as a phrase (English: <c>not applicable</c>).</summary>
    public abstract string OutcomePhrase(Outcome outcome);

    /// <summary>An outcome as a label of a count table (English: <c>Not applicable</c>).</summary>
    public abstract string OutcomeLabel(Outcome outcome);

    /// <summary>A severity (English: the machine name, e.g. <c>high</c>).</summary>
    public abstract string Severity(Severity severity);

    /// <summary>A severity as a group heading (English: <c>HIGH</c>).</summary>
    public abstract string SeverityHeading(Severity severity);

    /// <summary>A rule status (English: <c>enforced</c>, <c>advisory</c>, <c>draft</c>).</summary>
    public abstract string Status(RuleStatus status);

    /// <summary>A stage (English: <c>production</c>, <c>storage</c>, <c>transport</c>, <c>utilization</c>).</summary>
    public abstract string Stage(Stage stage);

    /// <summary>The subjects of a facility-level finding, and the stage of a finding without one (English: <c>facility</c>).</summary>
    public abstract string FacilitySubject { get; }

    /// <summary>A tag after an indeterminate outcome that does not fail the run (English: <c>allowed</c>).</summary>
    public abstract string Allowed { get; }

    // ---- summary and facts ----

    /// <summary>The one-line summary of counts, e.g. <c>3 violations, 1 indeterminate, 0 errors, 40 passed, 20 not applicable</c> (waived only when some are).</summary>
    public abstract string SummaryLine(OutcomeCounts counts);

    /// <summary>The header line of a text report (<paramref name="file"/> already portable, or null).</summary>
    public abstract string TextHeader(string facilityId, string? file, int evaluated, int ruleCount, string asOf);

    /// <summary><c>N of M rules evaluated</c>.</summary>
    public abstract string RulesEvaluated(int evaluated, int ruleCount);

    /// <summary><c>N of M evaluated</c> (after a "Rules" label).</summary>
    public abstract string EvaluatedOf(int evaluated, int ruleCount);

    /// <summary><c>profile NAME</c> (<paramref name="name"/> already formatted).</summary>
    public abstract string ProfileFact(string name);

    /// <summary><c>as of DATE</c>.</summary>
    public abstract string AsOfFact(string asOf);

    // ---- text report ----

    /// <summary>The text report's line when nothing is listed and passes are shown.</summary>
    public abstract string NoFindings { get; }

    /// <summary>The text report's line when nothing is listed.</summary>
    public abstract string NoProblemsOrWaivers { get; }

    /// <summary>The text report's warnings heading.</summary>
    public abstract string WarningsHeading { get; }

    /// <summary>
    /// The width, in terminal columns, to which the text report pads the outcome before the rule id; 0: no padding
    /// (English keeps its original layout).
    /// </summary>
    public virtual int OutcomeColumnWidth => 0;

    /// <summary>Label of the error line of a finding (English: <c>error</c>).</summary>
    public abstract string ErrorLabel { get; }

    /// <summary>Label of the waiver line (English: <c>waived</c>).</summary>
    public abstract string WaivedLabel { get; }

    /// <summary>Label of an evidence line (English: <c>evidence</c>).</summary>
    public abstract string EvidenceLabel { get; }

    /// <summary>Label of the missing values (English: <c>missing</c>).</summary>
    public abstract string MissingLabel { get; }

    /// <summary>Label of the citation (English: <c>source</c>).</summary>
    public abstract string SourceLabel { get; }

    /// <summary>Label of the facility location (English: <c>at</c>).</summary>
    public abstract string AtLabel { get; }

    /// <summary>
    /// In the compact text report, after the one deciding statement shown, how many more pieces of evidence
    /// <c>-v</c> prints (English: <c>(+2 more with -v)</c>), with a leading space.
    /// </summary>
    public abstract string MoreEvidence(int count);

    /// <summary>Label of one entry of the full evidence trace in <c>check --explain</c> (English: <c>trace</c>).</summary>
    public abstract string TraceLabel { get; }

    /// <summary>Label of the remediation (English: <c>remediation</c>).</summary>
    public abstract string RemediationLabel { get; }

    /// <summary>One waiver in words: <c>REASON (approved by WHO, expires DATE; was OUTCOME)</c>.</summary>
    public abstract string WaiverDetail(string reason, string approvedBy, string expires, string wasOutcome);

    /// <summary>The table lookup of a piece of evidence: <c>table NAME, row ROW</c>.</summary>
    public abstract string TableRow(string table, string? row);

    /// <summary>
    /// The statement of a piece of evidence in this language: <c>expected ≥ 17 m, got 16.5 m: short by 0.508 m</c> in
    /// English (<see cref="Evidence.Statement"/> as it is), <c>기준 ≥ 17 m, 실측 16.5 m: 0.508 m 부족</c> in Korean; null
    /// when the evidence has none.
    /// </summary>
    public string? Statement(Evidence evidence)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        return Language == ReportLanguage.English || evidence.Sentence is not { } sentence ? evidence.Statement : Statement(sentence);
    }

    /// <summary>The table named after a statement of the full evidence (English: <c>table NAME</c>).</summary>
    public abstract string TableTag(string table);

    /// <summary>An evidence statement worded in this language (English: exactly <see cref="Evidence.Statement"/>).</summary>
    internal string Statement(EvidenceSentence sentence) => sentence.Kind switch
    {
        EvidenceSentenceKind.Row => RowStatement(Band(sentence.Over, sentence.UpTo), sentence.Column ?? string.Empty, sentence.Cell),
        EvidenceSentenceKind.Defined => DefinedStatement(sentence),
        EvidenceSentenceKind.Exists => ExistsStatement(sentence),
        _ when sentence.Negated => NegatedComparisonStatement(sentence),
        _ => ComparisonStatement(sentence),
    };

    /// <summary>
    /// A comparison under <c>not</c>: whether the comparison as written held, both sides with the relation that
    /// holds between them, and any gap to the complement (English: <c>v.pressure &gt; 5 MPa holds (7 MPa &gt; 5 MPa), so
    /// the 'not' fails: exceeds by 2 MPa</c>).
    /// </summary>
    private protected abstract string NegatedComparisonStatement(EvidenceSentence sentence);

    /// <summary>
    /// A <c>defined</c> statement: <c>expected D-1.fueling_protocol recorded, got not recorded</c> when it fails,
    /// <c>expected D-1.x not recorded, got VALUE</c> when a <c>not defined</c> fails, else what holds.
    /// </summary>
    private protected abstract string DefinedStatement(EvidenceSentence sentence);

    /// <summary>
    /// An <c>exists</c> statement: <c>expected a KIND where COND, found none of N</c>, <c>expected no KIND where COND, found
    /// C-1, C-2</c> for a failed <c>not exists</c>, else what holds.
    /// </summary>
    private protected abstract string ExistsStatement(EvidenceSentence sentence);

    /// <summary>A comparison's statement: the limit, the value (or that it is not recorded) and any gap.</summary>
    private protected abstract string ComparisonStatement(EvidenceSentence sentence);

    /// <summary>A table band in words: <c>over A up to B</c>, <c>over A</c>, <c>up to B</c>, <c>any value</c>.</summary>
    private protected abstract string Band(string? over, string? upTo);

    /// <summary>A table row's statement: <c>band BAND: COLUMN CELL</c>, or <c>band BAND: no COLUMN</c> when the cell is empty.</summary>
    private protected abstract string RowStatement(string band, string column, string? cell);

    // ---- Markdown and HTML ----

    /// <summary>Heading of the count table's first column (English: <c>Outcome</c>).</summary>
    public abstract string OutcomeHeader { get; }

    /// <summary>Heading of the count table's second column (English: <c>Count</c>).</summary>
    public abstract string CountHeader { get; }

    /// <summary>Heading: <c>Severity</c>.</summary>
    public abstract string SeverityHeader { get; }

    /// <summary>Heading: <c>Rule</c>.</summary>
    public abstract string RuleHeader { get; }

    /// <summary>Heading: <c>Subjects</c>.</summary>
    public abstract string SubjectsHeader { get; }

    /// <summary>Heading: <c>Message</c>.</summary>
    public abstract string MessageHeader { get; }

    /// <summary>Heading: <c>Source</c>.</summary>
    public abstract string SourceHeader { get; }

    /// <summary>Heading: <c>Title</c>.</summary>
    public abstract string TitleHeader { get; }

    /// <summary>The sentence when there are no violations, indeterminate outcomes or errors.</summary>
    public abstract string NoProblems { get; }

    /// <summary>Heading of the list of violations, indeterminate outcomes and errors.</summary>
    public abstract string ProblemsHeading { get; }

    /// <summary>Heading of the waived findings (English: <c>Waived</c>).</summary>
    public abstract string WaivedHeading { get; }

    /// <summary>Heading of the passed and not applicable findings.</summary>
    public abstract string PassesHeading { get; }

    /// <summary>Heading of the warnings (English: <c>Warnings</c>).</summary>
    public abstract string WarningsTitle { get; }

    /// <summary>The line under a table cut at its maximum length.</summary>
    public abstract string More(int count);

    /// <summary>The HTML page's title for one facility.</summary>
    public abstract string PageTitle(string facilityId);

    /// <summary>The HTML page's title for several facilities.</summary>
    public abstract string PageTitleMany(int count);

    /// <summary>The HTML page's main heading.</summary>
    public abstract string PageHeading { get; }

    /// <summary>The word before a facility's id in its heading (English: <c>Facility</c>).</summary>
    public abstract string FacilityHeading { get; }

    /// <summary>Fact label: <c>File</c>.</summary>
    public abstract string FileFact { get; }

    /// <summary>Fact label: <c>Jurisdiction</c>.</summary>
    public abstract string JurisdictionFact { get; }

    /// <summary>Fact label: <c>Rules</c>.</summary>
    public abstract string RulesFact { get; }

    /// <summary>Fact label: <c>Profile</c>.</summary>
    public abstract string ProfileLabel { get; }

    /// <summary>Fact label: <c>As of</c>.</summary>
    public abstract string AsOfLabel { get; }

    /// <summary>Fact label: <c>Rule digest</c>.</summary>
    public abstract string DigestFact { get; }

    /// <summary>The summary table's caption before the summary line (English: <c>Summary</c>).</summary>
    public abstract string SummaryCaption { get; }

    /// <summary>The site plan's caption (<paramref name="facilityIdHtml"/> already escaped).</summary>
    public abstract string PlanCaption(string facilityIdHtml, int separationsDrawn);

    /// <summary>The site plan's note before the components without a position.</summary>
    public abstract string NotDrawn { get; }

    /// <summary>Heading of the findings (English: <c>Findings</c>).</summary>
    public abstract string FindingsHeading { get; }

    /// <summary>Heading of a stage's findings: <c>Stage: NAME</c>.</summary>
    public abstract string StageHeading(string stage);

    /// <summary>Heading of the waivers section (English: <c>Waivers</c>).</summary>
    public abstract string WaiversHeading { get; }

    /// <summary>Waiver table heading: the outcome before the waiver (English: <c>Was</c>).</summary>
    public abstract string WasHeader { get; }

    /// <summary>Waiver table heading: <c>Reason</c>.</summary>
    public abstract string ReasonHeader { get; }

    /// <summary>Waiver table heading: <c>Approved by</c>.</summary>
    public abstract string ApprovedByHeader { get; }

    /// <summary>Waiver table heading: <c>Expires</c>.</summary>
    public abstract string ExpiresHeader { get; }

    /// <summary>Waiver table heading: <c>Finding</c>.</summary>
    public abstract string FindingHeader { get; }

    /// <summary>The badge of a warning (English: <c>warning</c>).</summary>
    public abstract string WarningBadge { get; }

    /// <summary>The page footer's sentence (<paramref name="tool"/>: name and version, already escaped).</summary>
    public abstract string Footer(string tool);

    // ---- command line: rules, explain, compare ----

    /// <summary>Column heading of the rule list: <c>ID</c>.</summary>
    public abstract string IdColumn { get; }

    /// <summary>Column heading: <c>STAGE</c>.</summary>
    public abstract string StageColumn { get; }

    /// <summary>Column heading: <c>SEVERITY</c>.</summary>
    public abstract string SeverityColumn { get; }

    /// <summary>Column heading: <c>STATUS</c>.</summary>
    public abstract string StatusColumn { get; }

    /// <summary>Column heading: <c>CITATION</c>.</summary>
    public abstract string CitationColumn { get; }

    /// <summary>Column heading: <c>TITLE</c>.</summary>
    public abstract string TitleColumn { get; }

    /// <summary>A count of rules, e.g. <c>3 rules</c>.</summary>
    public abstract string RuleCount(int count);

    /// <summary>Counts by status: <c>N enforced, N advisory, N draft</c>.</summary>
    public abstract string StatusCounts(int enforced, int advisory, int draft);

    /// <summary>The summary of a rule list: <c>N rules: COUNTS</c>, or with a profile <c>N of M rules selected by profile P: COUNTS</c>.</summary>
    public abstract string RuleListSummary(int listed, int total, string? profile, string statusCounts);

    // ---- the HTML report's site plan (internal: the plan's drawing code is internal too) ----

    /// <summary>The plan's title: <c>Site plan of ID: N components, N violated separations</c>.</summary>
    internal abstract string PlanTitle(string facilityId, int components, int separations);

    /// <summary>The x axis: <c>x, east (m)</c>.</summary>
    internal abstract string PlanAxisX { get; }

    /// <summary>The y axis: <c>y, north (m)</c>.</summary>
    internal abstract string PlanAxisY { get; }

    /// <summary>The legend's heading.</summary>
    internal abstract string PlanLegend { get; }

    /// <summary>The legend of a violated separation line.</summary>
    internal abstract string PlanViolatedLegend { get; }

    /// <summary>The legend of a clearance circle.</summary>
    internal abstract string PlanClearanceLegend { get; }

    /// <summary>The legend of a waived separation line.</summary>
    internal abstract string PlanWaivedLegend { get; }

    /// <summary>A kind category in the legend.</summary>
    internal abstract string PlanCategory(SitePlanSvg.KindCategory category);

    /// <summary><c>DISTANCE required</c>.</summary>
    internal abstract string PlanRequired(string distance);

    /// <summary>A clearance circle's hover text.</summary>
    internal abstract string PlanClearanceTitle(string from, string required, string rule);

    /// <summary>A separation line's hover text.</summary>
    internal abstract string PlanSeparationTitle(string from, string to, string measured, string rules);

    /// <summary>A component's hover text.</summary>
    internal abstract string PlanComponentTitle(string id, string kind, string x, string y);

    /// <summary>A number as these reports print it (invariant digits).</summary>
    protected static string N(int n) => n.ToString(CultureInfo.InvariantCulture);
}
