namespace HydrogenSafety.Diagnostics;

/// <summary>
/// Every diagnostic code, stable across releases. Ranges: 00xx files and YAML, 01xx quantities,
/// 02xx facilities, 03xx rules, tables and coverage files, 04xx expressions, 05xx profiles and waivers, 09xx command line.
/// docs/diagnostics.md explains each one.
/// </summary>
public static class DiagnosticCodes
{
    /// <summary>The file or folder does not exist or cannot be read (its bytes are not valid UTF-8 text, for one).</summary>
    public const string FileNotFound = "H2S0001";
    /// <summary>The YAML (or JSON) is not well formed.</summary>
    public const string YamlSyntax = "H2S0002";
    /// <summary>A field that the format does not know.</summary>
    public const string UnknownField = "H2S0003";
    /// <summary>A required field is missing.</summary>
    public const string MissingField = "H2S0004";
    /// <summary>A node has the wrong shape (a list where a mapping is due, …).</summary>
    public const string WrongNodeType = "H2S0005";
    /// <summary>A value is not one of the allowed words or not in the allowed form.</summary>
    public const string InvalidValue = "H2S0006";
    /// <summary>The same key appears twice in one mapping.</summary>
    public const string DuplicateKey = "H2S0007";
    /// <summary>The file is empty or holds no document.</summary>
    public const string EmptyDocument = "H2S0008";
    /// <summary>A limit (size, depth, aliases, counts) is exceeded.</summary>
    public const string LimitExceeded = "H2S0009";

    /// <summary>A bare number where a quantity with a unit is due.</summary>
    public const string NeedsUnit = "H2S0101";
    /// <summary>A unit that the catalogue does not know.</summary>
    public const string UnknownUnit = "H2S0102";
    /// <summary>A quantity of the wrong dimension for its attribute or column.</summary>
    public const string WrongDimension = "H2S0103";
    /// <summary>A value that is not a valid quantity.</summary>
    public const string MalformedQuantity = "H2S0104";
    /// <summary>An attribute value of the wrong kind (text where a yes/no is due, …).</summary>
    public const string WrongAttributeType = "H2S0105";

    /// <summary>Two components share an id.</summary>
    public const string DuplicateComponentId = "H2S0201";
    /// <summary>A distance names a component that does not exist.</summary>
    public const string UnknownDistanceReference = "H2S0202";
    /// <summary>A component kind outside the vocabulary (warning).</summary>
    public const string UnknownKind = "H2S0203";
    /// <summary>A position that is not two or three numbers.</summary>
    public const string InvalidPosition = "H2S0204";
    /// <summary>A distance between a component and itself, or given twice.</summary>
    public const string InvalidDistance = "H2S0205";

