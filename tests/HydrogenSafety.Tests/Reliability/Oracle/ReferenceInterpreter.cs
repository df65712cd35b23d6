using System.Globalization;
using HydrogenSafety.Evaluation;
using HydrogenSafety.Expressions.Syntax;

namespace HydrogenSafety.Tests.Reliability.Oracle;

/// <summary>A value of the reference interpreter: decided (bool, number, text, list, component), unknown or error.</summary>
public sealed record OValue(string Kind, double Number = 0, string Dim = "", string Text = "", bool Flag = false,
    IReadOnlyList<OValue>? Items = null, GenComponent? Component = null, IReadOnlyList<string>? Missing = null)
{
    public static OValue True { get; } = new("bool", Flag: true);

    public static OValue False { get; } = new("bool", Flag: false);

    public static OValue Of(bool b) => b ? True : False;

    public static OValue Num(double n, string dim) => new("number", n, dim);

    public static OValue Str(string s) => new("text", Text: s);

    public static OValue Unknown(IEnumerable<string> missing) => new("unknown", Missing: missing.Distinct(StringComparer.Ordinal).ToList());

    public static OValue Error(string why) => new("error", Text: why);

    public bool IsTrue => Kind == "bool" && Flag;

    public bool IsFalse => Kind == "bool" && !Flag;

    public bool IsUnknown => Kind == "unknown";

    public bool IsError => Kind == "error";

    public bool Undecided => IsUnknown || IsError;
}

/// <summary>A band of a lookup table as the reference interpreter sees it (canonical bounds).</summary>
public sealed record OTableRow(double? Over, double? Upto, IReadOnlyDictionary<string, OValue> Columns);

/// <summary>
/// A plain tree-walking interpreter of the rule language, written from SPEC.md §4 and docs/language.md only. It
/// reads the parser's syntax tree and the generated facility model, never the engine's runtime, compiled
/// delegates or facts: it is the oracle the NRules-compiled engine is checked against.
/// </summary>
public sealed class ReferenceInterpreter
{
    /// <summary>Canonical factor and dimension of each unit the generators write (docs/units.md).</summary>
    private static readonly Dictionary<string, (double Factor, string Dim)> Units = new(StringComparer.Ordinal)
    {
        [""] = (1, ""),
        ["MPa"] = (1, "pressure"), ["kPa"] = (1e-3, "pressure"), ["bar"] = (0.1, "pressure"), ["psi"] = (0.0068947572931683613, "pressure"),
        ["m"] = (1, "length"), ["mm"] = (1e-3, "length"), ["cm"] = (1e-2, "length"), ["ft"] = (0.3048, "length"),
        ["kg"] = (1, "mass"), ["g"] = (1e-3, "mass"), ["t"] = (1000, "mass"), ["lb"] = (0.45359237, "mass"),
        ["%"] = (0.01, "concentration"), ["ppm"] = (1e-6, "concentration"), ["%LFL"] = (0.0004, "concentration"),
    };

    /// <summary>The vocabulary dimension of the attributes the generators sum (an empty sum has it).</summary>
    private static readonly Dictionary<string, string> VocabularyDims = new(StringComparer.Ordinal)
    {
        ["pressure"] = "pressure", ["design_pressure"] = "pressure", ["inventory"] = "mass", ["height"] = "length", ["alarm_setpoint"] = "concentration",
    };

    private readonly GenFacility _facility;
    private readonly IReadOnlyDictionary<string, IReadOnlyList<OTableRow>> _tables;

    public ReferenceInterpreter(GenFacility facility, IReadOnlyDictionary<string, IReadOnlyList<OTableRow>> tables)
    {
        _facility = facility;
        _tables = tables;
    }

    public static OValue Quantity(double number, string unit) => OValue.Num(number * Units[unit].Factor, Units[unit].Dim);

