using HydrogenSafety.Diagnostics;
using HydrogenSafety.Facilities;

namespace HydrogenSafety.Tests.Facilities;

/// <summary>A blank id is missing (H2S0004, as an empty one is); spaces around an id are kept with a warning.</summary>
public class BlankIdTests
{
    [TestCase("facility: {id: \"\"}\n", 1, 16, TestName = "Blank id: empty facility id")]
    [TestCase("facility: {id: \"   \"}\n", 1, 16, TestName = "Blank id: facility id of spaces")]
    [TestCase("{\"facility\": {\"id\": \"\\t\"}}\n", 1, 21, TestName = "Blank id: JSON facility id of a tab")]
    [TestCase("components:\n  - {id: \"\", kind: dispenser}\n", 2, 10, TestName = "Blank id: empty component id")]
    [TestCase("components:\n  - {id: \"  \", kind: dispenser}\n", 2, 10, TestName = "Blank id: component id of spaces")]
    [TestCase("components:\n  - {id: \" \", kind: dispenser}\n  - {id: \" \", kind: dispenser}\n", 2, 10, TestName = "Blank id: two blank ids are not also duplicates")]
    public void A_blank_id_is_an_error_at_the_value(string yaml, int line, int column)
    {
        var result = FacilityLoader.Read(yaml, "f.yaml");

        result.Facility.Should().BeNull();
        var errors = result.Diagnostics.Where(d => d.IsError).ToList();
        var first = errors.Should().NotBeEmpty().And.OnlyContain(d => d.Code == DiagnosticCodes.MissingField).And.Subject.First();
        (first.Span.Line, first.Span.Column).Should().Be((line, column));
        first.Message.Should().Contain("cannot be blank");
    }

    [Test]
    public void An_id_with_spaces_around_it_is_kept_with_a_warning()
    {
        var result = FacilityLoader.Read("facility: {id: \" s \"}\ncomponents:\n  - {id: \"A \", kind: dispenser}\n", "f.yaml");

        result.Facility!.Id.Should().Be(" s ");
        result.Facility.Components[0].Id.Should().Be("A ");
        result.Diagnostics.Select(d => (d.Code, d.IsError, d.Span.Line)).Should().Equal(
            (DiagnosticCodes.InvalidValue, false, 1), (DiagnosticCodes.InvalidValue, false, 3));
        result.Diagnostics[1].Message.Should().Contain("did you mean 'A'?");
    }
}