    /// <summary>Two rules share an id.</summary>
    public const string DuplicateRuleId = "H2S0301";
    /// <summary>Two bands of a table overlap.</summary>
    public const string TableOverlap = "H2S0302";
    /// <summary>Bands of a table leave a gap and the table does not allow gaps.</summary>
    public const string TableGap = "H2S0303";
    /// <summary>A table is malformed (no rows, inconsistent columns, …).</summary>
    public const string InvalidTable = "H2S0304";
    /// <summary>Two tables share a name, or a table shadows a built-in.</summary>
    public const string DuplicateTable = "H2S0305";
    /// <summary>A subject declaration is invalid.</summary>
    public const string InvalidSubject = "H2S0306";
    /// <summary>A rule test case is malformed.</summary>
    public const string InvalidRuleTest = "H2S0307";
    /// <summary>A message template is malformed.</summary>
    public const string InvalidMessageTemplate = "H2S0308";
    /// <summary>A table column whose rows hold values of different types (dimensions, or a bare number and a quantity).</summary>
    public const string InconsistentTableColumn = "H2S0309";
    /// <summary>Warning: an enforced rule whose source confidence is M or L (only rules read in the primary text, H, should fail a run).</summary>
    public const string UnconfirmedEnforcedRule = "H2S0310";
    /// <summary>A clause listed twice in one coverage file.</summary>
    public const string DuplicateCoverageClause = "H2S0311";
    /// <summary>Two coverage files list the same document.</summary>
    public const string DuplicateCoverageDocument = "H2S0312";
    /// <summary>Warning: a rule cites a clause of a document whose clause list does not name it (lint).</summary>
    public const string CoverageUnlistedClause = "H2S0313";
    /// <summary>Warning: a coverage file lists a document that no rule cites (lint).</summary>
    public const string CoverageUncitedDocument = "H2S0316";
    /// <summary>Warning: a clause listed as not encoded that a rule encodes (lint).</summary>
    public const string CoverageExcusedClauseEncoded = "H2S0317";
    /// <summary>Warning (`h2safety lint`): a rule's message template has no placeholder naming a value of its subjects (an id, a name, an attribute), so a reader cannot tell which component a finding is about.</summary>
    public const string MessageNamesNoSubject = "H2S0318";
    /// <summary>Warning (`h2safety lint`): a requirement nests and/or/not more than 4 levels deep or makes more than 10 comparisons; a table, a require list or several rules read better.</summary>
    public const string RequirementHardToRead = "H2S0319";
    /// <summary>Information (`h2safety lint`): a rule's Korean or Japanese text lacks a field (title, message, remediation), or a KR rule has no `ko` / a JP rule no `ja` translation; reports in that language fall back to English for the field.</summary>
    public const string TranslationFallback = "H2S0314";

    /// <summary>An expression does not parse.</summary>
    public const string ExpressionSyntax = "H2S0401";
    /// <summary>A name that is neither a subject, an attribute, a parameter nor a table.</summary>
    public const string UnknownName = "H2S0402";
    /// <summary>A function that is not a built-in or a table.</summary>
    public const string UnknownFunction = "H2S0403";
    /// <summary>An operation on values of incompatible types.</summary>
    public const string TypeMismatch = "H2S0404";
    /// <summary>An operation on quantities of incompatible dimensions.</summary>
    public const string DimensionMismatch = "H2S0405";
    /// <summary>A built-in called with the wrong number or kind of arguments.</summary>
    public const string WrongArguments = "H2S0406";
    /// <summary>A name that is not a declared subject.</summary>
    public const string UnknownSubject = "H2S0407";
    /// <summary>A parameter that the rule does not declare.</summary>
    public const string UnknownParameter = "H2S0408";
    /// <summary>A table column that the table does not have.</summary>
    public const string UnknownColumn = "H2S0409";
    /// <summary>An attribute outside the vocabulary close to one in it (warning).</summary>
    public const string SuspiciousAttribute = "H2S0410";
    /// <summary>An expression whose result is not true/false where a condition is due.</summary>
    public const string NotACondition = "H2S0411";
    /// <summary>A consequence built-in (<c>jet_flame_distance</c>, <c>flammable_extent</c>) with the wrong arguments: a component, a heat flux or concentration, and an optional plain leak fraction.</summary>
    public const string WrongHazardArguments = "H2S0412";

    /// <summary>A waiver whose expiry date has passed: not applied (warning).</summary>
    public const string WaiverExpired = "H2S0501";
    /// <summary>A waiver that covers no violation or indeterminate finding (warning).</summary>
    public const string WaiverStale = "H2S0502";
    /// <summary>A waiver whose version range cannot be read.</summary>
    public const string InvalidVersionRange = "H2S0503";
    /// <summary>A profile that no file or built-in profile defines.</summary>
    public const string UnknownProfile = "H2S0510";
    /// <summary>A profile names a rule id (or a glob) that matches no rule.</summary>
    public const string ProfileUnknownRule = "H2S0511";
    /// <summary>A profile names a tag, stage or jurisdiction that no rule has.</summary>
    public const string ProfileUnknownSelector = "H2S0512";
    /// <summary>A profile overrides a parameter the rule does not declare, or with the wrong type.</summary>
    public const string ProfileUnknownParameter = "H2S0513";

    /// <summary>A command-line usage error.</summary>
    public const string Usage = "H2S0901";
}