    /// <summary>The outcome of a rule for each binding key (subject ids joined by commas, or <c>facility</c>).</summary>
    public Dictionary<string, Outcome> Outcomes(OracleRule rule)
    {
        var result = new Dictionary<string, Outcome>(StringComparer.Ordinal);
        if (rule.Subjects.Count == 0)
        {
            result["facility"] = Decide(rule, new Env(new Dictionary<string, GenComponent>(), []), []);
            return result;
        }

        foreach (var binding in Bindings(rule.Subjects.Select(s => s.Kinds).ToList(), []))
        {
            var env = new Env(rule.Subjects.Select((s, i) => (s.Name, binding[i])).ToDictionary(x => x.Name, x => x.Item2, StringComparer.Ordinal), []);
            var filters = rule.Subjects.Where(s => s.Where is not null).Select(s => Eval(Parse(s.Where!), env)).ToList();
            if (filters.Any(f => f.IsFalse))
            {
                continue; // a subject 'where' that is false removes the component: no binding
            }

            result[string.Join(",", binding.Select(c => c.Id))] = Decide(rule, env, filters);
        }

        if (result.Count == 0)
        {
            result["facility"] = Outcome.NotApplicable; // the subjects match nothing
        }

        return result;
    }

    private IEnumerable<List<GenComponent>> Bindings(List<IReadOnlyList<string>> kinds, List<GenComponent> prefix)
    {
        if (prefix.Count == kinds.Count)
        {
            yield return prefix;
            yield break;
        }

        foreach (var c in _facility.Components)
        {
            if (Matches(c, kinds[prefix.Count]) && !prefix.Contains(c))
            {
                foreach (var b in Bindings(kinds, [.. prefix, c]))
                {
                    yield return b;
                }
            }
        }
    }

    private static bool Matches(GenComponent c, IReadOnlyList<string> kinds) => kinds.Contains("component") || kinds.Contains(c.Kind);

    /// <summary>docs/language.md "For each binding": when false → not applicable; an error → error; unknown → indeterminate; then the requirements.</summary>
    private Outcome Decide(OracleRule rule, Env env, List<OValue> filters)
    {
        var when = rule.When is null ? OValue.True : Eval(Parse(rule.When), env);
        if (when.IsFalse)
        {
            return Outcome.NotApplicable;
        }

        var applicability = filters.Append(when).ToList();
        if (applicability.Any(v => v.IsError || !(v.Kind is "bool" or "unknown")))
        {
            return Outcome.Error;
        }

        if (applicability.Any(v => v.IsUnknown))
        {
            return Outcome.Indeterminate;
        }

        // A list of requirements means all of them: false wins ("even if another is unknown"), then an error, then unknown.
        var results = rule.Require.Select(r => Eval(Parse(r), env)).ToList();
        if (results.Any(r => r.IsFalse))
        {
            return Outcome.Violation;
        }

        if (results.Any(r => r.IsError || !(r.Kind is "bool" or "unknown")))
        {
            return Outcome.Error;
        }

        return results.Any(r => r.IsUnknown) ? Outcome.Indeterminate : Outcome.Pass;
    }

    private static SyntaxNode Parse(string text)
    {
        var (node, error) = Parser.Parse(text);
        return node ?? throw new InvalidOperationException($"the generator wrote an expression that does not parse: {text}: {error}");
    }

    private sealed record Env(IReadOnlyDictionary<string, GenComponent> Subjects, IReadOnlyList<GenComponent> Its)
    {
        public Env Push(GenComponent it) => this with { Its = [.. Its, it] };
    }

    private OValue Eval(SyntaxNode node, Env env) => node switch
    {
        NumberSyntax n => Quantity(double.Parse(n.Text, NumberStyles.Float, CultureInfo.InvariantCulture), n.Unit ?? ""),
        StringSyntax s => OValue.Str(s.Value),
        BoolSyntax b => OValue.Of(b.Value),
        ListSyntax l => new OValue("list", Items: l.Items.Select(i => Eval(i, env)).ToList()),
        PathSyntax p => Path(p, env),
        UnarySyntax { Operator: "not" } u => Not(Eval(u.Operand, env)),
        UnarySyntax u => Negate(Eval(u.Operand, env)),
        BinarySyntax { Operator: "and" } b => And(Eval(b.Left, env), Eval(b.Right, env)),
        BinarySyntax { Operator: "or" } b => Or(Eval(b.Left, env), Eval(b.Right, env)),
        BinarySyntax { Operator: "+" or "-" or "*" or "/" } b => Arithmetic(b.Operator, Eval(b.Left, env), Eval(b.Right, env)),
        BinarySyntax b => Compare(b.Operator, Eval(b.Left, env), Eval(b.Right, env)),
        InSyntax i => In(Eval(i.Value, env), Eval(i.List, env), i.Negated),
        BetweenSyntax b => Between(Eval(b.Value, env), Eval(b.Low, env), Eval(b.High, env)),
        CallSyntax c => Call(c, env),
        AggregateSyntax a => Aggregate(a, env),
        _ => throw new InvalidOperationException($"the reference interpreter does not know {node.GetType().Name}"),
    };

