using System.Globalization;
using System.Text;

namespace HydrogenSafety.Reporting;

/// <summary>
/// How many terminal columns text takes: East Asian Wide and Fullwidth characters (Hangul, kana, CJK ideographs,
/// fullwidth forms, most emoji) take two, combining marks and format characters none, everything else one
/// (Unicode Standard Annex #11, with ambiguous characters counted narrow as Western terminals do). The text report
/// and the command line's tables pad with this instead of <see cref="string.Length"/>, so Korean and Japanese
/// text keeps the columns aligned; for ASCII both are the same.
/// </summary>
public static class DisplayWidth
{
    // Wide (W) and Fullwidth (F) ranges of EastAsianWidth.txt, merged where adjacent.
    private static readonly IReadOnlyList<(int First, int Last)> s_wide =
    [
        (0x1100, 0x115F), (0x231A, 0x231B), (0x2329, 0x232A), (0x23E9, 0x23EC), (0x23F0, 0x23F0), (0x23F3, 0x23F3),
        (0x25FD, 0x25FE), (0x2614, 0x2615), (0x2648, 0x2653), (0x267F, 0x267F), (0x2693, 0x2693), (0x26A1, 0x26A1),
        (0x26AA, 0x26AB), (0x26BD, 0x26BE), (0x26C4, 0x26C5), (0x26CE, 0x26CE), (0x26D4, 0x26D4), (0x26EA, 0x26EA),
        (0x26F2, 0x26F3), (0x26F5, 0x26F5), (0x26FA, 0x26FA), (0x26FD, 0x26FD), (0x2705, 0x2705), (0x270A, 0x270B),
        (0x2728, 0x2728), (0x274C, 0x274C), (0x274E, 0x274E), (0x2753, 0x2755), (0x2757, 0x2757), (0x2795, 0x2797),
        (0x27B0, 0x27B0), (0x27BF, 0x27BF), (0x2B1B, 0x2B1C), (0x2B50, 0x2B50), (0x2B55, 0x2B55),
        (0x2E80, 0x303E), (0x3041, 0x33FF), (0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xA000, 0xA4CF), (0xA960, 0xA97F),
        (0xAC00, 0xD7A3), (0xF900, 0xFAFF), (0xFE10, 0xFE19), (0xFE30, 0xFE6F), (0xFF00, 0xFF60), (0xFFE0, 0xFFE6),
        (0x16FE0, 0x16FE4), (0x17000, 0x18CFF), (0x1B000, 0x1B2FF), (0x1F004, 0x1F004), (0x1F0CF, 0x1F0CF),
        (0x1F18E, 0x1F18E), (0x1F191, 0x1F19A), (0x1F200, 0x1F251), (0x1F300, 0x1F64F), (0x1F680, 0x1F6FF),
        (0x1F7E0, 0x1F7EB), (0x1F90C, 0x1F9FF), (0x1FA70, 0x1FAFF), (0x20000, 0x2FFFD), (0x30000, 0x3FFFD),
    ];

    /// <summary>The number of terminal columns <paramref name="text"/> takes on one line.</summary>
    public static int Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var width = 0;
        foreach (var c in text)
        {
            if (c < 0x20 || c >= 0x7F)
            {
                // Not plain ASCII: measure rune by rune below.
                width = -1;
                break;
            }

            width++;
        }

        if (width >= 0)
        {
            return width;
        }

        width = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            width += Of(rune);
        }

        return width;
    }

    /// <summary>The number of terminal columns one character takes: 0, 1 or 2.</summary>
    public static int Of(Rune rune)
    {
        var value = rune.Value;
        if (value < 0x20 || (value >= 0x7F && value < 0xA0))
        {
            return 0;
        }

        if (value < 0x300)
        {
            return 1;
        }

        var category = Rune.GetUnicodeCategory(rune);
        if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark or UnicodeCategory.Format
            || (value >= 0x1160 && value <= 0x11FF))
        {
            // Combining marks, zero-width joiners and Hangul medial vowels and final consonants join the previous character.
            return 0;
        }

        return IsWide(value) ? 2 : 1;
    }

    /// <summary><paramref name="text"/> followed by spaces up to <paramref name="columns"/> terminal columns (unchanged when already as wide).</summary>
    public static string PadRight(string text, int columns)
    {
        ArgumentNullException.ThrowIfNull(text);
        var width = Of(text);
        return width >= columns ? text : text + new string(' ', columns - width);
    }

    private static bool IsWide(int value)
    {
        int lo = 0, hi = s_wide.Count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            var (first, last) = s_wide[mid];
            if (value < first)
            {
                hi = mid - 1;
            }
            else if (value > last)
            {
                lo = mid + 1;
            }
            else
            {
                return true;
            }
        }

        return false;
    }
}
