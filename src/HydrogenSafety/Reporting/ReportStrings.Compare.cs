using HydrogenSafety.Rules;

namespace HydrogenSafety.Reporting;

/// <summary>The words of the command line's <c>compare</c> (its text and Markdown output).</summary>
public abstract partial class ReportStrings
{
    /// <summary>The heading of a rule topic (<see cref="RuleTopics.Heading(string, string)"/>): English <c>Separation distances</c>, Korean <c>이격거리</c>.</summary>
    public string TopicHeading(string topic) => RuleTopics.Heading(topic, Code);

    /// <summary><c>Facility ID (FILE) under N profiles, as of DATE.</c></summary>
    public abstract string CompareHeader(string facilityId, string? file, int profiles, string asOf);

    /// <summary>The sentence when the facility's jurisdiction is kept (<c>--keep-jurisdiction</c>).</summary>
    public abstract string JurisdictionKept(string jurisdiction);

    /// <summary>The sentence when the facility's jurisdiction is set aside for each profile's own rules.</summary>
    public abstract string JurisdictionSetAside(string jurisdiction);

    /// <summary><c>N rules</c> of a comparison (English: <c>1 rule</c>, <c>2 rules</c>).</summary>
    public abstract string CompareRules(int count);

    /// <summary><c>N rules selected; OUTCOMES</c>.</summary>
    public abstract string RulesSelected(int count, string outcomes);

    /// <summary>After a topic heading when the facility passes one profile and fails another (with the leading <c>: </c>).</summary>
    public abstract string PartsNote { get; }

    /// <summary>The line when no selected rule applies under any profile.</summary>
    public abstract string NoRuleApplies { get; }

    /// <summary>A profile that selects no rule of a topic (English: <c>no rule selected</c>).</summary>
    public abstract string NoRuleSelected { get; }

    /// <summary>
    /// A verdict in words; <paramref name="verdict"/> is the machine word <c>fails</c>, <c>passes</c>, <c>data missing</c>,
    /// <c>does not apply</c> or <c>no rule</c> (English prints it as it is).
    /// </summary>
    public abstract string Verdict(string verdict);

    /// <summary>A field label of a rule in the comparison: <paramref name="field"/> is <c>source</c>, <c>for</c>, <c>when</c>, <c>requires</c>, or <c>with</c> (before a profile's parameters).</summary>
    public abstract string CompareField(string field);

    /// <summary>Markdown heading of the verdicts per topic (English: <c>Topic by topic</c>).</summary>
    public abstract string TopicByTopicHeading { get; }

    /// <summary>Markdown heading of the rules behind a parting (English: <c>Where the station passes one and fails the other</c>).</summary>
    public abstract string PartingHeading { get; }

    /// <summary>The Markdown profile table's header row (English: <c>| profile | title | rules selected | outcomes |</c>).</summary>
    public abstract string CompareProfileHeader { get; }

    /// <summary>The Markdown header cells of the topic table: first and last (English: <c>topic</c>, <c>passes one, fails another</c>).</summary>
    public abstract (string Topic, string Parts) CompareTopicHeader { get; }

    /// <summary>The Markdown header cells of a topic's rule table (English: <c>rule</c>, <c>requires</c>).</summary>
    public abstract (string Rule, string Requires) CompareRuleHeader { get; }

    /// <summary>The word of a parting topic (English: <c>yes</c>).</summary>
    public abstract string Yes { get; }

    /// <summary><c>VERDICT under `PROFILE`</c> (<paramref name="profile"/> already formatted).</summary>
    public abstract string VerdictUnder(string verdict, string profile);

    /// <summary><c>PROFILE fails RULE TITLE</c> (all already formatted).</summary>
    public abstract string ProfileFails(string profile, string rule, string title);

    /// <summary>The numbers of a failed comparison in a comparison cell (English: <c>16.5 m, needs &gt;= 17 m</c>).</summary>
    public abstract string CompareNeeds(string actual, string op, string required);

    /// <summary>What was missing, in a comparison cell (English: <c>missing A, B</c>).</summary>
    public abstract string CompareMissing(string missing);

    /// <summary>
    /// Why a rule has no result under a profile: <paramref name="notInProfile"/> when the profile leaves it out
    /// (English: <c>not in profile</c>), otherwise its selection did not take it (English:
    /// <c>not selected (jurisdiction, dates or status)</c>).
    /// </summary>
    public abstract string CompareNotSelected(bool notInProfile);

    /// <summary>Joins requirements (English: <c> and </c>) and a condition (English: <c> when </c>).</summary>
    public abstract (string And, string When) CompareJoins { get; }
}
