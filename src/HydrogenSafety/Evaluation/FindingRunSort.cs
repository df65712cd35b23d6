using System.Buffers;
using HydrogenSafety.Facilities;

namespace HydrogenSafety.Evaluation;

/// <summary>
/// Sorts one rule's run of findings into <see cref="FindingOrder"/> with integer keys first: each component id of the
/// facility is ranked once (ordinal order), each finding gets the ranks of its first two subjects, the findings are
/// sorted by those keys, and only ranges of equal keys go through <see cref="FindingOrder"/>. The result is the list
/// <see cref="FindingOrder"/> alone gives.
/// </summary>
/// <remarks>
/// <para>
/// Why the key order is a prefix of <see cref="FindingOrder"/> within one run (severity and rule id are the same for
/// every finding of a run, so FindingOrder there compares the subject ids ordinal one by one over the shorter list,
/// then the subject count, then the outcome, then the message). The key of a finding is
/// (k0, k1): k0 is the rank of subject 0 or -1 when there is none, k1 the rank of subject 1 or -1 when there is none.
/// Ranks are 0, 1, ... in ordinal order of the distinct ids, so for two ids a, b: rank(a) &lt; rank(b) exactly when
/// CompareOrdinal(a, b) &lt; 0, and equal ranks mean equal ids. Take two findings x, y with key(x) &lt; key(y):
/// </para>
/// <list type="bullet">
/// <item>k0(x) &lt; k0(y), both ranks: the first subject ids differ in that order, FindingOrder decides at i = 0 the same way.</item>
/// <item>k0(x) = -1 &lt; k0(y): x has no subject, y has one or more ([] vs [a]). FindingOrder compares no prefix
/// (min count 0) and then the counts, 0 &lt; count(y): x first, as the key says.</item>
/// <item>k0 equal, so a rank (both -1 would make both k1 -1, not different): the first ids are equal, the prefix
/// comparison goes on to i = 1. k1(x) &lt; k1(y), both ranks: the second ids decide, the same way. k1(x) = -1 &lt; k1(y):
/// x has exactly one subject, y two or more ([a] vs [a, b]); the compared prefix (one id) is equal and the count
/// decides, 1 &lt; count(y): x first, as the key says.</item>
/// </list>
/// <para>
/// So -1 sorting below every rank matches "shorter list first" only because, whenever a -1 meets a rank, the prefix
/// before it is already equal. Equal keys leave FindingOrder undecided only in ways the key cannot see: (-1, -1) is two
/// facility-level findings (outcome, message); (r, -1) is two one-subject findings on the same component (outcome,
/// message); (r0, r1) is two findings whose first two ids agree, with maybe a third subject or more (ids from i = 2,
/// count, outcome, message). Each range of equal keys is therefore sorted with <see cref="FindingOrder"/> itself.
/// The key sort is stable (ties on the key keep the run's order); that matters only to findings FindingOrder holds
/// equal (same subjects, outcome and message), which then keep the run's order as an insertion sort would keep them.
/// </para>
/// </remarks>
internal sealed class FindingRunSort
{
    private readonly Dictionary<string, int> _rank;

    private FindingRunSort(Dictionary<string, int> rank) => _rank = rank;

    /// <summary>Ranks the component ids of <paramref name="components"/> (ordinal; equal ids share a rank).</summary>
    public static FindingRunSort For(IReadOnlyList<Component> components)
    {
        var ids = new string[components.Count];
        for (var i = 0; i < ids.Length; i++)
        {
            ids[i] = components[i].Id;
        }

        Array.Sort(ids, StringComparer.Ordinal);
        var rank = new Dictionary<string, int>(ids.Length, StringComparer.Ordinal);
        foreach (var id in ids)
        {
            rank.TryAdd(id, rank.Count);
        }

        return new FindingRunSort(rank);
    }

    /// <summary>
    /// Sorts <paramref name="count"/> findings of <paramref name="findings"/> from <paramref name="start"/>, all of one
    /// rule (one severity, one rule id), into <see cref="FindingOrder"/>. A run with a subject id that has no rank (not
    /// a component of the facility) is sorted with <see cref="FindingOrder"/> alone.
    /// </summary>
    public void Sort(List<Finding> findings, int start, int count)
    {
        if (count < 2)
        {
            return;
        }

        // Pooled: at 1000 components a run is up to some 17,000 findings, arrays for the large object heap.
        var entries = ArrayPool<Entry>.Shared.Rent(count);
        try
        {
            if (!Keys(findings, start, count, entries))
            {
                findings.Sort(start, count, FindingOrder.Instance);
                return;
            }

            Array.Sort(entries, 0, count);
            var sorted = ArrayPool<Finding>.Shared.Rent(count);
            for (var i = 0; i < count; i++)
            {
                sorted[i] = findings[start + entries[i].Index];
            }

            for (var i = 0; i < count; i++)
            {
                findings[start + i] = sorted[i];
            }

            Array.Clear(sorted, 0, count);
            ArrayPool<Finding>.Shared.Return(sorted);
            for (var i = 0; i < count;)
            {
                var j = i + 1;
                while (j < count && entries[j].Key == entries[i].Key)
                {
                    j++;
                }

                if (j - i > 1)
                {
                    findings.Sort(start + i, j - i, FindingOrder.Instance);
                }

                i = j;
            }
        }
        finally
        {
            ArrayPool<Entry>.Shared.Return(entries);
        }
    }

    /// <summary>Each finding's key into <paramref name="entries"/>; false when a subject id has no rank.</summary>
    private bool Keys(List<Finding> findings, int start, int count, Entry[] entries)
    {
        // A run mostly comes grouped by its first subject: the same id string as the finding before needs no lookup.
        string? lastId = null;
        var lastRank = -1;
        for (var i = 0; i < count; i++)
        {
            var subjects = findings[start + i].Subjects;
            var k0 = -1;
            var k1 = -1;
            if (subjects.Count > 0)
            {
                var id = subjects[0].ComponentId;
                if (ReferenceEquals(id, lastId))
                {
                    k0 = lastRank;
                }
                else if (_rank.TryGetValue(id, out k0))
                {
                    (lastId, lastRank) = (id, k0);
                }
                else
                {
                    return false;
                }
            }

            if (subjects.Count > 1 && !_rank.TryGetValue(subjects[1].ComponentId, out k1))
            {
                return false;
            }

            // k + 1 is 0 for "no subject" and 1.. for a rank; ranks are below int.MaxValue, so both fit 32 bits unsigned.
            entries[i] = new Entry(((long)(uint)(k0 + 1) << 32) | (uint)(k1 + 1), i);
        }

        return true;
    }

    /// <summary>A finding's key and its place in the run (the second key, so that the sort is stable).</summary>
    private readonly record struct Entry(long Key, int Index) : IComparable<Entry>
    {
        public int CompareTo(Entry other)
        {
            var c = Key.CompareTo(other.Key);
            return c != 0 ? c : Index.CompareTo(other.Index);
        }
    }
}
