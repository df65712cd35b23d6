using System.Xml.Linq;
using HydrogenSafety.Facilities;
using HydrogenSafety.Reporting;

namespace HydrogenSafety.Tests.Reporting;

public class SitePlanSvgTests
{
    private static readonly XNamespace s_svg = "http://www.w3.org/2000/svg";

    private static XElement Plan(string? id = null)
    {
        var (report, facility, _) = FormatFixtures.WaiverScenario();
        var svg = id is null ? SitePlanSvg.Render(facility, report) : SitePlanSvg.Render(facility, report, id);
        svg.Should().NotBeNull();
        return XElement.Parse(svg!);
    }

    [Test]
    public void Render_IsWellFormedSvg_WithTheGivenId()
    {
        var svg = Plan();

        svg.Name.Should().Be(s_svg + "svg");
        svg.Attribute("id")!.Value.Should().Be("site-plan");
        Plan("plan-2").Attribute("id")!.Value.Should().Be("plan-2");
    }

    [Test]
    public void Render_DrawsEachComponent_WithASymbolByKind()
    {
        var components = Plan().Descendants(s_svg + "g").Where(g => g.Attribute("data-id") is not null).ToList();

        components.Select(g => g.Attribute("data-id")!.Value).Should().Equal("TK-1", "TK-2", "AI-1", "VS-1", "D-1", "GD-1");
        var classes = components.ToDictionary(g => g.Attribute("data-id")!.Value, g => g.Attribute("class")!.Value);
        classes["TK-1"].Should().Contain("kind-vessel");
        classes["AI-1"].Should().Contain("kind-exposure");
        classes["VS-1"].Should().Contain("kind-safety");
        classes["D-1"].Should().Contain("kind-dispenser");
        classes["GD-1"].Should().Contain("kind-detector");
        // Different kinds get different shapes.
        string Shape(string id) => components.Single(g => g.Attribute("data-id")!.Value == id).Elements().First(e => e.Name != s_svg + "title" && e.Attribute("class")?.Value == "symbol").Name.LocalName;
        new[] { Shape("TK-1"), Shape("D-1"), Shape("AI-1") }.Should().OnlyHaveUniqueItems();
        Plan().Descendants(s_svg + "text").Where(t => t.Attribute("class")?.Value == "component-label").Select(t => t.Value)
            .Should().BeEquivalentTo("TK-1", "TK-2", "AI-1", "VS-1", "D-1", "GD-1");
    }

    [Test]
    public void Render_ViolatedSeparation_IsARedLineLabelledMeasuredAgainstRequired_WithAClearanceCircle()
    {
        var svg = Plan();

        var lines = svg.Descendants(s_svg + "line").Where(l => l.Attribute("class")?.Value.StartsWith("separation", StringComparison.Ordinal) == true).ToList();
        var open = lines.Single(l => l.Attribute("class")!.Value == "separation violated");
        (open.Attribute("data-from")!.Value, open.Attribute("data-to")!.Value).Should().Be(("TK-2", "AI-1"));
        open.Attribute("stroke")!.Value.Should().Be("#d32f2f");
        var waived = lines.Single(l => l.Attribute("class")!.Value == "separation waived");
        (waived.Attribute("data-from")!.Value, waived.Attribute("data-to")!.Value).Should().Be(("TK-1", "AI-1"));

        var labels = svg.Descendants(s_svg + "text").Where(t => t.Attribute("class")?.Value == "separation-label").Select(t => t.Value).ToList();
        labels.Should().BeEquivalentTo("8.54 m < 9 m", "5 m < 9 m (waived)");

        var circles = svg.Descendants(s_svg + "circle").Where(c => c.Attribute("class")?.Value == "clearance").ToList();
        circles.Select(c => c.Attribute("data-from")!.Value).Should().BeEquivalentTo("TK-2", "TK-1");
        circles.Should().OnlyContain(c => c.Attribute("stroke-dasharray") != null);
        // The circle's radius is the required 9 m at the plan's scale: the same scale as the line, which is 8.54 m long.
        var line = open;
        double V(XElement e, string name) => double.Parse(e.Attribute(name)!.Value, System.Globalization.CultureInfo.InvariantCulture);
        var pixels = Math.Sqrt(Math.Pow(V(line, "x2") - V(line, "x1"), 2) + Math.Pow(V(line, "y2") - V(line, "y1"), 2));
        var circle = circles.Single(c => c.Attribute("data-from")!.Value == "TK-2");
        (V(circle, "r") / pixels).Should().BeApproximately(9 / Math.Sqrt(73), 0.01);
    }

    [Test]
    public void Separation_UsesTheEvidenceAtFullPrecision_NotTheRoundedConvertedText()
    {
        // 50 ft prints "50 ft (15.2 m)" and 15.22 m prints "15.2 m": read back from the text, the two would be equal.
        var report = HydrogenSafety.Tests.Evaluation.EngineHarness.Evaluate("""
            rules:
              - id: R
                title: test rule
                stage: storage
                severity: high
                source: { document: Test, clause: "1" }
                for: { v: storage_vessel, i: air_intake }
                require: "distance(v, i) >= 50 ft"
            """, """
            components:
              - { id: V, kind: storage_vessel, position: [0, 0] }
              - { id: I, kind: air_intake, position: [15.22, 0] }
            """);
        var finding = HydrogenSafety.Tests.Evaluation.EngineHarness.Single(report, "R", "V,I");
        finding.Evidence.Single().Statement.Should().Be("expected ≥ 50 ft (15.2 m), got 15.2 m: short by 0.02 m");
        var separation = Separation.Of(finding);
        separation.Should().NotBeNull();
        separation!.Required.Should().BeApproximately(15.24, 1e-9);
        separation.Measured.Should().BeApproximately(15.22, 1e-9);
    }

