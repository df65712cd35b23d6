using HydrogenSafety.Units;

namespace HydrogenSafety.Tests.Units;

/// <summary>Shortcuts for tests that only care about the parse error.</summary>
internal static class Parsing
{
    public static QuantityParseError ErrorOf(string text)
    {
        QuantityText.TryParse(text, out _, out var error).Should().BeFalse(text);
        return error!;
    }
}
