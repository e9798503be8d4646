using OneStop.Application.Agencies.Queries.GetAgencies;
using OneStop.Domain.Calendar;
using OneStop.Domain.Dossiers;

namespace OneStop.Application.Dossiers.Queries.GetDossierById;

/// <summary>A dossier as its applicant and the officers handling it see it, with what the caller may do next.</summary>
public sealed record DossierDetailDto(
    Guid Id,
    string? Code,
    DossierStatus Status,
    DossierChannel Channel,
    uint Version,
    Guid ProcedureId,
    string ProcedureCode,
    string ProcedureName,
    int CaseIndex,
    string CaseName,
    decimal Fee,
    AgencyRefDto ReceivingAgency,
    AgencyRefDto HoldingAgency,
    Guid? AssigneeId,
    string? CurrentStep,
    Applicant Applicant,
    Representative? Representative,
    DateTimeOffset CreatedAt,
    DateTimeOffset? SubmittedAt,
    DateTimeOffset? ReceivedAt,
    DateTimeOffset? DueAt,
    DateTimeOffset? AppointmentAt,
    bool ClockPaused,
    bool IsOverdue,
    string? PendingRequest,
    string? ApologyReason,
    DateTimeOffset? ProcessedAt,
    Timeliness? Timeliness,
    ResultDecision? Decision,
    string? DecisionNote,
    Guid? ResultDocumentId,
    string? ClosingReason,
    PaymentStatus PaymentStatus,
    decimal? AmountDue,
    DateTimeOffset? PaidAt,
    DeliveryMethod? DeliveryMethod,
    DateTimeOffset? ReturnedAt,
    IReadOnlyList<RequiredDocumentStateDto> RequiredDocuments,
    IReadOnlyList<DossierDocumentDto> Documents,
    IReadOnlyList<DossierStepDto> Steps,
    IReadOnlyList<SubDossierDto> SubDossiers,
    IReadOnlyList<DossierHistoryEntryDto> History,
    IReadOnlyList<DossierAction> AvailableActions)
{
    public static DossierDetailDto From(Dossier d, DossierActor actor, IReadOnlyDictionary<Guid, AgencyRefDto> agencies, DateTimeOffset now)
    {
        AgencyRefDto Agency(Guid id) => agencies.GetValueOrDefault(id) ?? new AgencyRefDto { Id = id };
        return new DossierDetailDto(
            d.Id, d.Code, d.Status, d.Channel, d.Version, d.ProcedureId, d.ProcedureCode, d.ProcedureName, d.CaseIndex, d.CaseName, d.Fee,
            Agency(d.ReceivingAgencyId), Agency(d.HoldingAgencyId), d.AssigneeId,
            d.Status.IsFinal() || d.Status == DossierStatus.Draft ? null : d.CurrentStep.Name,
            d.Applicant, d.Representative, d.CreatedAt, d.SubmittedAt, d.ReceivedAt, d.DueAt, d.AppointmentAt,
            d.RemainingWhilePaused is not null,
            d.DueAt is { } due && d.RemainingWhilePaused is null && d.Status.ClockRuns() && DeadlineState.IsOverdue(now, due),
            d.PendingRequest, d.ApologyReason, d.ProcessedAt, d.Timeliness, d.Decision, d.DecisionNote, d.ResultDocumentId, d.ClosingReason,
            d.PaymentStatus, d.AmountDue, d.PaidAt, d.DeliveryMethod, d.ReturnedAt,
            d.RequiredDocuments.Select((name, index) => new RequiredDocumentStateDto(index, name,
                d.Documents.Any(doc => doc.RequiredDocumentIndex == index))).ToList(),
            d.Documents.OrderBy(doc => doc.UploadedAt).Select(doc => new DossierDocumentDto(doc.Id, doc.Purpose, doc.RequiredDocumentIndex,
                doc.FileName, doc.ContentType, doc.Length, doc.Digitized, doc.UploadedAt)).ToList(),
            d.Steps.Select((s, index) => new DossierStepDto(index, s.Name, s.Role, s.WorkingHours, Agency(s.AgencyId), s.StartedAt, s.DueAt, s.CompletedAt,
                index == d.CurrentStepIndex)).ToList(),
            d.SubDossiers.OrderBy(s => s.RequestedAt).Select(s => new SubDossierDto(s.Id, Agency(s.AgencyId), s.Status, s.Request, s.RequestedAt,
                s.DueAt, s.CompletedAt, s.Answer)).ToList(),
            d.History.OrderBy(h => h.Sequence).Select(h => new DossierHistoryEntryDto(h.Sequence, h.Action, h.FromStatus, h.ToStatus, h.ActorName, h.At,
                h.Note, h.FromAgencyId is { } from ? Agency(from) : null, h.ToAgencyId is { } to ? Agency(to) : null, h.StepName, h.StepDueAt,
                h.DocumentIds)).ToList(),
            d.AvailableActions(actor).ToList());
    }
}

public sealed record RequiredDocumentStateDto(int Index, string Name, bool Supplied);

public sealed record DossierDocumentDto(Guid Id, DocumentPurpose Purpose, int? RequiredDocumentIndex, string FileName, string ContentType,
    long Length, bool Digitized, DateTimeOffset UploadedAt);

public sealed record DossierStepDto(int Index, string Name, DossierRole Role, int WorkingHours, AgencyRefDto Agency,
    DateTimeOffset? StartedAt, DateTimeOffset? DueAt, DateTimeOffset? CompletedAt, bool IsCurrent);

public sealed record SubDossierDto(Guid Id, AgencyRefDto Agency, DossierStatus Status, string Request, DateTimeOffset RequestedAt,
    DateTimeOffset DueAt, DateTimeOffset? CompletedAt, string? Answer);

public sealed record DossierHistoryEntryDto(int Sequence, DossierAction Action, DossierStatus FromStatus, DossierStatus ToStatus, string ActorName,
    DateTimeOffset At, string? Note, AgencyRefDto? FromAgency, AgencyRefDto? ToAgency, string? StepName, DateTimeOffset? StepDueAt,
    IReadOnlyList<Guid> DocumentIds);
