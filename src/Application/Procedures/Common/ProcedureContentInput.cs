using OneStop.Domain.Agencies;
using OneStop.Domain.Procedures;

namespace OneStop.Application.Procedures.Common;

/// <summary>What an administrator writes about a procedure, shared by creating and editing it.</summary>
public record ProcedureContentInput
{
    /// <example>Cấp giấy phép xây dựng mới đối với nhà ở riêng lẻ</example>
    public required string Name { get; init; }
    public required Guid FieldId { get; init; }
    /// <summary>The agency levels that perform the procedure.</summary>
    public required IReadOnlyList<AgencyLevel> Levels { get; init; }
    public required IReadOnlyList<Guid> ImplementingAgencyIds { get; init; }
    public required OnlineServiceLevel OnlineLevel { get; init; }
    /// <example>Giấy phép xây dựng</example>
    public required string Result { get; init; }
    public required string LegalBasis { get; init; }
    public required IReadOnlyList<ProcedureCaseInput> Cases { get; init; }
    /// <summary>The processing steps between reception and return; leave empty for the default process.</summary>
    public IReadOnlyList<ProcessStepInput>? Process { get; init; }

    public ProcedureContent ToContent() => new(
        Name,
        FieldId,
        Levels,
        ImplementingAgencyIds,
        OnlineLevel,
        Result,
        LegalBasis,
        Cases.Select(c => new ProcedureCase(
            c.Name,
            new ProcessingTime(c.ProcessingTime.Value, c.ProcessingTime.Unit),
            c.Fees.Select(f => new Fee(f.Amount, f.Description)),
            c.Documents.Select(d => new RequiredDocument(d.Name, d.Form, d.Count, d.TemplateFileName)))).ToList(),
        Process?.Select(s => new ProcessStep(s.Name, s.Role, s.WorkingHours, s.AgencyId)).ToList());
}

public sealed record ProcedureCaseInput(
    string Name,
    ProcessingTimeInput ProcessingTime,
    IReadOnlyList<FeeInput> Fees,
    IReadOnlyList<RequiredDocumentInput> Documents);

public sealed record ProcessingTimeInput(int Value, ProcessingTimeUnit Unit);

/// <param name="Amount">VND, zero for free.</param>
/// <param name="Description">What the fee is for, e.g. Lệ phí cấp giấy phép xây dựng.</param>
public sealed record FeeInput(decimal Amount, string Description);

public sealed record RequiredDocumentInput(string Name, DocumentForm Form, int Count, string? TemplateFileName);

/// <param name="Name">What is done, e.g. Thẩm định hồ sơ.</param>
/// <param name="Role">Who works the step.</param>
/// <param name="WorkingHours">How long it may take (1 working day = 8 hours).</param>
/// <param name="AgencyId">Where; empty for the competent agency.</param>
public sealed record ProcessStepInput(string Name, ProcessStepRole Role, int WorkingHours, Guid? AgencyId);
