namespace HydrogenSafety.Coverage;

/// <summary>Why a clause of a source document is deliberately not encoded as a rule (<c>not_encoded:</c> in a coverage file).</summary>
public enum NotEncodedReason
{
    /// <summary><c>needs_drawings</c>: checking it needs the design drawings or a judgement on the layout.</summary>
    NeedsDrawings,

    /// <summary><c>needs_procedure</c>: it asks for a procedure, an organisation or a record, not a property of the facility.</summary>
    NeedsProcedure,

    /// <summary><c>not_machine_checkable</c>: it cannot be written as a check on facility data.</summary>
    NotMachineCheckable,

    /// <summary><c>source_not_read</c>: the clause is known to exist, but its text was not read, so no number is encoded.</summary>
    SourceNotRead,

    /// <summary><c>out_of_scope</c>: outside what the packs check (encoded through other clauses, another kind of facility).</summary>
    OutOfScope,
}
