using HydrogenSafety.Diagnostics;
using HydrogenSafety.Yaml;

namespace HydrogenSafety.Tests.Yaml;

/// <summary>A tab used as indentation is reported at the tab, not where YamlDotNet marks it (the enclosing mapping).</summary>
[TestFixture]
public class SyntaxErrorPositionTests
{
    [TestCase("facility:\n\tid: tab\n", 2, 1)]
    [TestCase("facility:\n  id: a\n  b:\n  \t c: 1\n", 4, 3)]
    [TestCase("facility:\r\n\tid: tab\r\n", 2, 1)]
    [TestCase("a: 1\n\tb: 2\n", 2, 1)]
    [TestCase("a:\n\t1\n", 2, 1)]
    public void A_tab_as_indentation_is_reported_at_the_tab(string text, int line, int column)
    {
        var result = YamlDocumentReader.Read(text, "f.yaml");

        result.Diagnostics.Should().ContainSingle().Which.Should().Match<Diagnostic>(d =>
            d.Code == DiagnosticCodes.YamlSyntax && d.Span.Line == line && d.Span.Column == column);
    }
}
