namespace HydrogenSafety.Yaml;

/// <summary>The raw text of one input file with its name, able to turn a character index into a line and column.</summary>
internal sealed class SourceText
{
    private readonly int[] _lineStarts;

    public SourceText(string text, string file)
    {
        Text = text;
        File = file;
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                starts.Add(i + 1);
            }
        }

        _lineStarts = [.. starts];
    }

    /// <summary>The whole text.</summary>
    public string Text { get; }

    /// <summary>The file name exactly as the caller gave it.</summary>
    public string File { get; }

    /// <summary>The 1-based line and column of a character index (clamped to the text).</summary>
    public (int Line, int Column) LineColumn(int index)
    {
        index = Math.Clamp(index, 0, Text.Length);
        var line = Array.BinarySearch(_lineStarts, index);
        if (line < 0)
        {
            line = ~line - 1;
        }

        return (line + 1, index - _lineStarts[line] + 1);
    }
}
