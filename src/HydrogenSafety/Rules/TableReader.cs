using HydrogenSafety.Diagnostics;
using HydrogenSafety.Facilities;
using HydrogenSafety.Units;
using HydrogenSafety.Words;
using HydrogenSafety.Yaml;

namespace HydrogenSafety.Rules;

/// <summary>Reads <c>tables:</c>: a mapping of table names to <c>{source, key, gaps, rows}</c>.</summary>
internal static class TableReader
{
    private static readonly string[] Fields = ["source", "key", "gaps", "rows"];

    private static readonly IReadOnlyDictionary<string, Dimension> DimensionWords = new Dictionary<string, Dimension>(StringComparer.Ordinal)
    {
        ["pressure"] = Dimension.Pressure,
        ["length"] = Dimension.Length,
        ["area"] = Dimension.Area,
        ["mass"] = Dimension.Mass,
        ["volume"] = Dimension.Volume,
        ["temperature"] = Dimension.Temperature,
        ["time"] = Dimension.Time,
        ["mass_flow"] = Dimension.MassFlow,
        ["concentration"] = Dimension.Concentration,
        ["heat_flux"] = Dimension.HeatFlux,
        ["number"] = Dimension.Dimensionless,
    };

    private static readonly IReadOnlyDictionary<string, bool> GapWords = new Dictionary<string, bool>(StringComparer.Ordinal)
    {
        ["allowed"] = true,
        ["forbidden"] = false,
    };

    /// <summary>The tables of a <c>tables:</c> mapping that could be read, and the usable names of those that could not.</summary>
    /// <param name="Read">The tables read without error, in file order.</param>
    /// <param name="Unreadable">Valid names of tables with an error: a call of one is not a second error.</param>
    public sealed record Tables(IReadOnlyList<LookupTable> Read, IReadOnlyList<string> Unreadable);

    /// <summary>Reads every table of a <c>tables:</c> mapping; a duplicated name is caught as a duplicate key.</summary>
    public static Tables ReadAll(YamlNode node, YamlReadContext context)
    {
        var tables = new List<LookupTable>();
        var unreadable = new List<string>();
        if (context.Mapping(node, "tables") is not { } map)
        {
            return new Tables(tables, unreadable);
        }

        foreach (var entry in map.Entries)
        {
            if (Read(entry, context) is { } table)
            {
                tables.Add(table);
            }
            else if (RuleNameReader.IsIdentifier(entry.Name) && !RuleNameReader.BuiltIns.Contains(entry.Name) && !RuleNameReader.Reserved.Contains(entry.Name))
            {
                unreadable.Add(entry.Name);
            }
        }

        return new Tables(tables, unreadable);
    }

    private static LookupTable? Read(YamlEntry entry, YamlReadContext context)
    {
        var errors = context.ErrorCount;
        var name = entry.Name;
        if (!RuleNameReader.IsIdentifier(name))
        {
            context.Error(DiagnosticCodes.InvalidTable, entry.Key.Span,
                $"`{name}` is not a valid table name (ASCII letters, digits and `_`, starting with a letter or `_`)");
        }
        else if (RuleNameReader.BuiltIns.Contains(name) || RuleNameReader.Reserved.Contains(name))
        {
            context.Error(DiagnosticCodes.DuplicateTable, entry.Key.Span, $"the table name `{name}` shadows a built-in of the expression language");
        }

        if (context.Mapping(entry.Value, name) is not { } map)
        {
            return null;
        }

        var fields = YamlFields.Read(map, context, "a table", Fields);
        var source = fields.Get("source") is { } sourceNode ? CitationReader.Read(sourceNode, context) : null;
        var key = fields.Required("key") is { } keyNode ? ReadKey(keyNode, context) : null;
        var gaps = fields.Get("gaps") is { } gapsNode ? context.OneOf(gapsNode, "gaps", GapWords) : false;
        var rows = fields.Required("rows") is { } rowsNode ? TableRowsReader.Read(rowsNode, key, gaps ?? false, context) : null;
        if (context.ErrorCount != errors || key is null || rows is null)
        {
            return null;
        }

        return new LookupTable
        {
            Name = name,
            Source = source,
            KeyDimension = key.Value,
            GapsAllowed = gaps ?? false,
            Rows = rows,
            Span = SourceSpan.At(entry.Key.Span.File, entry.Key.Span.Line, entry.Key.Span.Column),
        };
    }

    /// <summary>A dimension word, or a vocabulary attribute whose type is a quantity (<c>inventory</c> → mass).</summary>
    private static Dimension? ReadKey(YamlNode node, YamlReadContext context)
    {
        if (context.Scalar(node, "key") is not { } scalar)
        {
            return null;
        }

        if (DimensionWords.TryGetValue(scalar.Value, out var dimension))
        {
            return dimension;
        }

        if (Vocabulary.TypeOf(scalar.Value) is { Kind: ValueKind.Quantity } type)
        {
            return type.Dimension;
        }

        var candidates = DimensionWords.Keys.Concat(Vocabulary.Attributes.Where(a => a.Value.Kind == ValueKind.Quantity).Select(a => a.Key));
        context.Error(DiagnosticCodes.InvalidValue, scalar.Span,
            $"`key` must be a dimension ({string.Join(", ", DimensionWords.Keys)}) or a quantity attribute of the vocabulary, not `{scalar.Value}`{WordSuggester.DidYouMean(scalar.Value, candidates)}");
        return null;
    }
}
