using System.Globalization;
using System.Text;

namespace HydrogenSafety.Evaluation;

/// <summary>
/// An unambiguous key for a binding: each subject id prefixed by its length, so that ids containing commas
/// (<c>"A,B"</c> + <c>"C"</c> against <c>"A"</c> + <c>"B,C"</c>) never collide, unlike the comma-joined
/// <see cref="Finding.BindingKey"/> that rule tests and reports show. One subject is its id as it is (keys are only
/// compared within one rule, whose bindings all have the same number of subjects).
/// </summary>
internal static class BindingIdentity
{
    public static string Of(IEnumerable<string> subjectIds)
    {
        var ids = subjectIds as IReadOnlyList<string> ?? subjectIds.ToList();
        if (ids.Count == 1)
        {
            return ids[0];
        }

        var sb = new StringBuilder();
        foreach (var id in ids)
        {
            sb.Append(id.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(id);
        }

        return sb.Length == 0 ? "facility" : sb.ToString();
    }

    /// <summary>The same identity as <see cref="Of(IEnumerable{string})"/> for a match's subjects, built in one allocation.</summary>
    public static string Of(Facts.ComponentFact[] subjects)
    {
        switch (subjects.Length)
        {
            case 0:
                return "facility";
            case 1:
                return subjects[0].Id;
        }

        var length = 0;
        foreach (var s in subjects)
        {
            length += Digits(s.Id.Length) + 1 + s.Id.Length;
        }

        return string.Create(length, subjects, static (span, items) =>
        {
            var at = 0;
            foreach (var s in items)
            {
                s.Id.Length.TryFormat(span[at..], out var written, default, CultureInfo.InvariantCulture);
                at += written;
                span[at++] = ':';
                s.Id.AsSpan().CopyTo(span[at..]);
                at += s.Id.Length;
            }
        });
    }

    private static int Digits(int n)
    {
        var digits = 1;
        while (n >= 10)
        {
            n /= 10;
            digits++;
        }

        return digits;
    }
}