    private static OValue Path(PathSyntax p, Env env)
    {
        var head = p.Parts[0].Name;
        var component = head == "it" ? env.Its[^1] : env.Subjects[head];
        return p.Parts.Count == 1 ? new OValue("component", Component: component) : Attribute(component, p.Parts[1].Name);
    }

    private static OValue Attribute(GenComponent c, string name)
    {
        switch (name)
        {
            case "id":
                return OValue.Str(c.Id);
            case "kind":
                return OValue.Str(c.Kind);
            case "area":
                return c.Area is null ? OValue.Unknown([$"{c.Id}.area"]) : OValue.Str(c.Area);
        }

        if (!c.Attributes.TryGetValue(name, out var v))
        {
            return OValue.Unknown([$"{c.Id}.{name}"]);
        }

        return v.Kind switch
        {
            "quantity" => Quantity(v.Number, v.Unit),
            "plain" => OValue.Num(v.Number, ""),
            "text" => OValue.Str(v.Text),
            _ => OValue.Of(v.Flag),
        };
    }

    /// <summary>false and x is false, whatever x is; otherwise an error wins over unknown, and unknown over true.</summary>
    internal static OValue And(OValue a, OValue b) =>
        a.IsFalse || b.IsFalse ? OValue.False : Merge(a, b, "and") ?? OValue.True;

    /// <summary>true or x is true, whatever x is; otherwise an error wins over unknown, and unknown over false.</summary>
    internal static OValue Or(OValue a, OValue b) =>
        a.IsTrue || b.IsTrue ? OValue.True : Merge(a, b, "or") ?? OValue.False;

    private static OValue? Merge(OValue a, OValue b, string op)
    {
        if (!(a.Kind is "bool" or "unknown" or "error") || !(b.Kind is "bool" or "unknown" or "error"))
        {
            return OValue.Error($"'{op}' needs true or false");
        }

        return a.IsError ? a : b.IsError ? b : a.IsUnknown || b.IsUnknown ? OValue.Unknown((a.Missing ?? []).Concat(b.Missing ?? [])) : null;
    }

    internal static OValue Not(OValue v) => v.Kind switch
    {
        "bool" => OValue.Of(!v.Flag),
        "unknown" or "error" => v,
        _ => OValue.Error("'not' needs true or false"),
    };

    private static OValue? Undecided(params OValue[] values)
    {
        var error = values.FirstOrDefault(v => v.IsError);
        if (error is not null)
        {
            return error;
        }

        return values.Any(v => v.IsUnknown) ? OValue.Unknown(values.SelectMany(v => v.Missing ?? [])) : null;
    }

    private static OValue Negate(OValue v) => Undecided(v) ?? (v.Kind == "number" ? OValue.Num(-v.Number, v.Dim) : OValue.Error("'-' needs a number"));

    /// <summary>+ and - need one dimension; * a plain number on one side; / not by zero, and by a plain number or the same dimension.</summary>
    private static OValue Arithmetic(string op, OValue a, OValue b)
    {
        if (Undecided(a, b) is { } u)
        {
            return u;
        }

        if (a.Kind != "number" || b.Kind != "number")
        {
            return OValue.Error($"'{op}' needs numbers");
        }

        OValue result;
        switch (op)
        {
            case "+" or "-":
                if (a.Dim != b.Dim)
                {
                    return OValue.Error("cannot add different dimensions");
                }

                result = OValue.Num(op == "+" ? a.Number + b.Number : a.Number - b.Number, a.Dim);
                break;
            case "*":
                if (a.Dim != "" && b.Dim != "")
                {
                    return OValue.Error("cannot multiply two quantities");
                }

                result = OValue.Num(a.Number * b.Number, a.Dim == "" ? b.Dim : a.Dim);
                break;
            default:
                if (b.Number == 0)
                {
                    return OValue.Error("division by zero");
                }

                if (b.Dim == "")
                {
                    result = OValue.Num(a.Number / b.Number, a.Dim);
                }
                else if (a.Dim == b.Dim)
                {
                    result = OValue.Num(a.Number / b.Number, "");
                }
                else
                {
                    return OValue.Error("cannot divide by another dimension");
                }

                break;
        }

        // A result that overflowed is not a number anyone can justify a pass with.
        return double.IsFinite(result.Number) ? result : OValue.Error("arithmetic overflow");
    }

