using HydrogenSafety.Diagnostics;
using HydrogenSafety.Expressions.Runtime;
using HydrogenSafety.Expressions.Syntax;
using HydrogenSafety.Facilities;

namespace HydrogenSafety.Expressions.Binding;

internal sealed partial class Binder
{
    private BoundExpr BindPath(PathSyntax p)
    {
        var head = p.Parts[0];
        if (p.Parts.Count == 3 && head.Name == "facility" && p.Parts[1].Name == "attributes")
        {
            // The facility file lists its attributes under `attributes:`; the path may mirror it.
            var name = p.Parts[2].Name;
            return new BoundFacilityAttribute(name, s_facilityFields.Contains(name) ? ExprType.Text : AttributeTypeOf(name), p.Start, p.End);
        }

        if (p.Parts.Count > 2)
        {
            Error(DiagnosticCodes.UnknownName, p.Parts[2].Start, $"'{p.Dotted}' goes too deep: attributes are one level below a subject, 'facility' or 'params'");
            return Invalid(p.Start, p.End);
        }

        var member = p.Parts.Count == 2 ? p.Parts[1] : null;
        switch (head.Name)
        {
            case "today" when member is null:
                return new BoundToday(p.Start, p.End);
            case "facility":
                if (member is null)
                {
                    Error(DiagnosticCodes.UnknownName, head.Start, "'facility' needs an attribute: facility.NAME");
                    return Invalid(p.Start, p.End);
                }

                return new BoundFacilityAttribute(member.Name, s_facilityFields.Contains(member.Name) ? ExprType.Text : AttributeTypeOf(member.Name), p.Start, p.End);
            case "params":
                return BindParam(p, member);
            case "it":
                if (_itLevel == 0)
                {
                    Error(DiagnosticCodes.UnknownName, head.Start, "'it' can only be used inside the 'where' of exists, count, sum, max or min");
                    return Invalid(p.Start, p.End);
                }

                var it = new BoundIt(_itLevel - 1, head.Start, head.Start + 2);
                return member is null ? it : AttributeOf(it, member, p);
        }

        var subject = _scope.SubjectIndex(head.Name);
        if (subject >= 0)
        {
            var s = new BoundSubject(subject, head.Name, head.Start, head.Start + head.Name.Length);
            return member is null ? s : AttributeOf(s, member, p);
        }

        if (member is null)
        {
            // A bare attribute: of 'it' inside an aggregate, else of the rule's single subject.
            if (_itLevel > 0)
            {
                return AttributeOf(new BoundIt(_itLevel - 1, head.Start, head.Start), head, p);
            }

            if (_implicitSubject is { } i)
            {
                return AttributeOf(new BoundSubject(i, _scope.Subjects[i].Name, head.Start, head.Start), head, p);
            }
        }

        var names = _scope.Subjects.Select(s => s.Name).Concat(["facility", "params", "today"]);
        var message = _scope.Subjects.Count > 1 && member is null
            ? $"unknown name '{head.Name}': with several subjects, name the subject, e.g. {_scope.Subjects[0].Name}.{head.Name}"
            : $"unknown name '{head.Name}'";
        Error(member is null ? DiagnosticCodes.UnknownName : DiagnosticCodes.UnknownSubject, head.Start, message + NameSuggestions.Hint(head.Name, names));
        return Invalid(p.Start, p.End);
    }

    private BoundExpr BindParam(PathSyntax p, PathPart? member)
    {
        if (member is null)
        {
            Error(DiagnosticCodes.UnknownParameter, p.Start, "'params' needs a parameter name: params.NAME");
            return Invalid(p.Start, p.End);
        }

        if (!_scope.Params.TryGetValue(member.Name, out var value))
        {
            if (_scope.Unreadable.IsParam(member.Name))
            {
                return Invalid(p.Start, p.End);
            }

            Error(DiagnosticCodes.UnknownParameter, member.Start, $"the rule declares no parameter '{member.Name}'" + NameSuggestions.Hint(member.Name, _scope.Params.Keys));
            return Invalid(p.Start, p.End);
        }

        return new BoundConstant(ValueConversion.From(value), ExprType.From(value), p.Start, p.End);
    }

    private BoundExpr AttributeOf(BoundExpr target, PathPart member, PathSyntax p)
    {
        var type = AttributeTypeOf(member.Name);
        if (type.IsAny)
        {
            var near = NameSuggestions.Nearest(member.Name, Vocabulary.Attributes.Keys.Concat(s_componentFields));
            if (near is not null)
            {
                Warning(DiagnosticCodes.SuspiciousAttribute, member.Start, $"'{member.Name}' is not in the attribute vocabulary; did you mean '{near}'?");
            }
        }

        return new BoundAttribute(target, member.Name, type, p.Start, p.End);
    }
}
