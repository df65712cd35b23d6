using HydrogenSafety.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace HydrogenSafety.Yaml;

/// <summary>
/// Reads YAML (and JSON, which is YAML) into <see cref="YamlNode"/>s with positions, within
/// <see cref="YamlLimits"/>. A syntax error or an exceeded limit is the file's only diagnostic; duplicate
/// keys and non-scalar keys are reported alongside whatever else the caller finds.
/// </summary>
/// <remarks>
/// YamlDotNet's <see cref="Mark"/> is 1-based in both line and column (checked against YamlDotNet 16.3), so spans
/// take it as it is; a scalar whose token starts with an anchor or tag is moved to its value through
/// <see cref="SourceText"/>, which counts the same way (<c>\r\n</c> is one line break). A syntax error is
/// reported at YamlDotNet's mark, except where that mark is misleading (<see cref="SyntaxErrorPosition"/>).
/// </remarks>
internal static class YamlDocumentReader
{
    /// <summary>Reads the single document of <paramref name="text"/>; <paramref name="file"/> names it in spans.</summary>
    public static YamlDocumentResult Read(string text, string file, YamlLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        limits ??= YamlLimits.Default;
        var source = new SourceText(text, file);
        if (text.Length > limits.MaxFileSize)
        {
            return Fail(source, DiagnosticCodes.LimitExceeded, SourceSpan.Start(file),
                $"the file is larger than the limit of {limits.MaxFileSize} bytes");
        }

        var builder = new Builder(source, limits);
        try
        {
            var root = builder.ReadStream();
            return new YamlDocumentResult(root, source, builder.Diagnostics);
        }
        catch (FatalYamlException fatal)
        {
            return new YamlDocumentResult(null, source, [fatal.Diagnostic]);
        }
        catch (YamlException ex)
        {
            var (line, column) = SyntaxErrorPosition.Of(ex, source);
            return Fail(source, DiagnosticCodes.YamlSyntax, SourceSpan.At(file, line, column),
                "the YAML is not well formed: " + LowerFirst(ex.Message));
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException or FormatException or OverflowException)
        {
            // YamlDotNet throws these for a few malformed inputs (an unclosed flow list at the end of the file, …).
            return Fail(source, DiagnosticCodes.YamlSyntax, builder.LastPosition,
                "the YAML is not well formed after this point (an unclosed bracket, brace or quote?)");
        }
    }

    private static YamlDocumentResult Fail(SourceText source, string code, SourceSpan span, string message) =>
        new(null, source, [Diagnostic.Error(code, span, message)]);

    private static string LowerFirst(string message) =>
        message.Length > 1 && char.IsUpper(message[0]) && !char.IsUpper(message[1])
            ? char.ToLowerInvariant(message[0]) + message[1..]
            : message;

    private sealed class FatalYamlException(Diagnostic diagnostic) : Exception(diagnostic.Message)
    {
        public Diagnostic Diagnostic { get; } = diagnostic;
    }

    private sealed class Builder(SourceText source, YamlLimits limits)
    {
        private readonly Parser _parser = new(new StringReader(source.Text));
        private readonly Dictionary<string, YamlNode> _anchors = new(StringComparer.Ordinal);
        private readonly List<Diagnostic> _diagnostics = [];
        private ParsingEvent? _lookahead;
        private int _aliases;
        private long _expanded;

        public IReadOnlyList<Diagnostic> Diagnostics => _diagnostics;

        public SourceSpan LastPosition { get; private set; } = SourceSpan.Start(source.File);

