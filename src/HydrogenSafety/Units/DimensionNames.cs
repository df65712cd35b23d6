namespace HydrogenSafety.Units;

/// <summary>Dimensions in words for messages and documents, with the right English article.</summary>
internal static class DimensionNames
{
    /// <summary>The dimension in words: <c>pressure</c>, <c>mass flow</c>, <c>heat flux</c>, <c>dimensionless</c>.</summary>
    public static string Of(Dimension dimension) => dimension switch
    {
        Dimension.MassFlow => "mass flow",
        Dimension.HeatFlux => "heat flux",
        _ => dimension.ToString().ToLowerInvariant(),
    };

    /// <summary>
    /// The phrase with <c>a</c> or <c>an</c> before it: <c>a pressure</c>, <c>an area</c>. The article follows
    /// the first letter (a vowel takes <c>an</c>), which is right for every dimension and value kind named here.
    /// </summary>
    public static string WithArticle(string phrase) =>
        (phrase.Length > 0 && "aeiouAEIOU".Contains(phrase[0], StringComparison.Ordinal) ? "an " : "a ") + phrase;
}
