using HydrogenSafety.Evaluation;

namespace InspectionConsole;

/// <summary>Applies an inspector's edit to the live session and says whether the findings followed.</summary>
public sealed class Inspector(ComplianceSession session)
{
    public int Edits { get; private set; }

    /// <summary>Applies one edit; false (and a message) when it changed no finding.</summary>
    public bool Edit(string description, Action<ComplianceSession> edit)
    {
        ArgumentNullException.ThrowIfNull(edit);
        Edits++;
        Console.WriteLine();
        Console.WriteLine($"Edit {Edits}: {description}");
        var before = session.Report;
        edit(session);
        if (ReferenceEquals(before, session.Report) || Same(before, session.Report))
        {
            Console.WriteLine("   ! the findings did not change");
            return false;
        }

        return true;
    }

    private static bool Same(ComplianceReport a, ComplianceReport b) =>
        a.Findings.Select(Key).SequenceEqual(b.Findings.Select(Key));

    private static string Key(Finding f) => $"{f.RuleId}|{f.BindingKey}|{f.Outcome}|{f.Message}";
}