    /// <summary>Relative tolerance 1e-9 (absolute 1e-12 near zero), as docs/language.md "Numbers and comparisons".</summary>
    internal static int Order(double a, double b)
    {
        if (a == b)
        {
            return 0;
        }

        var tolerance = Math.Max(1e-12, 1e-9 * Math.Max(Math.Abs(a), Math.Abs(b)));
        return Math.Abs(a - b) <= tolerance ? 0 : a < b ? -1 : 1;
    }

    private static OValue Compare(string op, OValue a, OValue b)
    {
        if (Undecided(a, b) is { } u)
        {
            return u;
        }

        int order;
        if (a.Kind == "number" && b.Kind == "number" && a.Dim == b.Dim)
        {
            order = Order(a.Number, b.Number);
        }
        else if (a.Kind == "text" && b.Kind == "text" && op is "==" or "!=")
        {
            order = string.CompareOrdinal(a.Text, b.Text);
        }
        else if (a.Kind == "bool" && b.Kind == "bool" && op is "==" or "!=")
        {
            order = a.Flag == b.Flag ? 0 : 1;
        }
        else if (a.Kind == "component" && b.Kind == "component" && op is "==" or "!=")
        {
            order = ReferenceEquals(a.Component, b.Component) ? 0 : 1;
        }
        else
        {
            return OValue.Error($"cannot compare {a.Kind} with {b.Kind} using {op}");
        }

        return OValue.Of(op switch
        {
            "==" => order == 0,
            "!=" => order != 0,
            "<" => order < 0,
            "<=" => order <= 0,
            ">" => order > 0,
            _ => order >= 0,
        });
    }

    private static OValue In(OValue value, OValue list, bool negated)
    {
        if (Undecided(list) is { } ul)
        {
            return ul;
        }

        if (Undecided(value) is { } uv)
        {
            return uv;
        }

        if (list.Kind != "list")
        {
            return OValue.Error("'in' needs a list");
        }

        var found = OValue.False;
        foreach (var item in list.Items!)
        {
            found = Or(found, Compare("==", value, item));
        }

        return negated ? Not(found) : found;
    }

    private static OValue Between(OValue value, OValue low, OValue high) => And(Compare(">=", value, low), Compare("<=", value, high));

    private OValue Call(CallSyntax c, Env env)
    {
        if (_tables.TryGetValue(c.Name, out var rows))
        {
            var key = Eval(c.Arguments[0], env);
            if (Undecided(key) is { } u)
            {
                return u;
            }

            if (key.Kind != "number" || key.Dim != "pressure")
            {
                return OValue.Error("table key of the wrong kind");
            }

            var row = rows.FirstOrDefault(r => (r.Over is not { } o || key.Number > o) && (r.Upto is not { } up || key.Number <= up));
            return row is null ? OValue.Unknown([$"{c.Name}: no row"]) : row.Columns[c.Member!.Name];
        }

        switch (c.Name)
        {
            case "defined":
            {
                var p = (PathSyntax)c.Arguments[0];
                var component = p.Parts[0].Name == "it" ? env.Its[^1] : env.Subjects[p.Parts[0].Name];
                var name = p.Parts[1].Name;
                return OValue.Of(name is "id" or "kind" || (name == "area" ? component.Area is not null : component.Attributes.ContainsKey(name)));
            }

            case "distance":
                return Distance(Eval(c.Arguments[0], env).Component!, Eval(c.Arguments[1], env).Component!);
            case "abs":
            {
                var x = Eval(c.Arguments[0], env);
                return Undecided(x) ?? (x.Kind == "number" ? OValue.Num(Math.Abs(x.Number), x.Dim) : OValue.Error("abs needs a number"));
            }

            default:
            {
                var x = Eval(c.Arguments[0], env);
                var y = Eval(c.Arguments[1], env);
                if (Undecided(x, y) is { } u)
                {
                    return u;
                }

                if (x.Kind != "number" || y.Kind != "number" || x.Dim != y.Dim)
                {
                    return OValue.Error($"{c.Name} needs two numbers of one dimension");
                }

                return c.Name == "min" ? (x.Number <= y.Number ? x : y) : (x.Number >= y.Number ? x : y);
            }
        }
    }

