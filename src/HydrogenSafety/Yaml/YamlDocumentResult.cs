using HydrogenSafety.Diagnostics;

namespace HydrogenSafety.Yaml;

/// <summary>The outcome of reading one YAML (or JSON) file into nodes.</summary>
/// <param name="Root">The document's root node; <c>null</c> when the file holds no document or cannot be read.</param>
/// <param name="Source">The file's text and name.</param>
/// <param name="Diagnostics">Syntax, limit, duplicate-key and shape problems found while reading.</param>
internal sealed record YamlDocumentResult(YamlNode? Root, SourceText Source, IReadOnlyList<Diagnostic> Diagnostics);
