using System.Globalization;
using System.Text;
using HydrogenSafety.Cli.Commands;

namespace HydrogenSafety.Cli.Tests.Formats;

/// <summary>
/// <c>check FOLDER</c> streams JSON and text reports as the facilities finish: the bytes must be those of the reports
/// written after the last facility (the way the command wrote them before streaming), to stdout and to a file,
/// with the built-in rules, with passes and without.
/// </summary>
public sealed class StreamedReportTests : CliTestBase
{
    private static readonly string SamplesFolder =
        Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..", "samples", "facilities"));

    [TestCase("json", false)]
    [TestCase("json", true)]
    [TestCase("text", false)]
    [TestCase("text", true)]
    public void StreamedFolderReport_IsByteIdenticalToTheReportWrittenAtTheEnd(string format, bool showPasses)
    {
        var folder = FolderOfFacilities();

        var (streamedCode, streamedOut, streamedErr) = Check(folder, format, showPasses, stream: true, output: null);
        var (wholeCode, wholeOut, wholeErr) = Check(folder, format, showPasses, stream: false, output: null);
        var streamedFile = Path.Combine(Dir, "streamed." + format);
        var wholeFile = Path.Combine(Dir, "whole." + format);
        var (fileCode, _, _) = Check(folder, format, showPasses, stream: true, output: streamedFile);
        Check(folder, format, showPasses, stream: false, output: wholeFile);

        streamedOut.Should().NotBeEmpty();
        streamedOut.Should().Be(wholeOut);
        streamedErr.Should().Be(wholeErr);
        streamedCode.Should().Be(wholeCode);
        fileCode.Should().Be(wholeCode);
        File.ReadAllBytes(streamedFile).Should().Equal(File.ReadAllBytes(wholeFile));
        File.ReadAllBytes(streamedFile).Should().Equal(new UTF8Encoding(false).GetBytes(streamedOut));
    }

    [Test]
    public void StreamedSingleFacilityJson_IsOneObject_AsBefore()
    {
        var file = Path.Combine(SamplesFolder, "kr-ulsan-hrs.yaml");

        var streamed = Check(file, "json", showPasses: false, stream: true, output: null);
        var whole = Check(file, "json", showPasses: false, stream: false, output: null);

        streamed.Stdout.Should().StartWith("{").And.Be(whole.Stdout);
    }

    /// <summary>The three samples and a dozen small facilities (passing, failing, indeterminate, non-ASCII) in one folder.</summary>
    private string FolderOfFacilities()
    {
        var folder = Path.Combine(Dir, "facilities");
        Directory.CreateDirectory(folder);
        foreach (var sample in Directory.GetFiles(SamplesFolder, "*.yaml"))
        {
            File.Copy(sample, Path.Combine(folder, Path.GetFileName(sample)));
        }

        for (var i = 0; i < 12; i++)
        {
            var pressure = i % 3 == 0 ? string.Empty : $"    pressure: {(i * 9).ToString(CultureInfo.InvariantCulture)} MPa\n";
            File.WriteAllText(Path.Combine(folder, $"f{i:D2}.yaml"), $"""
                facility:
                  id: f{i:D2}
                  name: "Station {i} — 水素ステーション"
                  jurisdiction: {(i % 2 == 0 ? "KR" : "JP")}
                  type: fueling_station
                components:
                  - id: TK-{i}
                    kind: storage_vessel
                    position: [{i}, 2]
                {pressure}  - id: D-{i}
                    kind: dispenser
                    position: [{i + 5}, 7]
                    pressure: 87.5 MPa

                """.ReplaceLineEndings("\n"));
        }

        return folder;
    }

    private static CliResult Check(string path, string format, bool showPasses, bool stream, string? output)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = CheckCommand.Execute(new CheckSettings
        {
            Facilities = [path],
            Format = format,
            Output = output,
            AsOf = new DateOnly(2026, 6, 1),
            ShowPasses = showPasses,
            Stream = stream,
        }, stdout, stderr);
        return new CliResult(code, stdout.ToString(), stderr.ToString());
    }
}