    /// <summary>A measured distance (either order) wins; else the straight line between positions (3-D when given); else unknown.</summary>
    private OValue Distance(GenComponent a, GenComponent b)
    {
        var measured = _facility.Distances.FirstOrDefault(d => (d.First == a.Id && d.Second == b.Id) || (d.First == b.Id && d.Second == a.Id));
        if (measured is not null)
        {
            return Quantity(measured.Number, measured.Unit);
        }

        if (ReferenceEquals(a, b))
        {
            return OValue.Num(0, "length");
        }

        if (a.Position is null || b.Position is null)
        {
            return OValue.Unknown([$"distance({a.Id}, {b.Id})"]);
        }

        double Coordinate(int[] p, int i) => i < p.Length ? p[i] : 0;
        var sum = 0.0;
        for (var i = 0; i < 3; i++)
        {
            var d = Coordinate(a.Position, i) - Coordinate(b.Position, i);
            sum += d * d;
        }

        return OValue.Num(Math.Sqrt(sum), "length");
    }

    /// <summary>exists / count / sum / max / min over every component of the kinds, the rule's own subjects included.</summary>
    private OValue Aggregate(AggregateSyntax a, Env env)
    {
        var kinds = a.Kinds.Select(k => k.Name).ToList();
        var items = _facility.Components.Where(c => Matches(c, kinds)).ToList();
        var conditions = items.Select(c => (Component: c, Where: a.Where is null ? OValue.True : Eval(a.Where, env.Push(c)))).ToList();
        if (a.Function == "exists")
        {
            if (conditions.Any(x => x.Where.IsTrue))
            {
                return OValue.True;
            }

            return Undecided([.. conditions.Select(x => Bad(x.Where))]) ?? OValue.False;
        }

        var undecided = conditions.Where(x => !x.Where.IsTrue).Select(x => Bad(x.Where)).ToList();
        if (a.Function == "count")
        {
            return Undecided([.. undecided]) ?? OValue.Num(conditions.Count(x => x.Where.IsTrue), "");
        }

        var values = conditions.Where(x => x.Where.IsTrue).Select(x => Attribute(x.Component, a.Attribute!.Name)).ToList();
        if (Undecided([.. undecided, .. values]) is { } u)
        {
            return u;
        }

        if (a.Function == "sum")
        {
            var dim = VocabularyDims.GetValueOrDefault(a.Attribute!.Name, "");
            if (values.Any(v => v.Kind != "number" || v.Dim != dim))
            {
                return OValue.Error("sum of values of another dimension");
            }

            return OValue.Num(values.Sum(v => v.Number), dim);
        }

        if (values.Count == 0)
        {
            return OValue.Unknown([$"{a.Function}: no such component"]);
        }

        if (values.Any(v => v.Kind != "number" || v.Dim != values[0].Dim))
        {
            return OValue.Error($"{a.Function} of values of different dimensions");
        }

        return a.Function == "max" ? values.MaxBy(v => v.Number)! : values.MinBy(v => v.Number)!;
    }

    /// <summary>A 'where' result that is not true: false stays false; anything but true/false/unknown is an error.</summary>
    private static OValue Bad(OValue where) => where.Kind is "bool" or "unknown" or "error" ? where : OValue.Error("'where' needs true or false");
}

/// <summary>A rule as the generators write it: subjects (kinds, optional where), when, requirements.</summary>
public sealed record OracleSubject(string Name, IReadOnlyList<string> Kinds, string? Where);

public sealed record OracleRule(string Id, IReadOnlyList<OracleSubject> Subjects, string? When, IReadOnlyList<string> Require);
