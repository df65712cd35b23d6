using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using HydrogenSafety.Facilities;
using HydrogenSafety.Units;

namespace HydrogenSafety.Tests.Schemas;

/// <summary>
/// Builds the JSON Schemas (draft 2020-12) of rule files, facility descriptions and profiles from the
/// loaders' field lists, the <see cref="Vocabulary"/> and the <see cref="UnitCatalog"/>. The schemas are
/// checked in as <c>src/HydrogenSafety/Schemas/*.json</c> (embedded, printed by <c>h2safety schema</c>)
/// and <c>schemas/*.json</c> (for the modelines of the shipped YAML); <see cref="SchemaTests"/> keeps
/// them equal to this output. Regenerate with: <c>H2SAFETY_UPDATE_SCHEMAS=1 dotnet test --filter Schemas</c>.
/// </summary>
/// <remarks>
/// Only keywords that yaml-language-server understands are used (no <c>prefixItems</c>,
/// <c>unevaluatedProperties</c> or <c>dependentSchemas</c>); <c>enumDescriptions</c> is its extension for
/// completion hints and is ignored by validators. A kind is any text, as the loaders only warn about unknown
/// kinds (H2S0203); the vocabulary's kinds are offered for completion (an <c>anyOf</c> of their enum and a string).
/// </remarks>
internal static class SchemaGenerator
{
    private const string Draft = "https://json-schema.org/draft/2020-12/schema";
    private const string Number = @"-?[0-9]+(\.[0-9]+)?([eE][-+]?[0-9]+)?";

    /// <summary>Any quantity: a number, an optional space and a unit (SPEC §2).</summary>
    public const string QuantityPattern = "^" + Number + @" ?\S+$";

    private const string IdentifierPattern = "^[A-Za-z_][A-Za-z0-9_]*$";
    private const string AttributeNamePattern = "^[A-Za-z][A-Za-z0-9_]*$";
    private const string DatePattern = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$";
    private const string NonBlankPattern = @"\S";

    /// <summary>The <c>key</c> words of a table (TableReader) and the dimension each means.</summary>
    private static readonly (string Word, Dimension Dimension)[] DimensionWords =
    [
        ("pressure", Dimension.Pressure), ("length", Dimension.Length), ("area", Dimension.Area), ("mass", Dimension.Mass),
        ("volume", Dimension.Volume), ("temperature", Dimension.Temperature), ("time", Dimension.Time),
        ("mass_flow", Dimension.MassFlow), ("concentration", Dimension.Concentration), ("heat_flux", Dimension.HeatFlux),
        ("number", Dimension.Dimensionless),
    ];

    private static readonly (string Word, string Description)[] Stages =
    [
        ("production", "Production: electrolysers, reformers, extractors, purifiers."),
        ("storage", "Storage: vessels, tanks, bundles, compressors and the exposures around them."),
        ("transport", "Transport: tube trailers, liquid tankers, pipelines."),
        ("utilization", "Utilization: dispensers, fuel cells, vehicles, stations."),
    ];

    private static readonly (string Word, string Description)[] Severities =
    [
        ("info", "For information."), ("low", "Low."), ("medium", "Medium."), ("high", "High."), ("critical", "Critical."),
    ];

    private static readonly (string Word, string Description)[] Confidences =
    [
        ("H", "Read in the primary text or an official summary; only such rules should be enforced."),
        ("M", "Consistent secondary sources; the primary text not read (advisory)."),
        ("L", "A single or unconfirmed secondary source (advisory at most)."),
    ];

    private static readonly (string Word, string Description)[] Statuses =
    [
        ("enforced", "A violation fails a run (subject to --fail-on)."),
        ("advisory", "Reported, never fails a run: guidance, or a requirement whose source is not confirmed."),
        ("draft", "Not evaluated unless asked (--include-drafts): not yet law, or still being written."),
    ];

    private static readonly (string Word, string Description)[] Outcomes =
    [
        ("pass", "The requirement holds."),
        ("violation", "The requirement does not hold."),
        ("indeterminate", "A value needed to decide is missing."),
        ("waived", "A violation or indeterminate covered by a valid waiver."),
        ("not_applicable", "The subjects matched but `when` was false."),
        ("error", "Evaluating the rule failed for this binding."),
    ];

    private static readonly string[] FacilityTypes =
        ["production_plant", "storage_site", "fueling_station", "pipeline", "transport_depot", "power_plant", "other"];

    /// <summary>The schema names, as <c>h2safety schema NAME</c> takes them.</summary>
    public static IReadOnlyList<string> Names { get; } = ["rules", "facility", "profile", "coverage"];

