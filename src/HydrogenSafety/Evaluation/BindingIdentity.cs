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
}