    [Test]
    public void Render_HasAxesInMetres_ScaleBar_NorthArrow_AndLegend()
    {
        var svg = Plan();
        var texts = svg.Descendants(s_svg + "text").Select(t => t.Value).ToList();

        texts.Should().Contain("x, east (m)").And.Contain("y, north (m)").And.Contain("N").And.Contain("Legend");
        svg.Descendants(s_svg + "g").Single(g => g.Attribute("class")?.Value == "scale-bar").Descendants(s_svg + "text").Single().Value.Should().MatchRegex(@"^\d+ m$");
        texts.Should().Contain("violated separation: measured < required").And.Contain("waived separation");
    }

    [Test]
    public void Render_EscapesText_AndIsDeterministic()
    {
        var facility = Facility.Parse("""
            facility:
              id: "a<b>&c"
            components:
              - { id: "T<1>&\"", kind: storage_vessel, position: [0, 0] }
              - { id: X-1, kind: unusual_kind, position: [10, 5] }
            """, "escape.yaml");

        var svg = SitePlanSvg.Render(facility)!;

        svg.Should().NotContain("T<1>").And.Contain("T&lt;1&gt;&amp;&quot;");
        XElement.Parse(svg).Descendants(s_svg + "title").First().Value.Should().Contain("a<b>&c");
        SitePlanSvg.Render(facility).Should().Be(svg);
        XElement.Parse(svg).Descendants(s_svg + "g").Single(g => g.Attribute("data-id")?.Value == "X-1").Attribute("class")!.Value.Should().Contain("kind-other");
    }

    [Test]
    public void Render_NoPositions_GivesNull()
    {
        var facility = Facility.Parse("""
            components:
              - { id: TK-1, kind: storage_vessel }
            """, "none.yaml");

        SitePlanSvg.Render(facility).Should().BeNull();
    }

    [Test]
    public void Draw_ListsSeparationComponentsWithoutPosition()
    {
        var (report, _, _) = FormatFixtures.WaiverScenario();
        var withoutIntake = Facility.Parse(
            FormatFixtures.ScenarioFacility.ReplaceLineEndings("\n").Replace("    position: [5, 0]\n", string.Empty, StringComparison.Ordinal), "waiver-site.yaml");
        withoutIntake.Components.Single(c => c.Id == "AI-1").Position.Should().BeNull("the test removes the intake's position");

        var plan = SitePlanSvg.Draw(withoutIntake, report, "site-plan")!;

        plan.Unplaced.Should().Equal("AI-1");
        plan.SeparationsDrawn.Should().Be(0);
    }

    [TestCase("6.2 m", 6.2)]
    [TestCase("50 ft (15.24 m)", 15.24)]
    [TestCase("16.4924225 m", 16.4924225)]
    [TestCase("1200 mm", 1.2)]
    [TestCase("unknown", null)]
    [TestCase("25 %LFL (1 %)", null)]
    [TestCase("9 MPa", null)]
    public void Separation_Metres_ReadsPrintedLengths(string text, double? metres)
    {
        var value = Separation.Metres(text);

        if (metres is null)
        {
            value.Should().BeNull();
        }
        else
        {
            value.Should().BeApproximately(metres.Value, 1e-9);
        }
    }

    [Test]
    public void Render_DrawsAdvisoryHazardExtents_OnlyAroundVesselsWithLeakData()
    {
        var (report, facility) = FormatFixtures.HazardScenario();
        var svg = XElement.Parse(SitePlanSvg.Render(facility, report)!);
        var flame = svg.Descendants(s_svg + "circle").Single(c => c.Attribute("class")?.Value == "hazard-flame");
        var cloud = svg.Descendants(s_svg + "circle").Single(c => c.Attribute("class")?.Value == "hazard-cloud");
        flame.Attribute("data-from")!.Value.Should().Be("TK-H");
        double.Parse(cloud.Attribute("r")!.Value, System.Globalization.CultureInfo.InvariantCulture)
            .Should().BeGreaterThan(double.Parse(flame.Attribute("r")!.Value, System.Globalization.CultureInfo.InvariantCulture), "the 4 % extent of a 1 mm, 70 MPa leak (8.8 m) is longer than its 4.732 kW/m2 distance (3.8 m)");
        svg.Descendants(s_svg + "g").Should().Contain(g => g.Attribute("class") != null && g.Attribute("class")!.Value == "hazard-legend");
        Plan().Descendants(s_svg + "circle").Should().NotContain(c => c.Attribute("class") != null && c.Attribute("class")!.Value.StartsWith("hazard", StringComparison.Ordinal));
    }
}