    /// <summary>The schema text for a name, indented with two spaces, LF line ends, a final newline.</summary>
    public static string Generate(string name) => name switch
    {
        "rules" => Write(RulesSchema()),
        "facility" => Write(FacilitySchema()),
        "profile" => Write(ProfileSchema()),
        "coverage" => Write(CoverageSchema()),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "rules, facility, profile or coverage"),
    };

    private static JsonObject RulesSchema()
    {
        var defs = CommonDefs();
        AddFacilityDefs(defs);
        defs["ruleKind"] = KindSchema(withAny: true);
        defs["rule"] = RuleDef();
        defs["subject"] = SubjectDef();
        defs["test"] = TestDef();
        defs["table"] = TableDef();
        return new JsonObject
        {
            ["$schema"] = Draft,
            ["title"] = "HydrogenSafety rule file",
            ["description"] = "A rule file (SPEC §4): `rules:` and optionally `tables:`. A folder of rule files is a rule pack.",
            ["type"] = "object",
            ["properties"] = new JsonObject
            {
                ["$schema"] = Describe(new JsonObject { ["type"] = "string" }, "The schema of this file (editors only)."),
                ["rules"] = Describe(new JsonObject { ["type"] = "array", ["items"] = Ref("rule") }, "The rules of this file; ids are unique across everything loaded."),
                ["tables"] = Describe(new JsonObject
                {
                    ["type"] = "object",
                    ["propertyNames"] = new JsonObject { ["pattern"] = IdentifierPattern },
                    ["additionalProperties"] = Ref("table"),
                }, "Banded lookup tables, callable in expressions by name: `name(key).column`."),
            },
            ["additionalProperties"] = false,
            ["$defs"] = defs,
        };
    }

    private static JsonObject FacilitySchema()
    {
        var defs = CommonDefs();
        AddFacilityDefs(defs);
        var schema = new JsonObject
        {
            ["$schema"] = Draft,
            ["title"] = "HydrogenSafety facility description",
        };
        foreach (var (key, value) in (JsonObject)defs["facilityDocument"]!)
        {
            schema[key] = value?.DeepClone();
        }

        schema["$defs"] = defs;
        return schema;
    }

    private static JsonObject ProfileSchema()
    {
        var defs = CommonDefs();
        defs["selector"] = new JsonObject
        {
            ["type"] = "object",
            ["description"] = "Selects the rules that match every field given; a field matches when any of its values does.",
            ["properties"] = new JsonObject
            {
                ["ids"] = Describe(Ref("textOrList"), "Rule id globs (`*`, `?`), e.g. \"KR-HPG-*\"."),
                ["tags"] = Describe(Ref("textOrList"), "Tags."),
                ["stages"] = Describe(new JsonObject { ["anyOf"] = new JsonArray(Ref("stage"), new JsonObject { ["type"] = "array", ["items"] = Ref("stage") }) }, "Stages."),
                ["jurisdictions"] = Describe(Ref("textOrList"), "Jurisdictions; a rule naming none matches any."),
            },
            ["additionalProperties"] = false,
            ["minProperties"] = 1,
        };
        defs["override"] = new JsonObject
        {
            ["type"] = "object",
            ["description"] = "The profile's tailoring of one rule.",
            ["properties"] = new JsonObject
            {
                ["severity"] = Ref("severity"),
                ["params"] = Describe(Ref("attributes"), "Parameter values used instead of the rule's defaults; each must be a parameter the rule declares, of the same type."),
            },
            ["additionalProperties"] = false,
        };
        AddAttributeDefs(defs);
        return new JsonObject
        {
            ["$schema"] = Draft,
            ["title"] = "HydrogenSafety profile",
            ["description"] = "A profile (SPEC §5) selects and tailors rules for a purpose. An unknown rule id, tag or parameter is an error.",
            ["type"] = "object",
            ["properties"] = new JsonObject
            {
                ["$schema"] = Describe(new JsonObject { ["type"] = "string" }, "The schema of this file (editors only)."),
                ["profile"] = Describe(Ref("text"), "The profile's name, used with --profile, e.g. kr-hydrogen."),
                ["title"] = Describe(Ref("text"), "A one-line title."),
                ["description"] = Describe(Ref("text"), "A longer description."),
                ["translations"] = Describe(new JsonObject
                {
                    ["type"] = "object",
                    ["propertyNames"] = new JsonObject { ["pattern"] = "^[a-z]{2,3}$", ["not"] = new JsonObject { ["const"] = "en" } },
                    ["additionalProperties"] = new JsonObject
                    {
                        ["type"] = "object",
                        ["properties"] = new JsonObject
                        {
                            ["title"] = Describe(Ref("text"), "The title in this language."),
                            ["description"] = Describe(Ref("text"), "The description in this language."),
                        },
                        ["additionalProperties"] = false,
                    },
                }, "The profile's text in other languages, by ISO 639 code (ko, ja); a field left out falls back to English."),
                ["include"] = Describe(new JsonObject { ["type"] = "array", ["items"] = Ref("selector") }, "Rules matching any selector are selected; none means every rule."),
                ["exclude"] = Describe(new JsonObject { ["type"] = "array", ["items"] = Ref("selector") }, "Rules matching any selector are left out, even when included."),
                ["overrides"] = Describe(new JsonObject
                {
                    ["type"] = "object",
                    ["additionalProperties"] = Ref("override"),
                }, "Per-rule severity and parameter overrides, by rule id."),
            },
            ["required"] = new JsonArray("profile", "title"),
            ["additionalProperties"] = false,
            ["$defs"] = defs,
        };
    }

    private static JsonObject CoverageSchema()
    {
        var reasons = HydrogenSafety.Coverage.CoverageWords.Reasons;
        var defs = new JsonObject
        {
            ["text"] = new JsonObject { ["type"] = new JsonArray("string", "number") },
            ["clause"] = new JsonObject
            {
                ["type"] = "object",
                ["description"] = "One clause of the document. It is encoded when a rule citing the document has a `source.clause` that starts with this id at a token boundary.",
                ["properties"] = new JsonObject
                {
                    ["clause"] = Describe(Ref("text"), "The clause id as rules cite it, e.g. \"Art. 6 ¶1 (iii)\" or \"7.3.2\"; unique in the list."),
                    ["title"] = Describe(Ref("text"), "What the clause requires, in your own words."),
                    ["topic"] = Describe(new JsonObject { ["enum"] = new JsonArray([.. HydrogenSafety.Rules.RuleTopics.All.Select(t => (JsonNode)t)]) }, "The topic (the first tag of a rule encoding it)."),
                    ["not_encoded"] = Describe(new JsonObject { ["enum"] = new JsonArray([.. reasons.Select(r => (JsonNode)r)]) }, "Why the clause is deliberately not encoded."),
                    ["note"] = Describe(Ref("text"), "A remark: what was not read, where it is encoded instead."),
                },
                ["required"] = new JsonArray("clause", "title", "topic"),
                ["additionalProperties"] = false,
            },
        };
        return new JsonObject
        {
            ["$schema"] = Draft,
            ["title"] = "HydrogenSafety clause list",
            ["description"] = "The known clauses of one source document (rules/<pack>/coverage/*.yaml), matched against the rules by `h2safety coverage`.",
            ["type"] = "object",
            ["properties"] = new JsonObject
            {
                ["$schema"] = Describe(new JsonObject { ["type"] = "string" }, "The schema of this file (editors only)."),
                ["coverage"] = new JsonObject
                {
                    ["type"] = "object",
                    ["properties"] = new JsonObject
                    {
                        ["document"] = Describe(Ref("text"), "The document, exactly as the rules' source.document."),
                        ["edition"] = Describe(Ref("text"), "The edition or the copies read."),
                        ["url"] = Describe(Ref("text"), "A public address of the text."),
                        ["confidence"] = Describe(Words(Confidences), "How sure the list is: H read in the primary text or an official summary, M consistent secondary sources."),
                        ["clauses"] = Describe(new JsonObject { ["type"] = "array", ["minItems"] = 1, ["items"] = Ref("clause") }, "The clauses, in the document's order."),
                    },
                    ["required"] = new JsonArray("document", "edition", "confidence", "clauses"),
                    ["additionalProperties"] = false,
                },
            },
            ["required"] = new JsonArray("coverage"),
            ["additionalProperties"] = false,
            ["$defs"] = defs,
        };
    }

    private static JsonObject CommonDefs()
    {
        var defs = new JsonObject
        {
            ["text"] = new JsonObject { ["type"] = new JsonArray("string", "number") },
            ["textOrList"] = new JsonObject
            {
                ["anyOf"] = new JsonArray(Ref("text"), new JsonObject { ["type"] = "array", ["items"] = Ref("text") }),
            },
            ["date"] = new JsonObject { ["type"] = "string", ["pattern"] = DatePattern, ["description"] = "A date, yyyy-mm-dd." },
            ["quantity"] = new JsonObject
            {
                ["type"] = "string",
                ["pattern"] = QuantityPattern,
                ["description"] = "A number and its unit, one space between: `87.5 MPa`, `3 m`, `1 %`.",
            },
            ["freeValue"] = new JsonObject
            {
                ["description"] = "A value: a quantity (`87.5 MPa`), a number, true/false, a date, text, or a list of such values.",
                ["type"] = new JsonArray("string", "number", "boolean", "array"),
                ["items"] = Ref("freeValue"),
            },
            ["stage"] = Words(Stages),
            ["severity"] = Words(Severities),
        };
        foreach (var dimension in Enum.GetValues<Dimension>().Where(d => d != Dimension.Dimensionless))
        {
            defs[DimensionDef(dimension)] = DimensionQuantity(dimension);
        }

        return defs;
    }

    private static void AddFacilityDefs(JsonObject defs)
    {
        AddAttributeDefs(defs);
        defs["kind"] = KindSchema(withAny: false);
        defs["id"] = new JsonObject
        {
            ["type"] = new JsonArray("string", "number"),
            ["pattern"] = NonBlankPattern,
            ["description"] = "An id: not blank (a blank id is error H2S0004).",
        };
        defs["facilityDocument"] = new JsonObject
        {
            ["description"] = "A facility description (SPEC §3): header, components, measured distances, waivers.",
            ["type"] = "object",
            ["properties"] = new JsonObject
            {
                ["$schema"] = Describe(new JsonObject { ["type"] = "string" }, "The schema of this file (editors only)."),
                ["facility"] = Ref("facilityHeader"),
                ["components"] = Describe(new JsonObject { ["type"] = "array", ["items"] = Ref("component") }, "The components; ids are unique within the facility."),
                ["distances"] = Describe(new JsonObject { ["type"] = "array", ["items"] = Ref("distance") }, "Measured separations; they win over positions."),
                ["waivers"] = Describe(new JsonObject { ["type"] = "array", ["items"] = Ref("waiver") }, "Accepted deviations (SPEC §7)."),
            },
            ["additionalProperties"] = false,
        };
        defs["facilityHeader"] = new JsonObject
        {
            ["description"] = "The facility header.",
            ["type"] = "object",
            ["properties"] = new JsonObject
            {
                ["id"] = Describe(Ref("id"), "The facility id (without one, the file name, with warning H2S0004)."),
                ["name"] = Describe(Ref("text"), "A readable name."),
                ["jurisdiction"] = Describe(Ref("text"), "KR, JP, US, EU, INTL …; rules naming other jurisdictions are not evaluated."),
                ["type"] = Describe(new JsonObject { ["enum"] = new JsonArray([.. FacilityTypes.Select(t => (JsonNode)t)]) }, "The type of facility."),
                ["attributes"] = Describe(Ref("attributes"), "Facility-wide facts, free-form."),
            },
            ["additionalProperties"] = false,
        };
        var componentProperties = new JsonObject
        {
            ["id"] = Describe(Ref("id"), "Unique within the facility."),
            ["kind"] = Ref("kind"),
            ["stage"] = Describe(Ref("stage"), "The stage; the kind implies a default."),
            ["area"] = Describe(Ref("text"), "An optional grouping: a room, a yard, an enclosure."),
            ["position"] = new JsonObject
            {
                ["description"] = "Metres in the site frame: [x, y] or [x, y, z], plain numbers without units.",
                ["type"] = "array",
                ["items"] = new JsonObject { ["type"] = "number" },
                ["minItems"] = 2,
                ["maxItems"] = 3,
            },
        };
        foreach (var (name, _) in Vocabulary.Attributes.OrderBy(a => a.Key, StringComparer.Ordinal))
        {
            componentProperties[name] = Ref("attr_" + name);
        }

        defs["component"] = new JsonObject
        {
            ["description"] = "A component: id, kind and optional stage, area and position; every other key is an attribute (vocabulary attributes have a fixed type).",
            ["type"] = "object",
            ["properties"] = componentProperties,
            ["required"] = new JsonArray("id", "kind"),
            ["propertyNames"] = new JsonObject { ["pattern"] = AttributeNamePattern },
            ["additionalProperties"] = Ref("freeValue"),
        };
        defs["distance"] = new JsonObject
        {
            ["description"] = "A measured separation between two components.",
            ["type"] = "object",
            ["properties"] = new JsonObject
            {
                ["between"] = new JsonObject
                {
                    ["description"] = "Two component ids, e.g. [TK-101, AI-1].",
                    ["type"] = "array",
                    ["items"] = Ref("text"),
                    ["minItems"] = 2,
                    ["maxItems"] = 2,
                },
                ["distance"] = Ref(DimensionDef(Dimension.Length)),
            },
            ["required"] = new JsonArray("between", "distance"),
            ["additionalProperties"] = false,
        };
        defs["waiver"] = new JsonObject
        {
            ["description"] = "An accepted deviation: it turns a violation or indeterminate into waived until it expires.",
            ["type"] = "object",
            ["properties"] = new JsonObject
            {
                ["rule"] = Describe(Ref("text"), "A rule id or glob."),
                ["version"] = Describe(Ref("text"), "A version range of the rule, e.g. '>=1.0.0 <2.0.0', '1.x'."),
                ["components"] = Describe(Ref("textOrList"), "The component ids it covers; none means all."),
                ["reason"] = Describe(Ref("text"), "Why the deviation is accepted."),
                ["approved_by"] = Describe(Ref("text"), "Who approved it."),
                ["expires"] = Ref("date"),
            },
            ["required"] = new JsonArray("rule", "reason", "approved_by", "expires"),
            ["additionalProperties"] = false,
        };
    }

    private static void AddAttributeDefs(JsonObject defs)
    {
        var properties = new JsonObject();
        foreach (var (name, type) in Vocabulary.Attributes.OrderBy(a => a.Key, StringComparer.Ordinal))
        {
            defs["attr_" + name] = AttributeDef(name, type);
            properties[name] = Ref("attr_" + name);
        }

        defs["attributes"] = new JsonObject
        {
            ["type"] = "object",
            ["properties"] = properties,
            ["propertyNames"] = new JsonObject { ["pattern"] = AttributeNamePattern },
            ["additionalProperties"] = Ref("freeValue"),
        };
    }

    private static JsonObject AttributeDef(string name, AttributeType type)
    {
        var description = $"Vocabulary attribute `{name}`: {type}.";
        return type.Kind switch
        {
            ValueKind.Quantity when type.Dimension == Dimension.Dimensionless => new JsonObject { ["type"] = "number", ["description"] = description },
            ValueKind.Quantity => new JsonObject { ["allOf"] = new JsonArray(Ref(DimensionDef(type.Dimension))), ["description"] = description },
            ValueKind.Bool => new JsonObject { ["type"] = "boolean", ["description"] = description },
            ValueKind.Date => new JsonObject { ["allOf"] = new JsonArray(Ref("date")), ["description"] = description },
            ValueKind.Text => new JsonObject { ["type"] = new JsonArray("string", "number"), ["description"] = description },
            _ => new JsonObject { ["type"] = "array", ["items"] = Ref("freeValue"), ["description"] = description },
        };
    }

    private static JsonObject RuleDef()
    {
        var stageOrList = new JsonObject
        {
            ["description"] = "One stage or a list of stages.",
            ["anyOf"] = new JsonArray(Ref("stage"), new JsonObject { ["type"] = "array", ["items"] = Ref("stage"), ["minItems"] = 1 }),
        };
        var forSchema = new JsonObject
        {
            ["description"] = "The subjects: a kind (one subject named after it), `facility` (one outcome per facility), or a mapping of subject names to a kind, a list of kinds, or { kind, where }.",
            ["anyOf"] = new JsonArray(
                new JsonObject { ["const"] = "facility", ["description"] = "A facility-level rule: one outcome per facility." },
                Ref("ruleKind"),
                new JsonObject
                {
                    ["type"] = "object",
                    ["minProperties"] = 1,
                    ["propertyNames"] = new JsonObject
                    {
                        ["pattern"] = IdentifierPattern,
                        ["not"] = new JsonObject { ["enum"] = new JsonArray("facility", "params", "it", "today", "and", "or", "not", "in", "between", "where", "of", "true", "false") },
                    },
                    ["additionalProperties"] = Ref("subject"),
                }),
        };
        return new JsonObject
        {
            ["type"] = "object",
            ["properties"] = new JsonObject
            {
                ["id"] = Describe(new JsonObject { ["type"] = "string", ["pattern"] = "^[A-Za-z0-9][A-Za-z0-9._-]*$" }, "Unique rule id: letters, digits, `.`, `_`, `-`, e.g. KR-HPG-PROTECTED-FACILITY-DIST."),
                ["title"] = Describe(Ref("text"), "A one-line title, stated as the requirement."),
                ["stage"] = stageOrList,
                ["severity"] = Ref("severity"),
                ["version"] = Describe(new JsonObject { ["type"] = "string", ["pattern"] = @"^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$" }, "Semantic version x.y.z (default 1.0.0); a waiver can pin a range."),
                ["status"] = Words(Statuses),
                ["effective"] = new JsonObject
                {
                    ["description"] = "When the rule is in effect (inclusive), judged against --as-of.",
                    ["type"] = "object",
                    ["properties"] = new JsonObject { ["from"] = Ref("date"), ["until"] = Ref("date") },
                    ["additionalProperties"] = false,
                },
                ["jurisdictions"] = Describe(Ref("textOrList"), "Where the rule applies, e.g. [KR]; absent means everywhere."),
                ["source"] = Ref("citation"),
                ["tags"] = Describe(Ref("textOrList"), "Free tags; profiles select by them, `compare` groups by the first."),
                ["params"] = Describe(new JsonObject
                {
                    ["type"] = "object",
                    ["propertyNames"] = new JsonObject { ["pattern"] = IdentifierPattern },
                    ["additionalProperties"] = Ref("freeValue"),
                }, "Parameter defaults, used as `params.name`; a profile may override them."),
                ["for"] = forSchema,
                ["when"] = Describe(new JsonObject { ["type"] = "string" }, "Applicability: an expression; false gives not_applicable."),
                ["require"] = Describe(new JsonObject
                {
                    ["anyOf"] = new JsonArray(new JsonObject { ["type"] = "string" }, new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["type"] = "string" }, ["minItems"] = 1 }),
                }, "The requirement: an expression, or a list that must all hold."),
                ["message"] = Describe(new JsonObject { ["type"] = "string" }, "The finding message, with {expression} placeholders; {{ and }} write braces."),
                ["remediation"] = Describe(Ref("text"), "What to do about a violation."),
                ["translations"] = Describe(new JsonObject
                {
                    ["type"] = "object",
                    ["propertyNames"] = new JsonObject { ["pattern"] = "^[a-z]{2,3}$", ["not"] = new JsonObject { ["const"] = "en" } },
                    ["additionalProperties"] = new JsonObject
                    {
                        ["type"] = "object",
                        ["properties"] = new JsonObject
                        {
                            ["title"] = Describe(Ref("text"), "The title in this language."),
                            ["message"] = Describe(new JsonObject { ["type"] = "string" }, "The message template in this language, with {expression} placeholders."),
                            ["remediation"] = Describe(Ref("text"), "The remediation in this language."),
                        },
                        ["additionalProperties"] = false,
                    },
                }, "The rule's text in other languages, by ISO 639 code (ko, ja); a field left out falls back to English."),
                ["tests"] = Describe(new JsonObject { ["type"] = "array", ["items"] = Ref("test") }, "Inline tests, run by `h2safety test`: at least a passing and a violating case."),
            },
            ["required"] = new JsonArray("id", "title", "stage", "severity", "source", "for", "require"),
            ["additionalProperties"] = false,
        };
    }

    private static JsonObject SubjectDef() => new()
    {
        ["description"] = "A subject: a kind, a list of kinds, or { kind, where }.",
        ["anyOf"] = new JsonArray(
            Ref("ruleKind"),
            new JsonObject { ["type"] = "array", ["items"] = Ref("ruleKind"), ["minItems"] = 1 },
            new JsonObject
            {
                ["type"] = "object",
                ["properties"] = new JsonObject
                {
                    ["kind"] = new JsonObject { ["anyOf"] = new JsonArray(Ref("ruleKind"), new JsonObject { ["type"] = "array", ["items"] = Ref("ruleKind"), ["minItems"] = 1 }) },
                    ["where"] = Describe(new JsonObject { ["type"] = "string" }, "A filter on the subject: an expression."),
                },
                ["required"] = new JsonArray("kind"),
                ["additionalProperties"] = false,
            }),
    };

    private static JsonObject TestDef() => new()
    {
        ["description"] = "A rule test: a small facility and the outcomes it must give; `expect` is exhaustive (an unlisted binding must be not_applicable).",
        ["type"] = "object",
        ["properties"] = new JsonObject
        {
            ["name"] = Describe(Ref("text"), "The case name, unique within the rule."),
            ["facility"] = new JsonObject
            {
                ["description"] = "The facility under test: inline (the `facility:` header is optional) or a path relative to the rule file.",
                ["anyOf"] = new JsonArray(Ref("facilityDocument"), new JsonObject { ["type"] = "string" }),
            },
            ["expect"] = new JsonObject
            {
                ["description"] = "Outcome per binding: subject ids in the order of `for`, comma-separated (\"V,I\"), or `facility`. `{}` means no binding may apply (every one not_applicable).",
                ["type"] = "object",
                ["additionalProperties"] = Words(Outcomes),
            },
            ["applicable"] = Describe(new JsonObject { ["type"] = "integer", ["minimum"] = 0 }, "The number of applicable bindings expected."),
        },
        ["required"] = new JsonArray("name", "facility", "expect"),
        ["additionalProperties"] = false,
    };

    private static JsonObject TableDef()
    {
        var keyWords = DimensionWords.Select(w => w.Word)
            .Concat(Vocabulary.Attributes.Where(a => a.Value.Kind == ValueKind.Quantity).Select(a => a.Key).OrderBy(k => k, StringComparer.Ordinal))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var table = new JsonObject
        {
            ["description"] = "A banded table: each row holds the values above `over` (exclusive) up to `upto` (inclusive); bands must not overlap, nor leave gaps unless `gaps: allowed`.",
            ["type"] = "object",
            ["properties"] = new JsonObject
            {
                ["source"] = Ref("citation"),
                ["key"] = Describe(new JsonObject { ["enum"] = new JsonArray([.. keyWords.Select(k => (JsonNode)k)]) }, "The dimension of the lookup value, or a quantity attribute of the vocabulary (inventory → mass)."),
                ["gaps"] = Describe(new JsonObject { ["enum"] = new JsonArray("allowed", "forbidden") }, "Whether gaps between bands are allowed (default forbidden)."),
                ["rows"] = new JsonObject
                {
                    ["type"] = "array",
                    ["minItems"] = 1,
                    ["items"] = new JsonObject
                    {
                        ["type"] = "object",
                        ["properties"] = new JsonObject
                        {
                            ["over"] = Describe(new JsonObject { ["anyOf"] = new JsonArray(Ref("quantity"), new JsonObject { ["type"] = "number" }, new JsonObject { ["type"] = "null" }) }, "Lower bound, exclusive; absent for none."),
                            ["upto"] = Describe(new JsonObject { ["anyOf"] = new JsonArray(Ref("quantity"), new JsonObject { ["type"] = "number" }, new JsonObject { ["type"] = "null" }) }, "Upper bound, inclusive; absent for none."),
                        },
                        ["propertyNames"] = new JsonObject { ["pattern"] = IdentifierPattern },
                        ["additionalProperties"] = Ref("freeValue"),
                    },
                },
            },
            ["required"] = new JsonArray("key", "rows"),
            ["additionalProperties"] = false,
        };

        // The bounds of the bands have the key's dimension.
        var conditions = new JsonArray();
        foreach (var group in keyWords.GroupBy(KeyDimension).Where(g => g.Key != Dimension.Dimensionless))
        {
            var bound = Ref(DimensionDef(group.Key));
            conditions.Add(new JsonObject
            {
                ["if"] = new JsonObject
                {
                    ["properties"] = new JsonObject { ["key"] = new JsonObject { ["enum"] = new JsonArray([.. group.Select(k => (JsonNode)k)]) } },
                    ["required"] = new JsonArray("key"),
                },
                ["then"] = new JsonObject
                {
                    ["properties"] = new JsonObject
                    {
                        ["rows"] = new JsonObject
                        {
                            ["items"] = new JsonObject
                            {
                                ["properties"] = new JsonObject
                                {
                                    ["over"] = new JsonObject { ["anyOf"] = new JsonArray(bound.DeepClone(), new JsonObject { ["type"] = "null" }) },
                                    ["upto"] = new JsonObject { ["anyOf"] = new JsonArray(bound.DeepClone(), new JsonObject { ["type"] = "null" }) },
                                },
                            },
                        },
                    },
                },
            });
        }

        table["allOf"] = conditions;
        return table;
    }

    private static Dimension KeyDimension(string word) =>
        DimensionWords.FirstOrDefault(w => w.Word == word) is { Word: not null } known
            ? known.Dimension
            : Vocabulary.Attributes[word].Dimension;

    private static JsonObject KindSchema(bool withAny)
    {
        var kinds = Vocabulary.Kinds.OrderBy(k => k.Key, StringComparer.Ordinal).ToList();
        var names = new JsonArray();
        var descriptions = new JsonArray();
        if (withAny)
        {
            names.Add("component");
            descriptions.Add("Any component, whatever its kind.");
        }

        foreach (var (kind, stage) in kinds)
        {
            names.Add(kind);
            descriptions.Add($"{kind.Replace('_', ' ')} (default stage: {stage.ToString().ToLowerInvariant()})");
        }

        return new JsonObject
        {
            ["description"] = "A component kind: one of the vocabulary (docs/vocabulary.md), offered for completion, or another kind, which the loader allows with warning H2S0203.",
            ["anyOf"] = new JsonArray(
                new JsonObject { ["enum"] = names, ["enumDescriptions"] = descriptions },
                new JsonObject { ["type"] = "string", ["pattern"] = NonBlankPattern }),
        };
    }

    private static JsonObject CitationDef() => new()
    {
        ["description"] = "Where the requirement comes from.",
        ["type"] = "object",
        ["properties"] = new JsonObject
        {
            ["document"] = Describe(Ref("text"), "The document, e.g. 29 CFR 1910.103."),
            ["edition"] = Describe(Ref("text"), "The edition or year (quote it: \"2018\")."),
            ["clause"] = Describe(Ref("text"), "The clause, table or article."),
            ["url"] = Describe(new JsonObject { ["type"] = "string" }, "A public address, when there is one."),
            ["confidence"] = Describe(Words(Confidences), "How sure the author is of the source: H, M or L."),
        },
        ["required"] = new JsonArray("document"),
        ["additionalProperties"] = false,
    };

    private static JsonObject Words((string Word, string Description)[] words) => new()
    {
        ["enum"] = new JsonArray([.. words.Select(w => (JsonNode)w.Word)]),
        ["enumDescriptions"] = new JsonArray([.. words.Select(w => (JsonNode)w.Description)]),
    };

    private static string DimensionDef(Dimension dimension) => dimension switch
    {
        Dimension.MassFlow => "mass_flow",
        Dimension.HeatFlux => "heat_flux",
        _ => dimension.ToString().ToLowerInvariant(),
    };

    private static JsonObject DimensionQuantity(Dimension dimension)
    {
        var spellings = UnitCatalog.All
            .Where(u => u.Dimension == dimension && u.Symbol.Length > 0)
            .SelectMany(u => u.AlternativeSpellings.Prepend(u.Symbol))
            .ToList();
        var spaced = "(" + string.Join("|", spellings.Select(EscapeRegex)) + ")";

        // %, %LFL may follow the number directly (QuantityText); every other unit after exactly one space.
        var tight = spellings.Where(s => s.StartsWith('%')).ToList();
        var pattern = tight.Count == 0
            ? "^" + Number + " " + spaced + "$"
            : "^" + Number + "( " + spaced + "|(" + string.Join("|", tight.Select(EscapeRegex)) + "))$";
        var symbols = UnitCatalog.All.Where(u => u.Dimension == dimension && u.Symbol.Length > 0).Select(u => u.Symbol);
        return new JsonObject
        {
            ["type"] = "string",
            ["pattern"] = pattern,
            ["description"] = $"A {DimensionDef(dimension).Replace('_', ' ')}: a number, one space, a unit ({string.Join(", ", symbols)}), e.g. {Example(dimension)}.",
        };
    }

    private static string Example(Dimension dimension) => dimension switch
    {
        Dimension.Pressure => "87.5 MPa",
        Dimension.Length => "3 m",
        Dimension.Area => "12 m2",
        Dimension.Mass => "300 kg",
        Dimension.Volume => "0.5 m3",
        Dimension.Temperature => "-40 degC",
        Dimension.Time => "2 h",
        Dimension.MassFlow => "2 kg/min",
        Dimension.Concentration => "1 %",
        Dimension.HeatFlux => "4.7 kW/m2",
        _ => "1",
    };

    /// <summary>Escapes regex syntax characters only, so that the pattern is valid in ECMAScript's unicode mode as well as in .NET.</summary>
    private static string EscapeRegex(string text)
    {
        var sb = new StringBuilder();
        foreach (var c in text)
        {
            if (@"^$\.*+?()[]{}|/".Contains(c, StringComparison.Ordinal))
            {
                sb.Append('\\');
            }

            sb.Append(c);
        }

        return sb.ToString();
    }

    private static JsonObject Ref(string def) => new() { ["$ref"] = "#/$defs/" + def };

    private static JsonObject Describe(JsonObject schema, string description)
    {
        if (schema.ContainsKey("$ref"))
        {
            // A $ref with siblings is read differently by draft-07 tools; wrap it.
            return new JsonObject { ["allOf"] = new JsonArray(schema), ["description"] = description };
        }

        schema["description"] = description;
        return schema;
    }

    private static string Write(JsonObject schema)
    {
        if (schema["$defs"] is JsonObject defs && !defs.ContainsKey("citation") && UsesCitation(schema))
        {
            defs["citation"] = CitationDef();
        }

        var options = new JsonSerializerOptions
        {
            WriteIndented = true,
            IndentSize = 2,
            NewLine = "\n",
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        return schema.ToJsonString(options) + "\n";
    }

    private static bool UsesCitation(JsonObject schema) => schema.ToJsonString().Contains("#/$defs/citation", StringComparison.Ordinal);
}