        public YamlNode? ReadStream()
        {
            Expect<StreamStart>();
            if (Peek() is StreamEnd)
            {
                throw Fatal(DiagnosticCodes.EmptyDocument, SourceSpan.Start(source.File), "the file is empty: it holds no YAML document");
            }

            Expect<DocumentStart>();
            var root = ReadNode(1);
            Expect<DocumentEnd>();
            if (Peek() is DocumentStart second)
            {
                _diagnostics.Add(Diagnostic.Error(DiagnosticCodes.YamlSyntax, SpanOf(second.Start),
                    "a second YAML document: a file holds one document (remove the `---` separator)"));
            }

            if (root is YamlScalar { IsNull: true })
            {
                throw Fatal(DiagnosticCodes.EmptyDocument, root.Span, "the document is empty");
            }

            return root;
        }

        private YamlNode ReadNode(int depth)
        {
            var current = Next();
            var node = current switch
            {
                AnchorAlias alias => ResolveAlias(alias, depth),
                Scalar scalar => ReadScalar(scalar),
                SequenceStart start => ReadSequence(start, depth),
                MappingStart start => ReadMapping(start, depth),
                _ => throw Fatal(DiagnosticCodes.YamlSyntax, SpanOf(current.Start), "unexpected YAML content here"),
            };

            if (current is NodeEvent { Anchor.IsEmpty: false } anchored)
            {
                _anchors[anchored.Anchor.Value] = node;
            }

            return node;
        }

        private YamlNode ResolveAlias(AnchorAlias alias, int depth)
        {
            var at = SpanOf(alias.Start);
            if (++_aliases > limits.MaxAliases)
            {
                throw Fatal(DiagnosticCodes.LimitExceeded, at, $"more than {limits.MaxAliases} aliases in one file");
            }

            if (!_anchors.TryGetValue(alias.Value.Value, out var target))
            {
                throw Fatal(DiagnosticCodes.YamlSyntax, at, $"the alias `*{alias.Value.Value}` names no anchor defined before it");
            }

            if (depth - 1 + target.Height > limits.MaxDepth)
            {
                throw Fatal(DiagnosticCodes.LimitExceeded, at, $"the alias nests deeper than {limits.MaxDepth} levels");
            }

            _expanded += target.Weight;
            if (_expanded > limits.MaxAliasExpansion)
            {
                throw Fatal(DiagnosticCodes.LimitExceeded, at,
                    $"the aliases of this file stand for more than {limits.MaxAliasExpansion} nodes when expanded");
            }

            return target;
        }

        private YamlScalar ReadScalar(Scalar scalar)
        {
            var start = (int)scalar.Start.Index;
            if (!scalar.Anchor.IsEmpty || !scalar.Tag.IsEmpty)
            {
                start = SkipProperties(start, (int)scalar.End.Index);
            }

            var (line, column) = source.LineColumn(start);
            var span = new SourceSpan(source.File, line, column, (int)scalar.End.Line, (int)scalar.End.Column);
            var stringTag = !scalar.Tag.IsEmpty && scalar.Tag.Value is "tag:yaml.org,2002:str" or "!!str";
            return new YamlScalar(scalar.Value, scalar.Style, stringTag, source, start, (int)scalar.End.Index, span);
        }

        private YamlSequence ReadSequence(SequenceStart start, int depth)
        {
            CheckDepth(start, depth);
            var items = new List<YamlNode>();
            long weight = 1;
            var height = 0;
            while (Peek() is not SequenceEnd)
            {
                var item = ReadNode(depth + 1);
                items.Add(item);
                weight += item.Weight;
                height = Math.Max(height, item.Height);
            }

            var end = Next();
            return new YamlSequence(items, SpanOf(start.Start, end.End), weight, height + 1);
        }

