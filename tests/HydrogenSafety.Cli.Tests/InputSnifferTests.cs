using HydrogenSafety.Cli.Inputs;

namespace HydrogenSafety.Cli.Tests;

public class InputSnifferTests
{
    [TestCase("rules:\n  - id: X\n", "Rules")]
    [TestCase("# yaml-language-server: $schema=x\n\ntables:\n  t: {}\n", "Rules")]
    [TestCase("%YAML 1.2\n---\nrules: []\n", "Rules")]
    [TestCase("\uFEFFfacility:\n  id: a\n", "Facility")]
    [TestCase("components:\n  - id: A\n", "Facility")]
    [TestCase("distances: []\n", "Facility")]
    [TestCase("{\n  \"facility\": { \"id\": \"a\" }\n}\n", "Facility")]
    [TestCase("{\"rules\": []}", "Rules")]
    [TestCase("'components': []\n", "Facility")]
    [TestCase("profile: kr-hydrogen\n", "Profile")]
    [TestCase("waivers: []\n", "Waivers")]
    [TestCase("", "Unknown")]
    [TestCase("- 1\n- 2\n", "Unknown")]
    public void Sniff_FirstTopLevelKey_DecidesKind(string text, string expected) =>
        InputSniffer.Sniff(text).ToString().Should().Be(expected);
}
