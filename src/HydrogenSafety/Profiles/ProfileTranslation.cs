namespace HydrogenSafety.Profiles;

/// <summary>
/// A profile's text in another language (<c>translations: { ko: { title, description } }</c>). A field left out
/// falls back to the profile's English text.
/// </summary>
public sealed class ProfileTranslation
{
    /// <summary>The title in this language, when given.</summary>
    public string? Title { get; init; }

    /// <summary>The description in this language, when given.</summary>
    public string? Description { get; init; }
}