        private YamlMapping ReadMapping(MappingStart start, int depth)
        {
            CheckDepth(start, depth);
            var entries = new List<YamlEntry>();
            // Small mappings (a component's dozen attributes) look for a duplicate key by a scan of the entries; only
            // a large one gets a dictionary, so that a mapping of many keys is not quadratic.
            Dictionary<string, YamlEntry>? firstByKey = null;
            long weight = 1;
            var height = 0;
            while (Peek() is not MappingEnd)
            {
                var key = ReadNode(depth + 1);
                var value = ReadNode(depth + 1);
                weight += key.Weight + value.Weight;
                height = Math.Max(height, Math.Max(key.Height, value.Height));
                if (key is not YamlScalar name)
                {
                    _diagnostics.Add(Diagnostic.Error(DiagnosticCodes.WrongNodeType, key.Span,
                        $"a mapping key must be a name, not {key.Description}"));
                    continue;
                }

                if (FirstWithKey(entries, ref firstByKey, name.Value) is { } first)
                {
                    _diagnostics.Add(Diagnostic.Error(DiagnosticCodes.DuplicateKey, name.Span,
                        $"duplicate key `{name.Value}` (first given at {first.Key.Span})"));
                    continue;
                }

                var entry = new YamlEntry(name, value);
                firstByKey?.Add(name.Value, entry);
                entries.Add(entry);
            }

            var end = Next();
            return new YamlMapping(entries, SpanOf(start.Start, end.End), weight, height + 1);
        }

        /// <summary>The entry already read with this key, or <c>null</c>; builds <paramref name="index"/> once there are many entries.</summary>
        private static YamlEntry? FirstWithKey(List<YamlEntry> entries, ref Dictionary<string, YamlEntry>? index, string key)
        {
            const int ScanLimit = 16;
            if (index is null && entries.Count > ScanLimit)
            {
                index = new Dictionary<string, YamlEntry>(StringComparer.Ordinal);
                foreach (var e in entries)
                {
                    index.Add(e.Name, e);
                }
            }

            if (index is not null)
            {
                return index.GetValueOrDefault(key);
            }

            foreach (var e in entries)
            {
                if (string.Equals(e.Name, key, StringComparison.Ordinal))
                {
                    return e;
                }
            }

            return null;
        }

        /// <summary>Steps over <c>&amp;anchor</c> and <c>!tag</c> (and the spaces and comments after them) to the value itself.</summary>
        private int SkipProperties(int p, int end)
        {
            var text = source.Text;
            while (p < end)
            {
                if (text[p] is '&' or '!')
                {
                    while (p < end && !char.IsWhiteSpace(text[p]))
                    {
                        p++;
                    }
                }
                else if (text[p] == '#')
                {
                    while (p < end && text[p] != '\n')
                    {
                        p++;
                    }
                }
                else if (char.IsWhiteSpace(text[p]))
                {
                    p++;
                }
                else
                {
                    break;
                }
            }

            return p;
        }

        private void CheckDepth(ParsingEvent start, int depth)
        {
            if (depth > limits.MaxDepth)
            {
                throw Fatal(DiagnosticCodes.LimitExceeded, SpanOf(start.Start), $"the document nests deeper than {limits.MaxDepth} levels");
            }
        }

        private ParsingEvent Next()
        {
            var current = Peek();
            _lookahead = null;
            LastPosition = SpanOf(current.End);
            return current;
        }

        private ParsingEvent Peek()
        {
            if (_lookahead is null)
            {
                if (!_parser.MoveNext() || _parser.Current is null)
                {
                    throw Fatal(DiagnosticCodes.YamlSyntax, LastPosition, "unexpected end of the file");
                }

                _lookahead = _parser.Current;
            }

            return _lookahead;
        }

        private T Expect<T>()
            where T : ParsingEvent
        {
            var e = Next();
            return e as T ?? throw Fatal(DiagnosticCodes.YamlSyntax, SpanOf(e.Start), "unexpected YAML content here");
        }

        private SourceSpan SpanOf(Mark start) => SourceSpan.At(source.File, (int)start.Line, (int)start.Column);

        private SourceSpan SpanOf(Mark start, Mark end) =>
            new(source.File, (int)start.Line, (int)start.Column, (int)end.Line, (int)end.Column);

        private static FatalYamlException Fatal(string code, SourceSpan span, string message) =>
            new(Diagnostic.Error(code, span, message));
    }
}
