namespace HydrogenSafety.Cli.Inputs;

/// <summary>What an input file holds, judged by its first top-level key.</summary>
internal enum InputKind
{
    /// <summary>No recognised first key (empty, unreadable, or another format).</summary>
    Unknown,

    /// <summary>A rule file: starts with <c>rules:</c> or <c>tables:</c>.</summary>
    Rules,

    /// <summary>A facility: starts with <c>facility:</c>, <c>components:</c> or <c>distances:</c>.</summary>
    Facility,

    /// <summary>A profile: starts with <c>profile:</c>.</summary>
    Profile,

    /// <summary>A waiver file: starts with <c>waivers:</c>.</summary>
    Waivers,

    /// <summary>A coverage file (a source document's clause list): starts with <c>coverage:</c>.</summary>
    Coverage,
}
